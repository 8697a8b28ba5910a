// How a topic page lists a document's passages on the topic. Plain TypeScript on the model's own
// types (not the content collection's, which only Astro can resolve), so the unit tests can load it.
import type { Passage } from '../../ingest/model.ts';

/** True when the passage has the topic from evidence of its own (not inherited from its chapter). */
export const hasOwnTopic = (passage: Pick<Passage, 'topics'>, topicId: string): boolean =>
  passage.topics.some((topic) => topic.id === topicId && !topic.inherited);

/** A passage's own score for a topic (0 when it has the topic only from its chapter). */
const ownScore = (passage: Pick<Passage, 'topics'>, topicId: string): number =>
  passage.topics.find((topic) => topic.id === topicId && !topic.inherited)?.score ?? 0;

/** How many passages of a document a topic page quotes. */
export const quotedPerDocument = 3;

/**
 * A document's passages on a topic as its topic page lists them: the `shown` strongest quoted,
 * the rest as short links, each part in reading order. The page then grows with the documents
 * on a topic, not with every passage of theirs quoted whole.
 */
export function topicPassages<P extends Pick<Passage, 'topics'>>(passages: readonly P[], topicId: string, shown = quotedPerDocument): { quoted: P[]; others: P[] } {
  const own = passages.filter((passage) => hasOwnTopic(passage, topicId));
  const strongest = new Set([...own].sort((a, b) => ownScore(b, topicId) - ownScore(a, topicId)).slice(0, shown));
  return { quoted: own.filter((passage) => strongest.has(passage)), others: own.filter((passage) => !strongest.has(passage)) };
}


/** How many documents a topic page quotes passages of; it links every passage of the others. */
export const quotedDocuments = 10;

/**
 * The documents a topic page quotes: the `count` the topic takes the largest share of (ties in
 * the order given), so that the page grows by a line per further document, not by three quotes.
 */
export function strongestDocuments(shares: ReadonlyArray<{ id: string; share: number }>, count = quotedDocuments): Set<string> {
  return new Set([...shares].filter((entry) => entry.share > 0).sort((a, b) => b.share - a.share).slice(0, count).map((entry) => entry.id));
}
