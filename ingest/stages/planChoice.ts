// Which master plans a document carries out: those its manifest entry names, else those of its
// own or a higher level whose region holds its own (link and reuse pair documents by it).
import type { ManifestEntry } from '../schema/manifest.ts';
import type { DocumentModel } from '../model.ts';

type PlanEntry = Pick<ManifestEntry, 'id' | 'level'> & { region: { zh: string } };

const levelRank: Record<ManifestEntry['level'], number> = { national: 0, province: 1, city: 2, prefecture: 2, county: 3, district: 3 };

/** The suffixes that name a region's rank (山东省, 青岛市, 黄岛区): 青岛西海岸新区 lies in 青岛市. */
const rankSuffix = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟|州|县|区|旗)$/u;

/**
 * True when a plan of `plan`'s region covers `region`: a national plan covers every region,
 * another the regions whose name starts with its own, its rank word left off.
 * @example regionWithin('青岛西海岸新区', { level: 'city', region: { zh: '青岛市' } }) // true
 */
export function regionWithin(region: string, plan: { level: ManifestEntry['level']; region: { zh: string } }): boolean {
  if (plan.level === 'national') return true;
  if (region === plan.region.zh) return true;
  const stem = plan.region.zh.replace(rankSuffix, '');
  return stem.length > 0 && region.startsWith(stem);
}

/**
 * True when `entry` carries out the plan `plan`: named in its `implements`, else a master plan
 * of its own or a higher level whose region holds the document's (a national plan is not
 * carried out by a city's report only, nor a city's plan by a national text or another city's).
 */
export function implementsPlan(entry: PlanEntry & Pick<ManifestEntry, 'implements'>, plan: PlanEntry): boolean {
  if (entry.id === plan.id) return false;
  if (entry.implements !== undefined) return entry.implements.includes(plan.id);
  return levelRank[plan.level] <= levelRank[entry.level] && regionWithin(entry.region.zh, plan);
}

/** The master plans of the corpus, in manifest order. */
export const masterPlans = (documents: readonly DocumentModel[]): DocumentModel[] => documents.filter((document) => document.meta.kind === 'master-plan');
