import { describe, expect, it } from 'vitest';
import { planAroundEdits, shortQuote } from '../../site/lib/quotes.ts';

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
