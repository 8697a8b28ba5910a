import { describe, expect, it } from 'vitest';
import { cutAtMarks, markSegments, reuseMarks, type MarkedAtom } from '../../site/lib/reuseMarks.ts';

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

  it('draws a mark as one segment around the terms it holds, cutting only plain text, and ends it where its link goes', () => {
    // 推进黄河流域生态保护: the term 黄河流域 (2–6) and the plain text around it; one mark over 0–8.
    type Atom = MarkedAtom & { text: string };
    const atom = (text: string, start: number, atomic: boolean): Atom => ({ text, start, end: start + text.length, atomic });
    const split = (piece: Atom, at: number): [Atom, Atom] => [atom(piece.text.slice(0, at - piece.start), piece.start, false), atom(piece.text.slice(at - piece.start), at, false)];
    const atoms = [atom('推进', 0, false), atom('黄河流域', 2, true), atom('生态保护', 6, false)];
    const [mark] = reuseMarks([{ start: 0, end: 8, formulaic: false }]);
    const one = markSegments(atoms, [mark!], split);
    expect(one.map((segment) => [segment.atoms.map((piece) => piece.text).join('|'), segment.mark?.index ?? null, segment.first, segment.ending.map((ending) => ending.index)])).toEqual([
      ['推进|黄河流域|生态', 1, true, [1]],
      ['保护', null, false, []],
    ]);
    // A mark whose edge falls inside the term: the term stays whole, outside the mark, and the mark ends in it.
    const [cut] = reuseMarks([{ start: 0, end: 4, formulaic: false }]);
    expect(markSegments(atoms, [cut!], split).map((segment) => [segment.atoms.map((piece) => piece.text).join('|'), segment.mark?.index ?? null, segment.ending.map((ending) => ending.index)])).toEqual([
      ['推进', 1, []],
      ['黄河流域|生态保护', null, [1]],
    ]);
    // A mark that goes on into the next printed text (a lead, then the rest) neither begins again nor ends here.
    const [beyond] = reuseMarks([{ start: -3, end: 20, formulaic: false }]);
    expect(markSegments(atoms, [beyond!], split).map((segment) => [segment.atoms.length, segment.first, segment.ending.length])).toEqual([[3, false, 0]]);
  });
});
