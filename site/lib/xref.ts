// The cross-references as the pages use them: links of a passage, backlinks of a section,
// and the section × chapter grid of the compare page.
import type { DocumentData, HeadingBlock } from './model.ts';
import { perObject } from './memo.ts';
import type { XrefGraph } from './buildFiles.ts';

export { xrefGraph, type XrefGraph } from './buildFiles.ts';
export type PassageLinks = XrefGraph['links'][number];
export type LinkTarget = PassageLinks['targets'][number];

/** The links of every passage, by passage id. */
export const linksByPassage = perObject((graph: XrefGraph): Map<string, LinkTarget[]> => new Map(graph.links.map((link) => [link.passageId, link.targets])));

/** The linked sections of every plan, by id. */
export const sectionsById = perObject((graph: XrefGraph) => new Map(graph.sections.map((section) => [section.id, section])));

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
