// The Meilisearch layer without a server: documents, settings, queries, filters, environment,
// and what happens when the server does not answer (a real request to a closed port).
import path from 'node:path';
import { meiliConnection } from '../../search/meilisearch/client.ts';
import { describe, expect, it } from 'vitest';
import { searchWithFallback } from '../../search/backends.ts';
import { meiliFilter, meiliQuery, meiliSearchPassages, facetAttributes } from '../../search/meilisearch/backend.ts';
import { encodeToken, encodedTokens, meiliDocuments, type MeiliDocument } from '../../search/meilisearch/documents.ts';
import { meiliSearchEnv, meiliServerEnv } from '../../search/meilisearch/env.ts';
import { defaultLimits } from '../../search/meilisearch/client.ts';
import { glossarySynonyms, loadMeiliConfig } from '../../search/meilisearch/settings.ts';
import { parseQuery } from '../../search/query.ts';
import { searchConfigDir } from '../helpers.ts';

describe('Meilisearch documents', () => {
  it('encode search tokens as latin words Meilisearch keeps whole', () => {
    expect(encodeToken('海洋')).toBe('z6d776d0b');
    expect(encodeToken('rcep')).toBe('rcep');
    expect(encodedTokens('海洋经济，RCEP')).toBe('z6d776d0b z6d0b7ecf z7ecf6d4e rcep');
  });
  it('hold the passage, its URL and English heading path, and the codes', () => {
    const [document] = meiliDocuments(
      [{ id: 'd_p01', passageId: 'd/p01', recordKind: 'paragraph', documentId: 'd', documentTitle: '文', documentTitleEn: 'Doc', kind: 'master-plan', level: 'city', year: 2021, chapterId: null, headingPath: ['第一章 总论', '第一节 目标'], text: '海洋经济', before: '', textEn: '', topics: ['ocean-economy'], keywords: [] }],
      new Map([['d/p01', '/docs/d/#p01']]),
      new Map([['d/p01', 'General › Targets']]),
    );
    expect(document).toMatchObject({ id: 'd_p01', url: '/docs/d/#p01', headingPath: '第一章 总论 › 第一节 目标', headingPathEn: 'General › Targets', codes: 'z6d776d0b z6d0b7ecf z7ecf6d4e', bigrams: '海洋 洋经 经济' });
  });
});

describe('Meilisearch settings', () => {
  it('leave Meilisearch without the user dictionary and stop words, filter on every facet and search the codes without typos', async () => {
    const { index, settings } = await loadMeiliConfig(searchConfigDir);
    expect(index).toBe('passages');
    // Set empty rather than left out, so that a push replaces what an older version had set.
    expect(settings.dictionary).toEqual([]);
    expect(settings.stopWords).toEqual([]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(Object.values(facetAttributes)));
    expect(settings.searchableAttributes?.slice(0, 2)).toEqual(['bigrams', 'codes']);
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(expect.arrayContaining(['bigrams', 'codes']));
    expect(path.basename(searchConfigDir)).toBe('search-config');
  });
});

describe('Meilisearch synonyms', () => {
  it('make the Chinese forms of a glossary term synonyms of each other, in codes, and lead English to them', () => {
    const synonyms = glossarySynonyms({
      terms: [{ id: 'zi-mao-pian-qu', forms: ['自贸片区', '青岛自贸片区'], en: 'free trade zone' }],
      termsByEnglish: { 'free trade zone': 0 },
    });
    const short = encodedTokens('自贸片区');
    const long = encodedTokens('青岛自贸片区');
    expect(synonyms).toEqual({ [short]: [long], [long]: [short], 'free trade zone': [short, long] });
  });
});

