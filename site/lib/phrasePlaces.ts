// A phrase's places for the phrases page, by document, and the file of those beyond the first
// few (placesFile.ts).
import type { DocumentData } from './model.ts';
import { wordsLink, type SharedPhrase } from './reuse.ts';
import { documentsShown, type PlacesFile } from './placesFile.ts';
import { belowDocument } from './reader.ts';

export interface PlaceRef {
  place: SharedPhrase['plan'][number] | SharedPhrase['occurrences'][number];
  /** False where the document changed a word of the phrase. */
  exact: boolean;
}

/** A phrase's places by document, in the phrase's order of documents (the plan's first). */
export function placesByDocument(phrase: SharedPhrase, documents: ReadonlyMap<string, DocumentData>): Array<{ document: DocumentData; places: PlaceRef[] }> {
  return phrase.documents.map((id) => ({
    document: documents.get(id)!,
    places: [...phrase.plan, ...phrase.occurrences].filter((place) => place.documentId === id).map((place) => ({ place, exact: !('exact' in place) || place.exact === true })),
  }));
}

/** The documents of a phrase beyond those its row shows, with their places; null when the row shows them all. */
export function placesFile(phrase: SharedPhrase, documents: ReadonlyMap<string, DocumentData>, pages: ReadonlyMap<string, Map<string, string | null>>): PlacesFile | null {
  const rest = placesByDocument(phrase, documents).slice(documentsShown);
  if (rest.length === 0) return null;
  return {
    entries: rest.map(({ document, places }) => [document.id, places.map(({ place, exact }) => [belowDocument(document, wordsLink('zh', document, place.passageId, place.start, pages.get(document.id)!)), exact])]),
  };
}
