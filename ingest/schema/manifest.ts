import { z } from 'zod';

/**
 * Chinese required, English optional: a text without English shows its Chinese on the English
 * pages, and the entry's `englishMissing` names the fields that do so (the site says so).
 */
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1).optional() });
const withEnglish = (value: { zh: string; en?: string | undefined }): { zh: string; en: string } => ({ zh: value.zh, en: value.en ?? value.zh });

export const documentKinds = [
  'master-plan',
  'congress-report',
  'government-work-report',
  'news-feature',
  'policy-document',
  'regulation', // 条例, 规定, 法
  'measures', // 办法, 细则
  'opinions', // 意见
  'notice', // 通知, 公告, 通告
  'plan', // 规划, 计划, 方案 that implement a master plan
  'report', // 报告 other than a government work or congress report
  'speech', // 讲话
  'news', // 消息, 通讯
] as const;

/** Administrative levels, from the centre down (city and prefecture are one rank, as county and district). */
export const documentLevels = ['national', 'province', 'city', 'prefecture', 'county', 'district'] as const;

const manifestEntryInput = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens'),
  file: z.string().min(1),
  title: bilingual,
  /** A few words for charts and lists (青岛“十四五”规划纲要). */
  shortTitle: bilingual,
  subtitle: bilingual.optional(),
  kind: z.enum(documentKinds),
  level: z.enum(documentLevels),
  region: bilingual,
  date: z.object({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'),
    precision: z.enum(['day', 'month', 'year', 'approximate']),
  }),
  completeness: z.object({ complete: z.boolean(), note: bilingual }),
  /** How the file is laid out, when the guess from its lines is wrong (see ingest/stages/normalize.ts). */
  layout: z.enum(['wrapped', 'line-per-paragraph']).optional(),
  /** Ids of the plan(s) this document carries out; by default the master plans of its own or a higher level and its region (see ingest/stages/planChoice.ts). */
  implements: z.array(z.string()).optional(),
});

/** A manifest entry as written, English filled in from the Chinese where it is missing. */
export const manifestEntrySchema = manifestEntryInput.transform((entry) => {
  const englishMissing = (['title', 'shortTitle', 'subtitle', 'region'] as const).filter((field) => entry[field] !== undefined && entry[field].en === undefined);
  if (entry.completeness.note.en === undefined) englishMissing.push('completeness' as never);
  return {
    ...entry,
    title: withEnglish(entry.title),
    shortTitle: withEnglish(entry.shortTitle),
    ...((entry.subtitle ? { subtitle: withEnglish(entry.subtitle) } : {}) as { subtitle?: { zh: string; en: string } }),
    region: withEnglish(entry.region),
    completeness: { complete: entry.completeness.complete, note: withEnglish(entry.completeness.note) },
    /** Fields whose English is the Chinese, for want of a translation. */
    englishMissing: englishMissing as string[],
  };
});

export type ManifestEntryInput = z.input<typeof manifestEntryInput>;

export const manifestSchema = z.object({
  $comment: z.string().optional(),
  documents: z.array(manifestEntrySchema).min(1),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
