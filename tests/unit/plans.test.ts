import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../ingest/pipeline.ts';
import { implementsPlan, regionWithin } from '../../ingest/stages/planChoice.ts';
import { manifestEntry, searchConfigDir } from '../helpers.ts';
import { scratch, smallCorpus } from '../reliability/fixtures.ts';

type Level = 'national' | 'province' | 'city' | 'district';
const entry = (id: string, level: Level, region: string, implementsIds?: string[]) => ({ id, level, region: { zh: region }, ...(implementsIds ? { implements: implementsIds } : {}) });

describe('which plan a document carries out', () => {
  it('by default, the master plans of its own or a higher level whose region holds its own', () => {
    expect(implementsPlan(entry('report', 'district', '青岛西海岸新区'), entry('city-plan', 'city', '青岛市'))).toBe(true);
    expect(implementsPlan(entry('city-news', 'city', '青岛市'), entry('city-plan', 'city', '青岛市'))).toBe(true);
    expect(implementsPlan(entry('report', 'district', '青岛西海岸新区'), entry('national-plan', 'national', '全国'))).toBe(true);
    expect(implementsPlan(entry('national-opinions', 'national', '全国'), entry('city-plan', 'city', '青岛市'))).toBe(false);
    expect(implementsPlan(entry('other-city', 'city', '烟台市'), entry('city-plan', 'city', '青岛市'))).toBe(false);
    expect(implementsPlan(entry('other-district', 'district', '芝罘区'), entry('city-plan', 'city', '青岛市'))).toBe(false);
    expect(implementsPlan(entry('city-plan', 'city', '青岛市'), entry('city-plan', 'city', '青岛市'))).toBe(false);
  });
  it('exactly the plans its manifest entry names, when it names any', () => {
    expect(implementsPlan(entry('report', 'district', '青岛西海岸新区', ['national-plan']), entry('city-plan', 'city', '青岛市'))).toBe(false);
    expect(implementsPlan(entry('report', 'district', '青岛西海岸新区', ['national-plan']), entry('national-plan', 'national', '全国'))).toBe(true);
  });
  it('reads a region as inside another when its name starts with the other’s, the rank word left off', () => {
    expect(regionWithin('山东省青岛市', { level: 'province', region: { zh: '山东省' } })).toBe(true);
    expect(regionWithin('广西壮族自治区南宁市', { level: 'province', region: { zh: '广西壮族自治区' } })).toBe(true);
    expect(regionWithin('青岛市', { level: 'province', region: { zh: '山东省' } })).toBe(false);
    expect(regionWithin('任何地方', { level: 'national', region: { zh: '全国' } })).toBe(true);
  });
});

// Each text quotes a sentence of one plan or the other (12+ characters), which links it to that
// plan's section when it carries the plan out, and must not when it does not.
const paragraphs = (...lines: string[]) => lines.map((line) => `${line}\n\n`).join('');
const nationalPlan = paragraphs('第一章 发展海洋经济', '第一节 建设海洋强国', '发展海洋牧场和远洋渔业，壮大海洋生物医药产业，建设海洋强国。', '第二章 数字中国', '第一节 数字经济', '加快数字产业化，推进工业互联网平台建设，打造数字经济新优势。');
const cityPlan = paragraphs('第一章 总体要求', '第一节 发展目标', '建设海洋经济强市。到2025年，海洋生产总值占比达到30%。', '第二章 保障措施', '第一节 组织实施', '加强党的全面领导。健全规划实施机制，推进工业互联网平台建设，打造数字经济新优势。');
const districtReport = paragraphs('一、发展海洋经济', '全区奋力建设，到2025年，海洋生产总值占比达到30%。', '我们要壮大海洋生物医药产业，建设海洋强国。');
const otherCityReport = paragraphs('一、海洋', '烟台也要到2025年，海洋生产总值占比达到30%。', '发展海洋牧场和远洋渔业，壮大海洋生物医药产业。');
const nationalOpinions = paragraphs('一、总体要求', '各地要健全规划实施机制，加快数字产业化，推进工业互联网平台建设。');

