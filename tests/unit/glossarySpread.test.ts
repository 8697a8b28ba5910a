// The glossary's spread of a term over the documents (site/lib/glossarySpread.ts): bars while a
// row of them can be read, words beyond.
import { describe, expect, it } from 'vitest';
import { barHeights, barsUpTo, showsBars } from '../../site/lib/glossarySpread.ts';

describe('glossary spread', () => {
  it('draws a bar per document in a small corpus, and none past a row that fits a narrow screen', () => {
    expect(showsBars(5)).toBe(true);
    expect(showsBars(barsUpTo)).toBe(true);
    expect(showsBars(barsUpTo + 1)).toBe(false);
    expect(showsBars(500)).toBe(false);
    // 0.7rem and a 2px gap each: the row stays within a 390 px screen's table cell.
    expect(barsUpTo * (0.7 * 16 + 2)).toBeLessThanOrEqual(160);
  });

  it('sizes each bar against the row’s largest count, an absent term as a rule', () => {
    expect(barHeights([9, 0, 3, 1])).toEqual([100, 0, 47, 29]);
    expect(barHeights([0, 0])).toEqual([0, 0]);
  });
});
