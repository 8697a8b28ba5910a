import { describe, expect, it } from 'vitest';
import { cutAtMarks, reuseMarks } from '../../site/lib/reuseMarks.ts';

describe('reuse marks', () => {
  it('numbers a passage’s spans from 1 and shifts them into the printed text', () => {
    expect(reuseMarks([{ start: 5, end: 9, formulaic: false }, { start: 12, end: 20, formulaic: true }], 4)).toEqual([
      { start: 1, end: 5, formulaic: false, index: 1 },
      { start: 8, end: 16, formulaic: true, index: 2 },
    ]);
  });

  it('cuts a piece of text where marks begin and end, inside and across its edges', () => {
    const marks = reuseMarks([{ start: 2, end: 6, formulaic: false }, { start: 8, end: 20, formulaic: true }]);
    // The piece 天下大同世界和平 starts at offset 1 of its unit.
    expect(cutAtMarks('天下大同世界和平', 1, marks).map((piece) => [piece.text, piece.mark?.index ?? null])).toEqual([
      ['天', null],
      ['下大同世', 1],
      ['界和', null],
      ['平', 2],
    ]);
    // Only the piece where a mark begins carries its anchor, though a mark is cut over several calls.
    expect(cutAtMarks('天下大同世界和平', 1, marks).map((piece) => piece.first)).toEqual([false, true, false, true]);
    expect(cutAtMarks('大同', 3, marks).map((piece) => [piece.mark?.index, piece.first])).toEqual([[1, false]]);
    expect(cutAtMarks('无标记', 0, [])).toEqual([{ text: '无标记', mark: null, first: false }]);
  });
});
