// The wording a document shares with the master plan (build/xref/reuse.json), as the reader
// marks it: spans by passage, cut to the piece of text a component prints.
import type { Lang } from '../i18n/ui.ts';
import type { DocumentData } from './model.ts';
import { perObject } from './memo.ts';
import { blockHref, wordsHref } from './reader.ts';
import { stretchOf } from '../../ingest/emit/sharedPhrases.ts';
import type { ReuseGraph, SharedPhrase } from './buildFiles.ts';

export { reuseGraph, sharedPhrases, type ReuseGraph, type SharedPhrase } from './buildFiles.ts';
export type ReuseSpan = ReuseGraph['spans'][number];

const spansOf = perObject((graph: ReuseGraph): Map<string, ReuseSpan[]> => {
  const byPassage = new Map<string, ReuseSpan[]>();
  for (const span of graph.spans) {
    const spans = byPassage.get(span.passageId);
    if (spans) spans.push(span);
    else byPassage.set(span.passageId, [span]);
  }
  return byPassage;
});

/** The spans of every passage, by passage id, in reading order. */
export const spansByPassage = (graph: ReuseGraph | null): Map<string, ReuseSpan[]> => (graph ? spansOf(graph) : new Map());

/** The plan's stretches of repeated words (each phrase's places in the plan), by plan passage id, in reading order. */
export function planStretches(phrases: readonly SharedPhrase[]): Map<string, SharedPhrase['plan']> {
  const byPassage = new Map<string, SharedPhrase['plan']>();
  for (const place of phrases.flatMap((phrase) => phrase.plan)) byPassage.set(place.passageId, [...(byPassage.get(place.passageId) ?? []), place]);
  for (const places of byPassage.values()) places.sort((a, b) => a.start - b.start);
  return byPassage;
}

/**
 * Where a link to words of a passage lands: the words themselves in a paragraph (the reader marks
 * shared wording in paragraphs), else the passage.
 */
export function wordsLink(lang: Lang, document: DocumentData, passageId: string, start: number, pages: Map<string, string | null>): string {
  const isParagraph = document.blocks.some((block) => block.id === passageId && block.type === 'paragraph');
  return isParagraph ? wordsHref(lang, document, passageId, start, pages) : blockHref(lang, document, passageId, pages);
}

/** The link from a span of a district passage to the plan's stretch of the same words. */
export function planWordsLink(lang: Lang, master: DocumentData, span: Pick<ReuseSpan, 'planPassageId' | 'planStart'>, stretches: Map<string, SharedPhrase['plan']>, pages: Map<string, string | null>): string {
  const stretch = stretchOf(span, stretches.get(span.planPassageId) ?? []);
  return wordsLink(lang, master, span.planPassageId, stretch?.start ?? span.planStart, pages);
}
