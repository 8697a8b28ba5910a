// The search engine against a real Pagefind index that the test builds from passages it makes.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { phraseTokens, searchPassages, type PagefindApi } from '../../search/engine.ts';
import { loadNodePagefind } from '../../search/pagefind/nodeClient.ts';
import { parseQuery } from '../../search/query.ts';
import { recordTokens } from '../../search/meilisearch/documents.ts';

const record = (id: string, document: string, text: string, more: { kind?: string; before?: string; textEn?: string } = {}) => ({ id, document, text, kind: 'paragraph', before: '', textEn: '', ...more });
const passages = [
  record('a', 'plan', '发展海洋经济，壮大海洋产业。'),
  record('b', 'plan', '经济发展中，海洋牧场建设加快，洋经营理念更新。'),
  record('c', 'report', '海洋经济增加值增长，疫情防控有力。'),
  record('d', 'report', '强力推进“双招双引”，优化营商环境。'),
  // A lead the ingest lifted out of its paragraph: the heading, and the paragraph after it on the same line.
  record('i05', 'report', '五是打造国际一流营商环境。', { kind: 'heading', textEn: 'Build a world-class business environment' }),
  record('i05/p01', 'report', '聚焦市场主体关切，深化放管服改革。', { before: '五是打造国际一流营商环境。' }),
  record('box01', 'plan', '专栏 1 海洋经济重点工程', { kind: 'box-title' }),
];

let api: PagefindApi;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-engine-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const passage of passages) {
    await index!.addCustomRecord({
      url: `/docs/${passage.document}/#${passage.id}`,
      content: recordTokens(passage).join(' '),
      language: 'en',
      meta: { url: `/docs/${passage.document}/#${passage.id}`, documentId: passage.document, kind: passage.kind, text: passage.text, before: passage.before, textEn: passage.textEn, heading: '', headingEn: '' },
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
    expect(ids(page.hits.filter((hit) => hit.exact)).sort()).toEqual(['a', 'box01', 'c']);
    expect(page.hits.slice(0, 3).every((hit) => hit.exact)).toBe(true);
    expect(ids(page.hits)).toContain('b');
    expect(page.hits.find((hit) => hit.url.endsWith('#a'))!.excerpt).toContain('<mark>海洋经济</mark>');
  });

  it('keeps only passages holding a quoted phrase', async () => {
    const page = await searchPassages(api, parseQuery('"海洋经济"'), {}, 'all');
    expect(ids(page.hits).sort()).toEqual(['a', 'box01', 'c']);
  });

  it('leaves out passages holding an excluded term', async () => {
    const page = await searchPassages(api, parseQuery('"海洋经济" -疫情'), {}, 'all');
    expect(ids(page.hits).sort()).toEqual(['a', 'box01']);
  });

  it('applies filters and counts candidates per filter value', async () => {
    const page = await searchPassages(api, parseQuery('"海洋经济"'), { document: ['report'] }, 'all');
    expect(ids(page.hits)).toEqual(['c']);
    const all = await searchPassages(api, parseQuery('"海洋经济"'), {}, 'all');
    expect(all.facets.document).toMatchObject({ plan: 2, report: 1 });
  });

  it('finds policy terms inside quotation marks and marks them whole', async () => {
    const page = await searchPassages(api, parseQuery('双招双引'), {}, 5);
    expect(ids(page.hits)).toEqual(['d']);
    expect(page.hits[0]!.excerpt).toContain('“<mark>双招双引</mark>”');
  });

  it('finds a title as a record of its kind, ranked before the passages holding the same phrase', async () => {
    const page = await searchPassages(api, parseQuery('海洋经济'), {}, 'all');
    expect(page.hits[0]).toMatchObject({ kind: 'box-title', url: '/docs/plan/#box01' });
    expect(page.hits[0]!.excerpt).toContain('<mark>海洋经济</mark>');
  });

  it('finds a lifted lead as printed, numbering included, at the heading and not in its paragraph', async () => {
    const page = await searchPassages(api, parseQuery('五是打造国际一流营商环境'), {}, 'all');
    expect(page.hits.filter((hit) => hit.exact).map((hit) => [ids([hit])[0], hit.kind])).toEqual([['i05', 'heading']]);
  });

  it('finds a phrase that runs from a lifted lead into its paragraph, in the paragraph, marked whole', async () => {
    const page = await searchPassages(api, parseQuery('"营商环境。聚焦市场"'), {}, 'all');
    expect(ids(page.hits)).toEqual(['i05/p01']);
    expect(page.hits[0]!.excerpt).toContain('<mark>营商环境。聚焦市场</mark>');
    expect(page.hits[0]!.occurrences).toBe(1);
  });

  it('finds a heading by its English title', async () => {
    const page = await searchPassages(api, parseQuery('"business environment"'), {}, 'all');
    expect(ids(page.hits)).toEqual(['i05']);
    expect(page.hits[0]!.excerpt).toContain('<mark>business environment</mark>');
  });

  it('finds a phrase that starts with the last character of the lead alone before the punctuation', async () => {
    const page = await searchPassages(api, parseQuery('"境。聚焦市场"'), {}, 'all');
    expect(ids(page.hits)).toEqual(['i05/p01']);
  });

  it('returns nothing for a query without search tokens', async () => {
    expect((await searchPassages(api, parseQuery('，。'), {}, 'all')).hits).toEqual([]);
  });
});

describe('phraseTokens', () => {
  it('leaves a lone ideograph or a latin word at either end to the text check while a bigram remains', () => {
    expect(phraseTokens('著。精准')).toEqual(['精准']);
    expect(phraseTokens('合作。抢抓R')).toEqual(['合作', '抢抓']);
    expect(phraseTokens('海洋经济')).toEqual(['海洋', '洋经', '经济']);
  });
  it('keeps phrases without a bigram as they are', () => {
    expect(phraseTokens('free trade zone')).toEqual(['free', 'trade', 'zone']);
    expect(phraseTokens('是')).toEqual(['是']);
  });
});
