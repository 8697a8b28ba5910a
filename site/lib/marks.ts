// Marking terms in running text: the runs of a text with given terms marked on whole words (the
// words ingest segmented, ingest/text/wordEdges.ts). Plain TypeScript (no Astro), so tests can use it too.

import { wordEdges } from '../../ingest/text/wordEdges.ts';

/**
 * Splits a text into runs, marking every occurrence of the given terms, longest first. With
 * `isEdge`, an occurrence counts only where it starts and ends at word edges of the passage's own
 * segmentation: 民生 is not marked across 市民|生活.
 * @example highlight('海洋牧场建设', ['海洋牧场']) // [{ text: '海洋牧场', marked: true }, { text: '建设', marked: false }]
 */
export function highlight(text: string, terms: readonly string[], isEdge: (offset: number) => boolean = () => true): Array<{ text: string; marked: boolean }> {
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  const runs: Array<{ text: string; marked: boolean }> = [];
  let last = 0;
  for (let at = 0; at < text.length && sorted.length > 0; ) {
    const term = isEdge(at) ? sorted.find((candidate) => text.startsWith(candidate, at) && isEdge(at + candidate.length)) : undefined;
    if (!term) {
      at += 1;
      continue;
    }
    if (at > last) runs.push({ text: text.slice(last, at), marked: false });
    runs.push({ text: term, marked: true });
    last = at += term.length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), marked: false });
  return runs;
}

/**
 * Where a passage's terms shared with a master plan stand, as [start, end) offsets on whole
 * words of its segmentation: what the page marks when its cross-references are opened.
 * @example sharedRanges('让市民生活更方便', ['让', '市民', '生活', '更', '方便'], ['民生', '市民']) // [[1, 3]]
 */
export function sharedRanges(text: string, tokens: readonly string[], terms: readonly string[]): Array<[number, number]> {
  const edges = wordEdges(text, tokens);
  return markedRanges(text, terms, (offset) => edges.has(offset));
}

/** Where `highlight` marks the terms in `text`, as [start, end) offsets, `offset` added to each. */
export function markedRanges(text: string, terms: readonly string[], isEdge: (offset: number) => boolean, offset = 0): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = offset;
  for (const run of highlight(text, terms, isEdge)) {
    if (run.marked) ranges.push([at, at + run.text.length]);
    at += run.text.length;
  }
  return ranges;
}
