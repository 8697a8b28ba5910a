// The search engine against a real Pagefind index that the test builds from passages it makes.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchPassages, type PagefindApi } from '../../search/engine.ts';
import { loadNodePagefind } from '../../search/pagefind/nodeClient.ts';
import { parseQuery } from '../../search/query.ts';
import { searchTokens } from '../../search/tokens.ts';

const passages = [
  { id: 'a', document: 'plan', text: '发展海洋经济，壮大海洋产业。' },
  { id: 'b', document: 'plan', text: '经济发展中，海洋牧场建设加快，洋经营理念更新。' },
  { id: 'c', document: 'report', text: '海洋经济增加值增长，疫情防控有力。' },
  { id: 'd', document: 'report', text: '强力推进“双招双引”，优化营商环境。' },
];

let api: PagefindApi;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-engine-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const passage of passages) {
    await index!.addCustomRecord({
      url: `/docs/${passage.document}/#${passage.id}`,
      content: searchTokens(passage.text).join(' '),
      language: 'en',
      meta: { url: `/docs/${passage.document}/#${passage.id}`, documentId: passage.document, text: passage.text, heading: '', headingEn: '' },
      filters: { document: [passage.document] },
    });
  }
  await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  api = (await loadNodePagefind(path.join(dir, 'pagefind'))).api;
});

const ids = (hits: Array<{ url: string }>) => hits.map((hit) => hit.url.split('#')[1]);

describe('searchPassages', () => {
  it('finds every passage holding a phrase, ranks them first, then those with its bigrams apart', async () => {
    const page = await searchPassages(api, parseQuery('海洋经济'), {}, 'all');
    expect(ids(page.hits.filter((hit) => hit.exact)).sort()).toEqual(['a', 'c']);
    expect(page.hits.slice(0, 2).every((hit) => hit.exact)).toBe(true);
    expect(ids(page.hits)).toContain('b');
    expect(page.hits.find((hit) => hit.url.endsWith('#a'))!.excerpt).toContain('<mark>海洋经济</mark>');
  });

  it('keeps only passages holding a quoted phrase', async () => {
    const page = await searchPassages(api, parseQuery('"海洋经济"'), {}, 'all');
    expect(ids(page.hits).sort()).toEqual(['a', 'c']);
  });

  it('leaves out passages holding an excluded term', async () => {
    const page = await searchPassages(api, parseQuery('"海洋经济" -疫情'), {}, 'all');
    expect(ids(page.hits)).toEqual(['a']);
  });

  it('applies filters and counts candidates per filter value', async () => {
    const page = await searchPassages(api, parseQuery('"海洋经济"'), { document: ['report'] }, 'all');
    expect(ids(page.hits)).toEqual(['c']);
    const all = await searchPassages(api, parseQuery('"海洋经济"'), {}, 'all');
    expect(all.facets.document).toMatchObject({ plan: 1, report: 1 });
  });

  it('finds policy terms inside quotation marks and marks them whole', async () => {
    const page = await searchPassages(api, parseQuery('双招双引'), {}, 5);
    expect(ids(page.hits)).toEqual(['d']);
    expect(page.hits[0]!.excerpt).toContain('“<mark>双招双引</mark>”');
  });

  it('returns nothing for a query without search tokens', async () => {
    expect((await searchPassages(api, parseQuery('，。'), {}, 'all')).hits).toEqual([]);
  });
});
