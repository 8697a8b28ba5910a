// The cross-references as the pages use them: links of a passage, backlinks of a section,
// and the section × chapter grid of the compare page.
import { getEntry, type CollectionEntry } from 'astro:content';
import type { DocumentData, HeadingBlock } from './model.ts';

export type XrefGraph = CollectionEntry<'xref'>['data'];
export type PassageLinks = XrefGraph['links'][number];
export type LinkTarget = PassageLinks['targets'][number];

/** Score at which a link's bar is full; scores of right links in the evaluation set have a median near 58. */
export const fullBarScore = 60;

/** The graph, or null when the corpus has no master plan. */
export async function xrefGraph(): Promise<XrefGraph | null> {
  return (await getEntry('xref', 'graph'))?.data ?? null;
}

/** The links of every passage, by passage id. */
export const linksByPassage = (graph: XrefGraph): Map<string, LinkTarget[]> => new Map(graph.links.map((link) => [link.passageId, link.targets]));

/**
 * Splits a text into runs, marking every occurrence of the given terms.
 * @example highlight('海洋牧场建设', ['海洋牧场']) // [{ text: '海洋牧场', marked: true }, { text: '建设', marked: false }]
 */
export function highlight(text: string, terms: readonly string[]): Array<{ text: string; marked: boolean }> {
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(sorted.map((term) => term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
  const runs: Array<{ text: string; marked: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), marked: false });
    runs.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), marked: false });
  return runs;
}

export interface HeatmapRow {
  /** The outermost heading above the passages of the row, or null for text before any heading. */
  heading: HeadingBlock | null;
  /** Per master-plan chapter id, the links from passages under this heading into that chapter. */
  cells: Map<string, Array<{ passageId: string; target: LinkTarget }>>;
}

/** The compare grid of one document: its top-level sections × the master plan's chapters. */
export function heatmapRows(document: DocumentData, graph: XrefGraph): HeatmapRow[] {
  const chapterOf = new Map(graph.sections.map((section) => [section.id, section.chapterId]));
  const links = linksByPassage(graph);
  const headings = new Map(document.blocks.flatMap((block) => (block.type === 'heading' ? [[block.id, block] as const] : [])));
  const rows = new Map<string, HeatmapRow>();
  for (const passage of document.passages) {
    const top = passage.headingPath[0]?.id ?? '';
    const row = rows.get(top) ?? { heading: headings.get(top) ?? null, cells: new Map() };
    rows.set(top, row);
    for (const target of links.get(passage.id) ?? []) {
      const chapter = chapterOf.get(target.sectionId)!;
      row.cells.set(chapter, [...(row.cells.get(chapter) ?? []), { passageId: passage.id, target }]);
    }
  }
  return [...rows.values()];
}
