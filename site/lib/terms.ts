// Glossary annotations in the reader, without Astro: cutting a text at its term spans, the
// terms a page shows, and the ids and URLs that tie an annotation to its definition and entry.
import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/ui.ts';
// The model's own types (not the content collection's, which only Astro can resolve): the same shapes.
import type { Annotations, Block, TermSpan } from '../../ingest/model.ts';
import { cellKey, readingUnits } from '../../ingest/stages/annotate.ts';

export { cellKey };

export type { TermSpan };

export interface TextRun {
  text: string;
  span: TermSpan | null;
}

/**
 * Cuts a text into runs at its term spans. `offset` is where the text starts in the annotated
 * unit (a paragraph's text after its bold lead); spans that do not lie wholly inside are dropped.
 * @example termRuns('建设自贸片区', [{ term: 'zi-mao-pian-qu', start: 2, end: 6, first: true }]) // [{ text: '建设', span: null }, { text: '自贸片区', span: … }]
 */
export function termRuns(text: string, spans: readonly TermSpan[], offset = 0): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of spans) {
    const start = span.start - offset;
    const end = span.end - offset;
    if (start < at || end > text.length) continue;
    if (start > at) runs.push({ text: text.slice(at, start), span: null });
    runs.push({ text: text.slice(start, end), span });
    at = end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), span: null });
  return runs;
}

/** The ids of the terms annotated in some blocks, in order of first appearance. */
export function termsIn(blocks: readonly Block[], annotations: Annotations): string[] {
  const ids = new Set<string>();
  for (const block of blocks) for (const unit of readingUnits(block)) for (const span of annotations[unit.key] ?? []) ids.add(span.term);
  return [...ids];
}

export { definitionId } from './termIds.ts';

/** The row of a term on the glossary page. */
export const glossaryHref = (lang: Lang, termId: string): string => localePath(lang, `/glossary/#${termId}`);
