import { describe, expect, it } from 'vitest';
import { derivedKeys, englishKey, pinyinKey, typedTones } from '../../ingest/text/keys.ts';
import { buildLexicon } from '../../ingest/stages/lexicon.ts';
import { expandQuery, toSimplified } from '../../search/crosslingual/expand.ts';
import { parseQuery } from '../../search/query.ts';
import { queryVariants, toHit } from '../../search/engine.ts';
import type { GlossaryTerm } from '../../ingest/schema/glossary.ts';

const term = (id: string, zh: string, pinyin: string, en: string, overrides: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id, zh, pinyin, en, explanation: '', aliases: [], enAliases: [], topic: null, ...overrides,
});

const lexicon = buildLexicon({
  glossary: [
    term('hai-yang-jing-ji', '海洋经济', 'hǎi yáng jīng jì', 'marine economy', { enAliases: ['ocean economy'] }),
    term('zi-mao-pian-qu', '自贸片区', 'zì mào piàn qū', 'Qingdao Area of the China (Shandong) Pilot Free Trade Zone', {
      aliases: ['中国（山东）自由贸易试验区青岛片区'],
      enAliases: ['free trade zone'],
    }),
    term('fang-guan-fu', '放管服', 'fàng guǎn fú', 'streamlining administration', { enAliases: ['streamline administration'] }),
    term('rcep', 'RCEP', '', 'Regional Comprehensive Economic Partnership'),
  ],
  wordCounts: new Map([['港口', 9], ['海港', 2], ['人才', 5], ['海洋', 4], ['发展', 3], ['经济', 1], ['RCEP', 2], ['亿元', 9], ['医院', 2]]),
  cedict: [
    { traditional: '港口', simplified: '港口', pinyin: 'gang3 kou3', english: ['port; harbor'] },
    { traditional: '海港', simplified: '海港', pinyin: 'hai3 gang3', english: ['seaport; harbor'] },
    { traditional: '人才', simplified: '人才', pinyin: 'ren2 cai2', english: ['talent; talented person', 'CL:個|个[ge4]'] },
    { traditional: '海洋', simplified: '海洋', pinyin: 'hai3 yang2', english: ['ocean'] },
    { traditional: '發展', simplified: '发展', pinyin: 'fa1 zhan3', english: ['development; growth', 'to develop'] },
    { traditional: '經濟', simplified: '经济', pinyin: 'jing1 ji4', english: ['economy'] },
  ],
});
const expand = (text: string) => expandQuery(parseQuery(text), lexicon);