describe('several master plans', async () => {
  const dir = await smallCorpus(await scratch('plans'), {
    entries: (entries) => [
      manifestEntry({ id: 'national-plan', file: 'national-plan.txt', kind: 'master-plan', level: 'national', region: { zh: '全国', en: 'China' } }),
      ...entries.map((document) => (document.id === 'test-report' ? { ...document, region: { zh: '青岛西海岸新区', en: 'West Coast New Area' } } : document)),
      manifestEntry({ id: 'yantai-report', file: 'yantai-report.txt', kind: 'government-work-report', level: 'city', region: { zh: '烟台市', en: 'Yantai' } }),
      manifestEntry({ id: 'national-opinions', file: 'national-opinions.txt', kind: 'opinions', level: 'national', region: { zh: '全国', en: 'China' } }),
    ],
    files: { 'national-plan.txt': nationalPlan, 'plan.txt': cityPlan, 'report.txt': districtReport, 'yantai-report.txt': otherCityReport, 'national-opinions.txt': nationalOpinions },
  });
  const run = await ingestCorpus({ corpusDir: dir, searchConfigDir });
  const planOf = new Map(run.xref!.sections.map((section) => [section.id, section.documentId]));
  const plansLinked = (documentId: string) => [...new Set(run.xref!.links.filter((link) => link.documentId === documentId).flatMap((link) => link.targets.map((target) => planOf.get(target.sectionId))))].sort();

  it('builds cross-references for every master plan, without the one-plan warning', () => {
    expect(run.xref!.planIds).toEqual(['national-plan', 'test-plan']);
    expect(run.diagnostics.map((diagnostic) => diagnostic.rule)).not.toContain('master-plans');
  });
  it('links each document to the plans of its own or a higher level and its region only', () => {
    expect(plansLinked('test-report')).toEqual(['national-plan', 'test-plan']);
    expect(plansLinked('test-plan')).toEqual(['national-plan']);
    expect(plansLinked('yantai-report')).toEqual(['national-plan']);
    expect(plansLinked('national-opinions')).toEqual(['national-plan']);
    expect(run.xref!.links.some((link) => link.documentId === 'national-plan')).toBe(false);
    expect(run.xref!.carriers).toEqual({ 'national-plan': ['test-plan', 'test-report', 'yantai-report', 'national-opinions'], 'test-plan': ['test-report'] });
  });
  it('lists each section’s backlinks under its own plan, and the shared wording per plan', () => {
    for (const [sectionId, backlinks] of Object.entries(run.xref!.carriedOutIn)) {
      for (const backlink of backlinks) expect(plansLinked(backlink.documentId)).toContain(planOf.get(sectionId));
    }
    expect(Object.keys(run.reuse!.byPlan['test-plan']!).sort()).toEqual(['test-report']);
    expect(Object.keys(run.reuse!.byPlan['national-plan']!).sort()).toEqual(['national-opinions', 'test-plan', 'test-report', 'yantai-report']);
    for (const span of run.reuse!.spans) expect(span.planPassageId.startsWith(`${span.planDocumentId}/`)).toBe(true);
    expect(run.reuse!.spans.some((span) => span.documentId === 'yantai-report' && span.planDocumentId === 'national-plan')).toBe(true);
  });
});

describe('the site’s view of one plan', async () => {
  const { comparePath, planGraph, planReuse, plansCarriedOut } = await import('../../site/lib/plans.ts');
  const dir = await smallCorpus(await scratch('plans-site'), {
    entries: (entries) => [
      manifestEntry({ id: 'national-plan', file: 'national-plan.txt', kind: 'master-plan', level: 'national', region: { zh: '全国', en: 'China' } }),
      ...entries.map((document) => (document.id === 'test-report' ? { ...document, region: { zh: '青岛西海岸新区', en: 'West Coast New Area' } } : document)),
    ],
    files: { 'national-plan.txt': nationalPlan, 'plan.txt': cityPlan, 'report.txt': districtReport },
  });
  const run = await ingestCorpus({ corpusDir: dir, searchConfigDir });
  const graph = { schemaVersion: 1 as const, ...run.xref! };
  const reuse = { schemaVersion: 1 as const, ...run.reuse! };

  it('gives a document one compare page per plan it carries out, the first at /compare/<id>/', () => {
    expect(plansCarriedOut(graph, 'test-report')).toEqual(['national-plan', 'test-plan']);
    expect(plansCarriedOut(graph, 'national-plan')).toEqual([]);
    expect(comparePath('en', 'test-report', 'national-plan', graph)).toBe('/en/compare/test-report/');
    expect(comparePath('zh', 'test-report', 'test-plan', graph)).toBe('/compare/test-report/test-plan/');
  });
  it('keeps only the plan’s sections, targets, backlinks and shared wording', () => {
    const city = planGraph(graph, 'test-plan');
    expect(city.sections.every((section) => section.documentId === 'test-plan')).toBe(true);
    const targets = city.links.flatMap((link) => link.targets.map((target) => target.sectionId));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((id) => id.startsWith('test-plan/'))).toBe(true);
    expect(city.links.every((link) => link.documentId === 'test-report')).toBe(true);
    expect(Object.keys(city.carriedOutIn).every((id) => id.startsWith('test-plan/'))).toBe(true);
    const wording = planReuse(reuse, 'test-plan');
    expect(wording.spans.length).toBeGreaterThan(0);
    expect(wording.spans.every((span) => span.planPassageId.startsWith('test-plan/'))).toBe(true);
    expect(Object.keys(wording.documents)).toEqual(['test-report']);
  });
});
