// Where each glossary term occurs, as links into the reader, and how often per document: the
// files the glossary page fetches on demand (glossaryFiles.ts), so that the page itself does not
// carry every link, nor a count for every term and document.
import { getCollection } from 'astro:content';
import { allDocuments, belowDocument, blockHref } from './reader.ts';
import { pageSlugs } from '../../ingest/address.ts';
import type { TermCountsFile, TermPlacesFile } from './glossaryFiles.ts';

const glossaryTerms = async () => (await getCollection('glossary')).map((entry) => entry.data);

/** Every term's places file, by term id. */
export async function termPlaces(): Promise<Map<string, TermPlacesFile>> {
  const documents = new Map((await allDocuments()).map((document) => [document.id, { document, slugs: pageSlugs(document) }]));
  return new Map(
    (await glossaryTerms()).map((term) => [
      term.id,
      term.documents.map((entry) => {
        const { document, slugs } = documents.get(entry.documentId)!;
        return [document.id, entry.places.map((place) => belowDocument(document, blockHref('zh', document, place.id, slugs)))];
      }),
    ]),
  );
}

/** Every term's count per document that holds it. */
export async function termCounts(): Promise<TermCountsFile> {
  return Object.fromEntries((await glossaryTerms()).map((term) => [term.id, Object.fromEntries(term.documents.map((entry) => [entry.documentId, entry.count]))]));
}
