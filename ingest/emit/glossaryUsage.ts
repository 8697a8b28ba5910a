// build/glossary.json: every glossary term with where the reader shows it — counts per
// document and the passages to link to — for the glossary page.
import type { DocumentModel } from '../model.ts';
import type { GlossaryTerm } from '../schema/glossary.ts';
import { readingUnits } from '../stages/annotate.ts';

export interface TermPlace {
  /** The paragraph, box item or table the term stands in. */
  id: string;
  count: number;
}

export interface TermUsage extends GlossaryTerm {
  total: number;
  documents: Array<{ documentId: string; count: number; places: TermPlace[] }>;
}

/** Each term's occurrences, from the documents' annotations, in reading order. */
export function glossaryUsage(glossary: readonly GlossaryTerm[], documents: readonly DocumentModel[]): TermUsage[] {
  // term id → document id → anchor → count; Maps keep reading order.
  const found = new Map<string, Map<string, Map<string, number>>>();
  for (const document of documents) {
    for (const block of document.blocks) {
      for (const unit of readingUnits(block)) {
        for (const span of document.annotations[unit.key] ?? []) {
          const byDocument = found.get(span.term) ?? new Map<string, Map<string, number>>();
          const places = byDocument.get(document.id) ?? new Map<string, number>();
          places.set(unit.anchor, (places.get(unit.anchor) ?? 0) + 1);
          byDocument.set(document.id, places);
          found.set(span.term, byDocument);
        }
      }
    }
  }
  return glossary.map((term) => {
    const usage = [...(found.get(term.id) ?? new Map<string, Map<string, number>>())].map(([documentId, places]) => ({
      documentId,
      count: [...places.values()].reduce((sum, count) => sum + count, 0),
      places: [...places].map(([id, count]) => ({ id, count })),
    }));
    return { ...term, total: usage.reduce((sum, entry) => sum + entry.count, 0), documents: usage };
  });
}
