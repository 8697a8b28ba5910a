// Where the phrases page lists a phrase's places: the first few documents' in the page, the rest
// in a file of the phrase's own (/phrases/places/<id>.json, made by phrasePlaces.ts) that the
// page draws when asked, so that the page grows with the phrases, not with the phrases times the
// documents holding them. Both languages' pages share the file: its links are the Chinese
// site's, below the document's path. No imports: the page script and the checks read it too.

/** Documents whose places a row lists in the page: the plan and two more. */
export const documentsShown = 3;

export interface PlacesFile {
  /**
   * Per document beyond those shown, its places: the link to the words below /docs/<document>/,
   * and whether they are the phrase word for word. The page names the document from its list of
   * documents (the document filter).
   */
  entries: Array<[documentId: string, places: Array<[href: string, exact: boolean]>]>;
}

export const placesFileHref = (phraseId: string): string => `/phrases/places/${phraseId}.json`;

