import { describe, expect, it } from 'vitest';
import { backlinksByDocument } from '../../site/lib/backlinks.ts';

describe('backlinksByDocument', () => {
  it('lists each document once, at its best passage, best document first', () => {
    const groups = backlinksByDocument([
      { documentId: 'a', passageId: 'a/p1', score: 5 },
      { documentId: 'b', passageId: 'b/p1', score: 9 },
      { documentId: 'a', passageId: 'a/p2', score: 12 },
      { documentId: 'b', passageId: 'b/p2', score: 3 },
      { documentId: 'c', passageId: 'c/p1', score: 1 },
    ]);
    expect(groups.map((group) => group.best.passageId)).toEqual(['a/p2', 'b/p1', 'c/p1']);
    expect(groups.map((group) => group.others.map((backlink) => backlink.passageId))).toEqual([['a/p1'], ['b/p2'], []]);
  });

  it('keeps every backlink', () => {
    const backlinks = Array.from({ length: 20 }, (_, index) => ({ documentId: `d${index % 3}`, passageId: `d${index % 3}/p${index}`, score: (index * 7) % 11 }));
    const groups = backlinksByDocument(backlinks);
    expect(groups.flatMap((group) => [group.best, ...group.others]).map((backlink) => backlink.passageId).sort()).toEqual(backlinks.map((backlink) => backlink.passageId).sort());
  });

  it('quotes the strongest documents only, by their best passage, and names the others', () => {
    const backlinks = Array.from({ length: 8 }, (_, index) => ({ documentId: `d${index}`, passageId: `d${index}/p1`, score: index }));
    const groups = backlinksByDocument(backlinks, 3);
    expect(groups.filter((group) => group.quoted).map((group) => group.best.documentId)).toEqual(['d7', 'd6', 'd5']);
    expect(groups.filter((group) => !group.quoted)).toHaveLength(5);
  });
});
