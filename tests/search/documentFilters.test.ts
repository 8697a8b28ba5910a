// Kind, level and year answered through the document filter and a table beside the index
// (search/pagefind/documentFilters.ts): every search, with any mix of filters, finds the same
// records and counts the same per value as an index that has those three filters of its own.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchPassages, type Filters } from '../../search/engine.ts';
import { writeSearchIndex } from '../../search/pagefind/buildIndex.ts';
import { documentFilterFile, toIndexOptions, withDocumentCounts, type DocumentFilterTable } from '../../search/pagefind/documentFilters.ts';
import { loadNodePagefind } from '../../search/pagefind/nodeClient.ts';
import { recordTokens, type SearchDocumentInput } from '../../search/meilisearch/documents.ts';
import { parseQuery } from '../../search/query.ts';

const documents = [
  { id: 'plan', kind: 'master-plan', level: 'city', year: 2021 },
  { id: 'report', kind: 'work-report', level: 'district', year: 2021 },
  { id: 'report-2', kind: 'work-report', level: 'district', year: 2022 },
  { id: 'feature', kind: 'policy-document', level: 'city', year: 2023 },
] as const;

const texts: Array<[documentId: string, text: string, topic: string]> = [
  ['plan', '发展海洋经济，壮大海洋产业。', 'ocean'],
  ['plan', '优化营商环境，海洋牧场建设加快。', 'business'],
  ['report', '海洋经济增加值增长。', 'ocean'],
  ['report-2', '海洋经济加快发展，营商环境持续优化。', 'business'],
  ['report-2', '建设现代海洋产业体系。', 'ocean'],
  ['feature', '海洋经济示范区建设。', 'ocean'],
];

const records: SearchDocumentInput[] = texts.map(([documentId, text, topic], index) => {
  const document = documents.find((entry) => entry.id === documentId)!;
  return { id: `${documentId}_p${index}`, passageId: `${documentId}/p${index}`, recordKind: 'paragraph', documentId, documentTitle: documentId, documentTitleEn: documentId, kind: document.kind, level: document.level, year: document.year, chapterId: null, headingPath: [], text, before: '', textEn: '', topics: [topic], keywords: [] };
});

let project: string;
let native: string;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-document-filters-'));
  project = path.join(dir, 'project');
  native = path.join(dir, 'native');
  const urls = new Map(records.map((record) => [record.passageId, `/docs/${record.passageId.replace('/', '/#')}`]));
  await writeSearchIndex({ documents: records, urls, headingsEn: new Map() }, project);
  // The oracle: the same records with kind, level and year as filters of their own.
  const { index } = await pagefind.createIndex({ forceLanguage: 'en', writePlayground: false });
  for (const record of records) {
    await index!.addCustomRecord({
      url: urls.get(record.passageId)!,
      content: recordTokens(record).join(' '),
      language: 'en',
      meta: { text: record.text },
      filters: { document: [record.documentId], kind: [record.kind], level: [record.level], year: [String(record.year)], topic: record.topics },
    });
  }
  await index!.writeFiles({ outputPath: native });
  await pagefind.close();
});

describe('document filters', () => {
  it('writes each document’s kind, level and year beside the index', async () => {
    const table = JSON.parse(await readFile(path.join(project, documentFilterFile), 'utf8')) as DocumentFilterTable;
    expect(table).toEqual(Object.fromEntries(documents.map(({ id, kind, level, year }) => [id, { kind, level, year: String(year) }])));
  });

  it('finds and counts as an index with kind, level and year filters of its own, for any mix of filters', async () => {
    const cases: Array<[string, Filters]> = [
      ['海洋经济', {}],
      ['海洋', { kind: ['work-report'] }],
      ['海洋', { kind: ['work-report', 'policy-document'], year: ['2021', '2023'] }],
      ['海洋', { level: ['city'], topic: ['ocean'] }],
      ['营商环境', { document: ['plan', 'report-2'], year: ['2022'] }],
      // Filters no document meets together: nothing found, every count zero.
      ['海洋', { document: ['plan'], kind: ['work-report'] }],
    ];
    const answers = async (folder: string) => {
      const { api } = await loadNodePagefind(folder);
      const pages = [];
      for (const [query, filters] of cases) {
        const page = await searchPassages(api, parseQuery(query), filters, 'all');
        const nonZero = (counts: Record<string, number> = {}) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
        pages.push({ urls: page.hits.map((hit) => hit.url).sort(), facets: Object.fromEntries(['document', 'kind', 'level', 'year', 'topic'].map((name) => [name, nonZero(page.facets[name])])) });
      }
      return pages;
    };
    const expected = await answers(native);
    expect(expected[1]!.urls).toHaveLength(3);
    expect(expected[1]!.facets.kind).toEqual({ 'work-report': 3 });
    expect(expected[5]!.urls).toEqual([]);
    expect(await answers(project)).toEqual(expected);
  });

  it('searches within the documents that have the values chosen, and sums their counts per value', () => {
    const table: DocumentFilterTable = Object.fromEntries(documents.map(({ id, kind, level, year }) => [id, { kind, level, year: String(year) }]));
    expect(toIndexOptions({ filters: { kind: { any: ['work-report'] }, topic: { any: ['ocean'] } } }, table)).toEqual({ filters: { topic: { any: ['ocean'] }, document: { any: ['report', 'report-2'] } } });
    expect(toIndexOptions({ filters: { document: { any: ['plan', 'report'] }, level: { any: ['district'] } } }, table)).toEqual({ filters: { document: { any: ['report'] } } });
    expect(toIndexOptions({ filters: { topic: { any: ['ocean'] } } }, table)).toEqual({ filters: { topic: { any: ['ocean'] } } });
    expect(withDocumentCounts({ document: { plan: 2, report: 1, 'report-2': 0, feature: 4 }, topic: { ocean: 7 } }, table)).toEqual({
      document: { plan: 2, report: 1, 'report-2': 0, feature: 4 },
      topic: { ocean: 7 },
      kind: { 'master-plan': 2, 'work-report': 1, 'policy-document': 4 },
      level: { city: 6, district: 1 },
      year: { '2021': 3, '2022': 0, '2023': 4 },
    });
  });
});
