import { describe, expect, it } from 'vitest';
import { hanOutsideParentheses, missingNumbers, rendersTerm, translationProblems } from '../../ingest/text/translationChecks.ts';
import type { GlossaryTerm } from '../../ingest/schema/glossary.ts';

const term = (zh: string, en: string, enAliases: string[] = []) => ({ id: zh, zh, en, enAliases, aliases: [], pinyin: '', explanation: '', topic: null }) as unknown as GlossaryTerm;

describe('translation checks', () => {
  it('finds every Arabic number of the Chinese in the English, amounts in 万/亿 converted right', () => {
    expect(missingNumbers('到2025年，增长6.8%，新增就业3.5万人，投资1000亿元，规模1.2万亿元', 'By 2025, growth of 6.8%, 35,000 new jobs, investment of 100 billion yuan, a scale of 1.2 trillion yuan')).toEqual([]);
    expect(missingNumbers('新增就业3.5万人', 'some 3.5 new jobs')).toEqual(['3.5万']);
    expect(missingNumbers('建成14个园区，投资20亿元', 'build 41 parks with 2 billion yuan')).toEqual(['14']);
    expect(missingNumbers('投资20亿元', 'invest 20 million yuan')).toEqual(['20亿']);
    expect(missingNumbers('产值达到1000—3000亿元，覆盖 1000 万家', 'output of 100 billion to 300 billion yuan, reaching 10 million firms')).toEqual([]);
    expect(missingNumbers('1-10月份增长5%，11月26日开幕', 'From January to October growth was 5%; it opened on November 26')).toEqual([]);
    expect(missingNumbers('3月开工', 'work began in May')).toEqual(['3']);
  });

  it('accepts the glossary rendering or an alias, in any case and number', () => {
    const marine = term('海洋经济', 'marine economy', ['ocean economy', 'blue economy']);
    expect(rendersTerm('Developing the Marine Economies of the region', marine)).toBe(true);
    expect(rendersTerm('the blue economy grows', marine)).toBe(true);
    expect(rendersTerm('sea-based industries grow', marine)).toBe(false);
  });

  it('allows Chinese only inside parentheses', () => {
    expect(hanOutsideParentheses('the Two Ports (双港) strategy')).toEqual([]);
    expect(hanOutsideParentheses('the 双港 strategy')).toEqual(['双港']);
  });

  it('reports each problem under its rule, and a length far from the usual ratio', () => {
    const problems = translationProblems('坚持陆海统筹，发展海洋经济，建设海洋强市，到2025年完成目标任务。', 'Done.', [term('海洋经济', 'marine economy')]);
    expect(problems.map((problem) => problem.rule)).toEqual(['translation-number', 'translation-term', 'translation-length']);
  });
});
