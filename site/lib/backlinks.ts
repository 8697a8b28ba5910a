// A plan section's backlinks as its "Carried out in" panel lists them: one entry per document,
// at the document's best passage, with the document's other passages as short links. The panel
// then grows with the documents that carry a section out, not with each of their passages.

export interface Backlink {
  passageId: string;
  documentId: string;
  score: number;
}

export interface DocumentBacklinks<T extends Backlink> {
  best: T;
  /** The document's other passages that link to the section, best first. */
  others: T[];
}

/** Groups backlinks by document, in the order of each document's best score (ties as given). */
export function backlinksByDocument<T extends Backlink>(backlinks: readonly T[]): Array<DocumentBacklinks<T>> {
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
    .map(({ group: [best, ...others] }) => ({ best: best!, others }));
}
