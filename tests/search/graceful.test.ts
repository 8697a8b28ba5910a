// English and pinyin queries that do not fall apart on one word (issue 15): each failure mode
// pinned with queries of this test's own, over a real Pagefind index of passages it makes and a
// lexicon built from a CC-CEDICT excerpt it writes.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../ingest/stages/lexicon.ts';
import type { GlossaryTerm } from '../../ingest/schema/glossary.ts';
import { expandQuery, pinyinPieces } from '../../search/crosslingual/expand.ts';
import { isGraceful, rankByConcepts, searchPassages, type PagefindApi } from '../../search/engine.ts';
import { loadNodePagefind } from '../../search/pagefind/nodeClient.ts';
import { parseQuery } from '../../search/query.ts';
import { recordTokens } from '../../search/meilisearch/documents.ts';

const passages: Record<string, string> = {
  sewage: '新建城镇污水处理厂三座，提升污水处理能力。',
  sewageApart: '加强污水管网建设，妥善处理历史遗留问题。',
  pay: '提高教师待遇，落实人才待遇。',
  soil: '开展土壤污染防治行动，保护耕地。',
  land1: '盘活存量土地，提高土地利用效率。',
  land2: '推进土地整治，建设高标准农田。',
  land3: '土地出让收入稳步增长。',
  port: '港口货物吞吐量突破六亿吨。',
  orgs: '高水平建设上合示范区，深化与上合组织国家合作。',
  fish: '建设海洋牧场示范区，发展深远海养殖。',
};

// The English text of two passages (corpus/translations/ in the corpus), for the English leg.
const english: Record<string, string> = {
  sewage: 'Build three new urban sewage treatment plants and raise sewage treatment capacity.',
  fish: 'Build marine ranching demonstration zones and develop deep-sea aquaculture.',
};

const entry = (simplified: string, pinyin: string, english: string) => ({ traditional: simplified, simplified, pinyin, english: [english] });
const glossaryTerm = (id: string, zh: string, en: string, enAliases: string[]): GlossaryTerm => ({ id, zh, pinyin: '', en, explanation: '', aliases: [], enAliases, topic: null });

// jieba's words: 吞吐量 and 土壤 are left inside longer words, as jieba does with 货物吞吐量.
const wordCounts = new Map([['污水', 3], ['处理', 2], ['待遇', 2], ['土地', 6], ['污染', 1], ['港口', 1], ['海洋', 1], ['牧场', 1]]);
const lexicon = buildLexicon({
  glossary: [glossaryTerm('shang-he', '上合组织', 'Shanghai Cooperation Organisation', ['SCO'])],
  wordCounts,
  cedict: [
    entry('污水', 'wu1 shui3', 'sewage; foul water'),
    entry('处理', 'chu3 li3', 'to handle; to treat; to deal with'),
    entry('待遇', 'dai4 yu4', 'treatment; pay; salary'),
    entry('土地', 'tu3 di4', 'land; soil; territory'),
    entry('土壤', 'tu3 rang3', 'soil'),
    entry('污染', 'wu1 ran3', 'pollution; contamination'),
    entry('吞吐量', 'tun1 tu3 liang4', 'throughput'),
    entry('污水处理厂', 'wu1 shui3 chu3 li3 chang3', 'sewage treatment plant'),
    entry('牧场', 'mu4 chang3', 'ranch; pasture'),
    entry('海洋', 'hai3 yang2', 'ocean'),
    entry('火星', 'huo3 xing1', 'Mars'),
    entry('污水', 'wu1 shui3', 'foul water'),
  ],
  texts: Object.values(passages),
});
const expand = (typed: string) => expandQuery(parseQuery(typed), lexicon).query;

let api: PagefindApi;
beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'policy-reader-graceful-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const [id, text] of Object.entries(passages)) {
    await index!.addCustomRecord({
      url: `/docs/d/#${id}`,
      content: recordTokens({ text, before: '', textEn: english[id] ?? '' }).join(' '),
      language: 'en',
      meta: { url: `/docs/d/#${id}`, documentId: 'd', kind: 'paragraph', text, before: '', textEn: english[id] ?? '', heading: '', headingEn: '' },
      filters: { document: ['d'] },
    });
  }
  await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  api = (await loadNodePagefind(path.join(dir, 'pagefind'))).api;
});

const ids = (hits: Array<{ url: string }>) => hits.map((hit) => hit.url.split('#')[1]);