describe('lookup keys', () => {
  it('fold English case, punctuation, stop words and plurals', () => {
    expect(englishKey('Free-Trade Zones')).toBe('free trade zone');
    expect(englishKey('the opening-up of economies')).toBe('opening up economy');
    expect(englishKey('rural revitalisation centres')).toBe(englishKey('rural revitalization centers'));
    expect(englishKey('old neighbourhoods')).toBe('old neighborhood');
    expect(englishKey('four chains')).toBe('four chain');
  });
  it('fold pinyin tone marks, tone digits, spaces and ü', () => {
    expect(pinyinKey('fàng guǎn fú')).toBe('fangguanfu');
    expect(pinyinKey('Fang4 guan3 fu2')).toBe('fangguanfu');
    expect(pinyinKey('lǜ sè')).toBe(pinyinKey('lvse'));
  });
  it('read the tones a reader typed, as marks or digits', () => {
    expect(typedTones('yī yuàn')).toBe('14');
    expect(typedTones('yi1 yuan4')).toBe('14');
    expect(typedTones('yiyuan')).toBe('');
  });
  it('offer the stems of a derived English word', () => {
    expect(derivedKeys('pollution')).toContain('pollute');
    expect(derivedKeys('development')).toContain('develop');
    expect(derivedKeys('free trade')).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('maps traditional characters to simplified only where the corpus does not use them itself', () => {
    expect(toSimplified('海洋經濟發展', lexicon)).toBe('海洋经济发展');
  });
  it('lists corpus words under their English glosses, most frequent first, and leaves out words the corpus lacks', () => {
    expect(lexicon.wordsByEnglish['harbor']).toEqual(['港口', '海港']);
    expect(lexicon.wordsByEnglish['economy']).toBeUndefined();
    expect(lexicon.wordsByEnglish['develop']).toEqual(['发展']);
  });
});

describe('expandQuery', () => {
  it('turns an English phrase into its glossary term, and says so', () => {
    const { query, expansions } = expand('Marine Economy');
    expect(query.terms).toEqual([{ text: '海洋经济', exact: true, negated: false, alternatives: ['海洋经济'], typed: 'Marine Economy' }]);
    expect(expansions).toEqual([{ typed: 'Marine Economy', forms: ['海洋经济'], via: 'glossary', termId: 'hai-yang-jing-ji' }]);
  });
  it('reaches a term through its English aliases and brings its Chinese aliases', () => {
    expect(expand('free trade zones').query.terms[0]!.alternatives).toEqual(['自贸片区', '中国（山东）自由贸易试验区青岛片区']);
    expect(expand('streamline administration').expansions[0]!.forms).toEqual(['放管服']);
  });
  it('reads pinyin with or without tones and spaces', () => {
    for (const typed of ['fang guan fu', 'fàng guǎn fú', 'fangguanfu', 'fang4guan3fu2']) {
      expect(expand(typed).expansions).toEqual([expect.objectContaining({ forms: ['放管服'], via: 'pinyin' })]);
    }
  });
  it('falls back to the corpus words of single English words, and keeps latin words the corpus has', () => {
    const { query, expansions } = expand('talent port RCEP');
    expect(expansions.map((expansion) => [expansion.typed, expansion.forms, expansion.via])).toEqual([
      ['talent', ['人才'], 'dictionary'],
      ['port', ['港口'], 'dictionary'],
      ['RCEP', ['RCEP'], 'glossary'],
    ]);
    expect(query.terms).toHaveLength(3);
  });
  it('finds English words through their stems, and homophones through the tones typed', () => {
    expect(expand('developments').expansions[0]!.forms).toEqual(['发展']);
    expect(expand('yiyuan').expansions[0]!.forms).toEqual(['亿元', '医院']);
    expect(expand('yī yuàn').expansions[0]!.forms).toEqual(['医院']);
    expect(expand('yi4yuan2').expansions[0]!.forms).toEqual(['亿元']);
  });
  it('keeps unknown words and drops lone stop words', () => {
    const { query, expansions } = expand('the zzyzx');
    expect(query.terms.map((term) => term.text)).toEqual(['zzyzx']);
    expect(expansions).toEqual([{ typed: 'zzyzx', forms: [], via: null, termId: null }]);
  });
  it('simplifies traditional characters and leaves simplified Chinese as typed, aliases and all', () => {
    expect(expand('海洋經濟').expansions).toEqual([{ typed: '海洋經濟', forms: ['海洋经济'], via: 'traditional', termId: 'hai-yang-jing-ji' }]);
    expect(expand('海洋經濟').query.terms).toEqual([{ text: '海洋经济', exact: false, negated: false, typed: '海洋經濟' }]);
    expect(expand('自贸片区').query.terms).toEqual(parseQuery('自贸片区').terms);
    expect(expand('自贸片区').expansions).toEqual([]);
    expect(expand('港口 -海洋').query.terms).toEqual(parseQuery('港口 -海洋').terms);
  });
});

describe('searching expanded terms', () => {
  const meta = (text: string) => ({ url: '/x', documentId: 'd', kind: 'paragraph', text, before: '', textEn: '', heading: '', headingEn: '' });
  it('takes a passage holding any form of the term, and names the form it holds', () => {
    const { query } = expand('free trade zone');
    const hit = toHit(meta('加快建设中国（山东）自由贸易试验区青岛片区。'), query);
    expect(hit).toMatchObject({ exact: true, matched: [{ typed: 'free trade zone', form: '中国（山东）自由贸易试验区青岛片区' }] });
    expect(hit!.excerpt).toContain('<mark>中国（山东）自由贸易试验区青岛片区</mark>');
    expect(toHit(meta('建设港口。'), query)).toBeNull();
  });
  it('splits a query with alternatives into plain queries for backends without OR, the English as typed last', () => {
    const variants = queryVariants(expand('free trade zone -海洋').query);
    expect(variants.map((variant) => variant.terms.map((term) => (term.negated ? `-${term.text}` : term.text)))).toEqual([
      ['自贸片区', '-海洋'],
      ['中国（山东）自由贸易试验区青岛片区', '-海洋'],
      ['free trade zone', '-海洋'],
    ]);
  });

  it('searches a query of several expanded English words as typed too, though the combinations are capped', () => {
    const { query } = expand('unleash the vitality of market entities');
    const variants = queryVariants(query);
    expect(variants.length).toBeLessThanOrEqual(13);
    expect(variants.at(-1)!.terms.map((term) => term.text)).toEqual(query.terms.map((term) => term.typed ?? term.text));
  });
});
