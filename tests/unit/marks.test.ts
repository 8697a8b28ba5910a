import { describe, expect, it } from 'vitest';
import { sharedRanges } from '../../site/lib/marks.ts';

describe('the terms a passage shares with a plan', () => {
  it('stand where they are whole words of the passage’s segmentation, longest first', () => {
    const text = '让市民生活更方便，建设海洋牧场和海洋';
    const tokens = ['让', '市民', '生活', '更', '方便', '建设', '海洋牧场', '和', '海洋'];
    const ranges = sharedRanges(text, tokens, ['民生', '市民', '海洋', '海洋牧场']);
    // 民生 straddles 市民|生活; 海洋 inside 海洋牧场 is not a word of its own there.
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['市民', '海洋牧场', '海洋']);
    expect(ranges[0]).toEqual([1, 3]);
    expect(sharedRanges(text, tokens, [])).toEqual([]);
  });
});
