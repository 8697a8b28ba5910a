// What the real glossary must hold against the real texts.
import { beforeAll, describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { ingestCorpus, type CorpusRun } from '../../ingest/pipeline.ts';
import { words } from '../../ingest/stages/segment.ts';
import { chineseForms } from '../../ingest/schema/glossary.ts';
import { glossaryUsage } from '../../ingest/emit/glossaryUsage.ts';
import { expandQuery } from '../../search/crosslingual/expand.ts';
import { parseQuery } from '../../search/query.ts';
import { corpusDir, searchConfigDir } from '../helpers.ts';

let run: CorpusRun;
beforeAll(async () => {
  run = await ingestCorpus({ corpusDir, searchConfigDir });
});

/** Readings where pinyin-pro was wrong and the glossary was corrected by hand. */
const checkedByEye: Record<string, string> = { 链长制: 'liàn zhǎng zhì', 林长制: 'lín zhǎng zhì', 河湖长制: 'hé hú zhǎng zhì' };

describe('the glossary', () => {
  it('loads with at least 150 terms and no problem reported', () => {
    expect(run.glossary.length).toBeGreaterThanOrEqual(150);
    expect(run.diagnostics.filter((diagnostic) => /glossary/u.test(diagnostic.rule) || diagnostic.file.endsWith('glossary.json'))).toEqual([]);
  });

  it('has every term in the corpus text, in a passage or a heading', () => {
    const text = run.documents
      .flatMap((document) => [...document.passages.map((passage) => passage.text), ...document.blocks.flatMap((block) => (block.type === 'heading' ? [block.title] : []))])
      .join('\n');
    expect(run.glossary.filter((term) => !text.includes(term.zh)).map((term) => term.zh)).toEqual([]);
  });

  it('is annotated in the reader: every term found at least once as whole words', () => {
    const unused = glossaryUsage(run.glossary, run.documents).filter((usage) => usage.total === 0);
    expect(unused.map((usage) => usage.zh)).toEqual([]);
  });

  it('keeps every term and alias whole when jieba segments a sentence', () => {
    const split = run.glossary.flatMap(chineseForms).filter((form) => !words(`我们要推动${form}取得新进展`).includes(form));
    expect(split).toEqual([]);
  });

  it("gives pinyin-pro's reading, except where it was checked by eye and corrected", () => {
    const differing = run.glossary
      .filter((term) => term.pinyin !== '' && pinyin(term.zh, { toneType: 'symbol', toneSandhi: false, nonZh: 'consecutive' }) !== term.pinyin)
      .map((term) => [term.zh, term.pinyin]);
    expect(Object.fromEntries(differing)).toEqual(checkedByEye);
  });
});

describe('cross-lingual queries over the real lexicon', () => {
  const forms = (text: string) => expandQuery(parseQuery(text), run.lexicon).query.terms.map((term) => term.alternatives ?? [term.text]);
  it.each([
    ['marine economy', '海洋经济'],
    ['free trade zone', '自贸片区'],
    ['streamline administration', '放管服'],
    ['Belt and Road Initiative', '一带一路'],
    ['shuangzhaoshuangyin', '双招双引'],
    ['fang guan fu', '放管服'],
    ['shuāng zhāo shuāng yǐn', '双招双引'],
    ['海洋經濟', '海洋经济'],
    ['雙招雙引', '双招双引'],
  ])('%s reaches %s', (typed, term) => {
    expect(forms(typed)[0]).toContain(term);
  });
  it('falls back to corpus words for English words the glossary lacks', () => {
    expect(forms('hospital')).toEqual([expect.arrayContaining(['医院'])]);
  });
});
