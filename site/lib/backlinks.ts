// A plan section's backlinks as its "Carried out in" panel lists them: one entry per document,
// at the document's best passage, with the document's other passages as short links. The panel
// then grows with the documents that carry a section out, not with each of their passages; and
// only the strongest few documents are quoted, the others named, so that a plan's page stays
// readable when hundreds of documents carry it out.

export interface Backlink {
  passageId: string;
  documentId: string;
  score: number;
}

export interface DocumentBacklinks<T extends Backlink> {
  best: T;
  /** The document's other passages that link to the section, best first. */
  others: T[];
  /** Among the strongest documents, whose best passage the panel quotes. */
  quoted: boolean;
}

/** How many documents a "Carried out in" panel quotes; it names the others. */
export const quotedDocuments = 5;

/** Groups backlinks by document, in the order of each document's best score (ties as given), the first `quoted` quoted. */
export function backlinksByDocument<T extends Backlink>(backlinks: readonly T[], quoted = quotedDocuments): Array<DocumentBacklinks<T>> {
  const groups = new Map<string, T[]>();
  for (const backlink of backlinks) {
    const group = groups.get(backlink.documentId);
    if (group) group.push(backlink);
    else groups.set(backlink.documentId, [backlink]);
  }
  const byBest = [...groups.values()].map((group) => [...group].sort((a, b) => b.score - a.score));
  return byBest
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group[0]!.score - a.group[0]!.score || a.order - b.order)
    .map(({ group: [best, ...others] }, index) => ({ best: best!, others, quoted: index < quoted }));
}
