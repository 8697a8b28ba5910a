// The wording a document shares with the master plan (build/xref/reuse.json), as the reader
// marks it: spans by passage, cut to the piece of text a component prints.
import { getEntry, type CollectionEntry } from 'astro:content';

export type ReuseGraph = CollectionEntry<'reuse'>['data'];
export type ReuseSpan = ReuseGraph['spans'][number];

/** The graph, or null when the corpus has no master plan. */
export async function reuseGraph(): Promise<ReuseGraph | null> {
  return (await getEntry('reuse', 'graph'))?.data ?? null;
}

/** The spans of every passage, by passage id, in reading order. */
export function spansByPassage(graph: ReuseGraph | null): Map<string, ReuseSpan[]> {
  const byPassage = new Map<string, ReuseSpan[]>();
  for (const span of graph?.spans ?? []) byPassage.set(span.passageId, [...(byPassage.get(span.passageId) ?? []), span]);
  return byPassage;
}
