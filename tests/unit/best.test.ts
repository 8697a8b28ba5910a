import { describe, expect, it } from 'vitest';
import { best, byText } from '../../ingest/best.ts';
import { contentTerms } from '../../ingest/text/contentTerms.ts';

describe('best', () => {
  const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || byText(a[0], b[0]);

  it('gives what a sort and slice gives, ties in the order of the text', () => {
    const items: Array<[string, number]> = [['港口', 1], ['海洋', 3], ['经济', 1], ['发展', 2], ['城市', 3], ['产业', 1], ['开放', 0]];
    for (const limit of [0, 1, 3, 5, 7, 9]) expect(best(items, limit, byWeight)).toEqual([...items].sort(byWeight).slice(0, limit));
  });

  it('keeps equal items in the order they came, as a stable sort does', () => {
    const items = [{ id: 'a', score: 1 }, { id: 'b', score: 2 }, { id: 'c', score: 1 }, { id: 'd', score: 1 }];
    expect(best(items, 3, (a, b) => b.score - a.score).map((item) => item.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('contentTerms', () => {
  it('keeps words of two characters or more that are neither numbers nor stop words', () => {
    expect(contentTerms(['推进', '海洋', '的', '2035', '12.5%', '发展', '上合示范区', 'AI'], new Set(['发展']))).toEqual(['推进', '海洋', '上合示范区', 'AI']);
  });

  it('counts characters, not UTF-16 units: one character outside the BMP is too short, two are enough', () => {
    expect(contentTerms(['𠀀', '𠀀𠀁', '𠀀海'], new Set())).toEqual(['𠀀𠀁', '𠀀海']);
  });
});