describe('graceful ranking of English and pinyin queries', () => {
  it('answers a query with an untranslatable word instead of nothing, and says which concept each hit lacks', async () => {
    const page = await searchPassages(api, expand('sewage zorblax'), {}, 10);
    expect(ids(page.hits)).toEqual(expect.arrayContaining(['sewage', 'sewageApart']));
    expect(page.hits.every((hit) => hit.missing.includes('zorblax'))).toBe(true);
  });

  it('chooses the sense that occurs with the other concepts, not the first one listed', async () => {
    // "treatment" lists 待遇 (pay) first; only 处理 occurs with 污水, side by side in one passage.
    const page = await searchPassages(api, expand('sewage treatment'), {}, 10);
    expect(ids(page.hits)[0]).toBe('sewage');
    expect(page.hits[0]!.missing).toEqual([]);
    expect(ids(page.hits)).toContain('pay');
    expect(page.hits.find((hit) => ids([hit])[0] === 'pay')!.missing).toEqual(['sewage']);
  });

  it('tries a sense the frequency order puts last when it is the one that co-occurs', async () => {
    // 土地 is six times as frequent as 土壤, but only 土壤 occurs with 污染.
    expect(expand('soil contamination').terms[0]!.alternatives).toEqual(['土地', '土壤']);
    const page = await searchPassages(api, expand('soil contamination'), {}, 3);
    expect(ids(page.hits)[0]).toBe('soil');
  });

  it('ranks a passage holding the rarer of two concepts above one holding only the commoner', async () => {
    // land is in three passages, ranch in one; no passage holds both.
    const page = await searchPassages(api, expand('land ranch'), {}, 10);
    expect(ids(page.hits)[0]).toBe('fish');
    expect(page.hits.length).toBe(4);
  });

  it('counts a concept two query words both map to once', () => {
    const query = expand('SCO Shanghai Cooperation Organisation');
    expect(query.terms).toHaveLength(1);
    expect(query.terms[0]!.alternatives).toContain('上合组织');
  });

  it('leaves Chinese queries to strict phrase search', () => {
    expect(isGraceful(expand('污水处理'))).toBe(false);
    expect(isGraceful(expand('sewage'))).toBe(true);
  });

  it('orders candidates by concepts held, then by rarity, then as found', () => {
    const order = rankByConcepts(
      [
        { concept: 0, results: ['a', 'b', 'c', 'd'] },
        { concept: 1, results: ['e', 'c'] },
      ],
      2,
      (id) => id,
    );
    expect(order).toEqual(['c', 'e', 'a', 'b', 'd']);
  });
});

describe('the English text leg, merged with the expansion', () => {
  it('finds a passage by its English when the dictionary has no Chinese for the word, and says it matched in English', async () => {
    const page = await searchPassages(api, expand('aquaculture'), {}, 5);
    expect(ids(page.hits)).toEqual(['fish']);
    expect(page.hits[0]!.matchedEnglish).toEqual(['aquaculture']);
    expect(page.hits[0]!.excerpt).toContain('<mark>aquaculture</mark>');
    expect((await searchPassages(api, { ...expand('aquaculture'), legs: 'expansion' }, {}, 5)).hits).toEqual([]);
  });

  it('matches English words by stem, one concept in Chinese and another in English', async () => {
    // ranch → 牧场 in the Chinese; aquacultures only in the English (as aquaculture).
    const page = await searchPassages(api, expand('ranch aquacultures'), {}, 5);
    expect(ids(page.hits)[0]).toBe('fish');
    expect(page.hits[0]!.missing).toEqual([]);
  });

  it('matches a quoted English phrase exactly', async () => {
    expect(ids((await searchPassages(api, expand('"deep-sea aquaculture"'), {}, 5)).hits)).toEqual(['fish']);
    expect((await searchPassages(api, expand('"aquaculture deep-sea"'), {}, 5)).hits).toEqual([]);
  });

  it('searches the English text only when asked to', async () => {
    const page = await searchPassages(api, { ...expand('sewage treatment'), legs: 'english' }, {}, 5);
    expect(ids(page.hits)).toEqual(['sewage']);
  });
});

describe('a dictionary over all of CC-CEDICT', () => {
  it('reaches a word jieba never cut out, because the text holds it as a substring', () => {
    expect(lexicon.wordsByEnglish['throughput']).toEqual(['吞吐量']);
    expect(lexicon.wordsByEnglish['soil']).toEqual(['土地', '土壤']);
  });

  it('keeps multi-word glosses and looks the longest phrase up first', () => {
    expect(expand('sewage treatment plant').terms.map((term) => term.text)).toEqual(['污水处理厂']);
  });

  it('finds an English compound the dictionary writes as two words', () => {
    expect(expand('foulwater').terms[0]!.alternatives).toEqual(['污水']);
  });

  it('leaves out entries the corpus text does not hold', () => {
    expect(lexicon.wordsByEnglish['mar']).toBeUndefined();
    expect(lexicon.wordsByEnglish['mars']).toBeUndefined();
  });
});

describe('pinyin', () => {
  it('reaches a dictionary word of the text by its pinyin, spaced or run together', () => {
    expect(expand('tūn tǔ liàng').terms[0]!.alternatives).toEqual(['吞吐量']);
    expect(expand('tuntuliang').terms[0]!.alternatives).toEqual(['吞吐量']);
  });

  it('cuts a run that is no word into the fewest corpus words, and ranks them side by side first', async () => {
    expect(pinyinPieces('wushuichuli', lexicon)).toEqual(['wushui', 'chuli']);
    const page = await searchPassages(api, expand('wushuichuli'), {}, 5);
    expect(ids(page.hits)[0]).toBe('sewage');
  });
});
