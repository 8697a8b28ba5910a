import { describe, expect, it } from 'vitest';
import { opening, planAroundEdits, shortQuote, termWindow, windowLength, windowRuns } from '../../site/lib/quotes.ts';

describe('quotes of shared wording', () => {
  it('quotes a short span whole and a long one by its head and tail', () => {
    expect(shortQuote('落实黄河流域省会和胶东经济圈', 60)).toBe('落实黄河流域省会和胶东经济圈');
    expect(shortQuote('一二三四五六七八九十', 6, 2)).toBe('一二…九十');
    // Characters, not UTF-16 units: a character outside the BMP is never cut in two.
    expect(shortQuote('𠀀二三四五六七八九𠀁', 6, 1)).toBe('𠀀…𠀁');
  });

  it('quotes a long bridged span of the plan around each edit, in order, joining stretches that meet', () => {
    const plan = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
    expect(planAroundEdits(plan, [{ planText: '庚' }], 6, 2)).toBe('…戊己庚辛壬…');
    expect(planAroundEdits(plan, [{ planText: '丙' }, { planText: '午' }], 6, 1)).toBe('…乙丙丁…巳午未…');
    expect(planAroundEdits(plan, [{ planText: '丙' }, { planText: '戊' }], 6, 1)).toBe('…乙丙丁戊己…');
    expect(planAroundEdits('甲乙丙', [{ planText: '乙' }], 6, 1)).toBe('甲乙丙');
  });
});

describe('the quote of a cross-reference', () => {
  const text = `${'序'.repeat(40)}让市民生活更方便，建设海洋牧场，${'尾'.repeat(120)}`;
  const tokens = ['序'.repeat(40), '让', '市民', '生活', '更', '方便', '建设', '海洋牧场', '尾'.repeat(120)];

  it('opens 30 characters before the first shared term and marks the terms on the paragraph’s word edges', () => {
    const { at, marks } = termWindow(text, tokens, ['民生', '海洋牧场', '市民']);
    expect(at).toBe(text.indexOf('市民') - 30);
    // 民生 straddles 市民|生活 and stays unmarked.
    expect(marks.map(([start, end]) => text.slice(start, end))).toEqual(['市民', '海洋牧场']);
  });

  it('draws the window from the text and the marks, with an ellipsis where the text goes on', () => {
    const { at, marks } = termWindow(text, tokens, ['市民', '海洋牧场']);
    const runs = windowRuns(text, at, marks);
    expect(runs[0]).toEqual({ text: '…', marked: false });
    expect(runs.at(-1)).toEqual({ text: '…', marked: false });
    expect(runs.slice(1, -1).map((run) => run.text).join('')).toBe(text.slice(at, at + windowLength));
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['市民', '海洋牧场']);
    // A short paragraph is quoted whole, without ellipses; marks beyond the text are ignored.
    expect(windowRuns('建设海洋牧场', 0, [[2, 6], [10, 12]])).toEqual([{ text: '建设', marked: false }, { text: '海洋牧场', marked: true }]);
  });

  it('cuts an opening of English at a word boundary and Chinese at the character', () => {
    expect(opening('Build a modern city', 12, 'en')).toBe('Build a…');
    expect(opening('建设海洋牧场', 4, 'zh')).toBe('建设海洋…');
    expect(opening('Short', 12, 'en')).toBe('Short');
  });
});
