// annotate: finds the glossary's terms in the text the reader shows — paragraphs, box items,
// table cells — as whole jieba words, longest form first, and marks each term's first
// occurrence in every section so that the reader can annotate only those.
import type { Block, TermSpan, Annotations, Passage } from '../model.ts';
import { wordEdges } from '../text/wordEdges.ts';
import { chineseForms, type GlossaryTerm } from '../schema/glossary.ts';

export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

/** Finds glossary terms in a text; `edges`, where its words start and end when it is already segmented, spares cutting it again. */
export type TermMatcher = (text: string, edges?: ReadonlySet<number>) => TermMatch[];

/**
 * A matcher over every Chinese form of every term. `boundaries` gives the offsets where words
 * start and end; a form is only taken where both its ends fall on one.
 */
export function termMatcher(terms: readonly GlossaryTerm[], boundaries: (text: string) => ReadonlySet<number>): TermMatcher {
  const byFirstChar = new Map<string, Array<{ form: string; term: string }>>();
  for (const term of terms) {
    for (const form of chineseForms(term)) {
      const list = byFirstChar.get(form[0]!) ?? [];
      list.push({ form, term: term.id });
      byFirstChar.set(form[0]!, list);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.form.length - a.form.length);

  return (text, edges) => {
    const matches: TermMatch[] = [];
    // Word boundaries of the sentence around each candidate, cut once: most sentences hold no
    // term and are never segmented again (jieba cuts at these marks too, so the whole text's cut
    // has the same boundaries, which `edges` gives when it was cut already).
    const cuts = new Map<number, ReadonlySet<number>>();
    const onBoundary = (offset: number, sentenceStart: number, sentence: string): boolean => {
      if (edges) return edges.has(offset);
      let cut = cuts.get(sentenceStart);
      if (!cut) {
        cut = boundaries(sentence);
        cuts.set(sentenceStart, cut);
      }
      return cut.has(offset - sentenceStart);
    };
    for (let start = 0; start < text.length; start += 1) {
      const candidates = byFirstChar.get(text[start]!);
      if (!candidates) continue;
      for (const { form, term } of candidates) {
        if (!text.startsWith(form, start)) continue;
        const end = start + form.length;
        const [sentenceStart, sentenceEnd] = sentenceAround(text, start, end);
        const sentence = text.slice(sentenceStart, sentenceEnd);
        if (!onBoundary(start, sentenceStart, sentence) || !onBoundary(end, sentenceStart, sentence)) continue;
        matches.push({ term, start, end });
        start = end - 1;
        break;
      }
    }
    return matches;
  };
}

const sentenceEnd = /[。！？；\n]/u;

/** The sentence (up to 。！？； or a line break) that holds text[start, end). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !sentenceEnd.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !sentenceEnd.test(text[to - 1]!)) to += 1;
  return [from, to];
}

/** The key of a table cell in the annotations: `<table id>/h<col>` for the header, `/r<row>c<col>` for the body. */
export const cellKey = (tableId: string, row: number | 'header', column: number): string =>
  row === 'header' ? `${tableId}/h${column}` : `${tableId}/r${row}c${column}`;

export interface ReadingUnit {
  /** Where its annotations are kept. */
  key: string;
  /** The block or box item a link to it points at. */
  anchor: string;
  text: string;
}

/** The texts of a block that the reader shows as running text. */
export function readingUnits(block: Block): ReadingUnit[] {
  switch (block.type) {
    case 'paragraph':
      return [{ key: block.id, anchor: block.id, text: block.text }];
    case 'box':
      return block.items.map((item) => ({ key: item.id, anchor: item.id, text: item.text }));
    case 'table':
      return [
        ...block.header.map((text, column) => ({ key: cellKey(block.id, 'header', column), anchor: block.id, text })),
        ...block.rows.flatMap((row, index) => row.map((text, column) => ({ key: cellKey(block.id, index, column), anchor: block.id, text }))),
      ];
    case 'heading':
    case 'figure':
      return [];
  }
}

/**
 * The terms of every reading unit of a document; a chapter or section heading starts a new
 * section. A unit that is a segmented passage (same id, same text) is matched on its words.
 */
export function annotate(blocks: readonly Block[], match: TermMatcher, passages: readonly Passage[] = []): Annotations {
  const segmented = new Map(passages.map((passage) => [passage.id, passage]));
  const annotations: Annotations = {};
  let seen = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'heading' && block.level <= 2) seen = new Set();
    for (const unit of readingUnits(block)) {
      const passage = segmented.get(unit.key);
      const edges = passage && passage.text === unit.text ? wordEdges(passage.text, passage.tokens) : undefined;
      const spans: TermSpan[] = match(unit.text, edges).map((found) => {
        const first = !seen.has(found.term);
        seen.add(found.term);
        return { ...found, first };
      });
      if (spans.length > 0) annotations[unit.key] = spans;
    }
  }
  return annotations;
}
