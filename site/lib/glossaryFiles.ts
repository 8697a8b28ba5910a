// The files the glossary page fetches when asked (made by glossaryPlaces.ts): a term's places,
// one file per term, when a reader opens them; the terms' counts in one document, one file per
// document, when the rows are sorted by that document. Both languages' pages share them: the links are the Chinese
// site's, below the document's path. No imports: the page script and the checks read it too.

/**
 * Per document holding the term: its id and the reader links of the passages holding the term, in
 * reading order, each below /docs/<document>/ (the page names the document from its list of
 * documents, and puts the language's prefix and the document's path before the link).
 */
export type TermPlacesFile = Array<[documentId: string, hrefs: string[]]>;

/** Per term id, how often the term occurs in one document (a passage may hold it more than once); terms it lacks are left out. */
export type TermCountsFile = Record<string, number>;

export const termPlacesHref = (termId: string): string => `/glossary/places/${termId}.json`;

export const termCountsHref = (documentId: string): string => `/glossary/counts/${documentId}.json`;
