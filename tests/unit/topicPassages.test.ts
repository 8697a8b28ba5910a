import { describe, expect, it } from 'vitest';
import { strongestDocuments, topicPassages } from '../../site/lib/topicPassages.ts';
import type { Passage } from '../../ingest/model.ts';

const passage = (id: string, topics: Array<{ id: string; score: number; inherited?: boolean }>) =>
  ({ id, topics: topics.map((topic) => ({ inherited: false, ...topic })) }) as unknown as Passage;

describe('a document’s passages on a topic page', () => {
  it('quotes the strongest few in reading order and keeps every other passage of its own on the topic as a link', () => {
    const passages = [
      passage('d/p1', [{ id: 'ocean', score: 1 }]),
      passage('d/p2', [{ id: 'ocean', score: 5 }]),
      passage('d/p3', [{ id: 'ocean', score: 9, inherited: true }]),
      passage('d/p4', [{ id: 'ocean', score: 3 }, { id: 'ecology', score: 8 }]),
      passage('d/p5', [{ id: 'ocean', score: 4 }]),
      passage('d/p6', [{ id: 'ecology', score: 2 }]),
    ];
    const { quoted, others } = topicPassages(passages, 'ocean', 3);
    expect(quoted.map((item) => item.id)).toEqual(['d/p2', 'd/p4', 'd/p5']);
    // The topic only by inheritance from the chapter is not the passage's own: neither quoted nor linked.
    expect(others.map((item) => item.id)).toEqual(['d/p1']);
    expect(topicPassages(passages, 'ecology', 3)).toEqual({ quoted: [passages[3], passages[5]], others: [] });
  });

  it('quotes in the documents the topic takes most of only, never one without it', () => {
    const shares = [{ id: 'a', share: 0.1 }, { id: 'b', share: 0.5 }, { id: 'c', share: 0 }, { id: 'd', share: 0.3 }, { id: 'e', share: 0.3 }];
    expect([...strongestDocuments(shares, 3)]).toEqual(['b', 'd', 'e']);
    expect([...strongestDocuments(shares, 10)].sort()).toEqual(['a', 'b', 'd', 'e']);
  });
});