describe('Meilisearch queries', () => {
  it('send phrases of codes, quoted unless a loose pass', () => {
    const query = parseQuery('海洋经济 "双招双引" -疫情');
    expect(meiliQuery(query, false)).toBe('"z6d776d0b z6d0b7ecf z7ecf6d4e" "z53cc62db z62db53cc z53cc5f15"');
    expect(meiliQuery(query, true)).toBe('z6d776d0b z6d0b7ecf z7ecf6d4e "z53cc62db z62db53cc z53cc5f15"');
  });
  it('combine filter values with OR within a filter and AND across filters, quoting values', () => {
    expect(meiliFilter({ document: ['a', 'b'], year: ['2021'], topic: [] })).toBe('(documentId = "a" OR documentId = "b") AND (year = "2021")');
    expect(meiliFilter({ document: ['x"y'] })).toBe('(documentId = "x\\"y")');
    expect(meiliFilter({})).toBeUndefined();
  });
});

describe('Meilisearch environment', () => {
  it('names what is missing, and takes the master key for the admin key', () => {
    expect(meiliServerEnv({})).toMatch(/MEILI_URL/u);
    expect(meiliServerEnv({ MEILI_URL: 'not a url' })).toMatch(/MEILI_URL/u);
    expect(meiliServerEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'm' })).toEqual({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_ADMIN_KEY: 'm', limits: defaultLimits });
    expect(meiliSearchEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_SEARCH_KEY: 's', MEILI_ADMIN_KEY: 'a' })).toEqual({ MEILI_URL: 'http://127.0.0.1:7700', key: 's', limits: defaultLimits });
  });
  it('takes only http and https URLs', () => {
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/', 'javascript:alert(1)', '127.0.0.1:7700']) expect(meiliServerEnv({ MEILI_URL: url }), url).toMatch(/MEILI_URL/u);
    expect(meiliSearchEnv({ MEILI_URL: 'file:///tmp/x' })).toMatch(/http:\/\/ or https:\/\//u);
    expect(meiliServerEnv({ MEILI_URL: 'https://search.example.org' })).toMatchObject({ MEILI_URL: 'https://search.example.org' });
  });
  it('reads the time-out, retries and task deadline, and names a bad one', () => {
    expect(meiliServerEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_TIMEOUT_MS: '1500', MEILI_RETRIES: '0', MEILI_TASK_TIMEOUT_MS: '9000' })).toMatchObject({ limits: { timeoutMs: 1500, retries: 0, taskTimeoutMs: 9000 } });
    expect(meiliServerEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_TIMEOUT_MS: 'soon' })).toMatch(/MEILI_TIMEOUT_MS/u);
    expect(meiliServerEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_RETRIES: '-1' })).toMatch(/MEILI_RETRIES/u);
    expect(meiliSearchEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_TASK_TIMEOUT_MS: '2.5' })).toMatch(/MEILI_TASK_TIMEOUT_MS/u);
  });
});

describe('when Meilisearch does not answer', () => {
  // Port 9 (discard) on loopback: nothing listens, the request fails as it would with the server down.
  const index = { ...meiliConnection('http://127.0.0.1:9', 'search-key', { timeoutMs: 2000, retries: 1, taskTimeoutMs: 2000 }), index: 'passages' };

  it('the search fails with the request error', async () => {
    await expect(meiliSearchPassages(index, parseQuery('海洋经济'))).rejects.toThrow(/127\.0\.0\.1:9/u);
  });

  it('the page falls back to the embedded backend and says why', async () => {
    const fallbackPage = { candidates: 1, hits: [], facets: {} };
    const answer = await searchWithFallback(() => meiliSearchPassages(index, parseQuery('海洋经济')), async () => fallbackPage);
    expect(answer.backend).toBe('pagefind');
    expect(answer.page).toBe(fallbackPage);
    expect(answer.fallbackReason).toMatch(/failed/u);
  });

  it('without a server backend configured, the embedded one answers with no reason given', async () => {
    const answer = await searchWithFallback(null, async () => ({ candidates: 0, hits: [], facets: {} }));
    expect(answer).toMatchObject({ backend: 'pagefind', fallbackReason: null });
  });
});
