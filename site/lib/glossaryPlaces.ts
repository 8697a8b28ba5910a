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

/** Every document's counts file, by document id (a document that holds no term has an empty one). */
export async function termCounts(): Promise<Map<string, TermCountsFile>> {
  const files = new Map<string, TermCountsFile>((await allDocuments()).map((document) => [document.id, {}]));
  for (const term of await glossaryTerms()) for (const entry of term.documents) files.get(entry.documentId)![term.id] = entry.count;
  return files;
}
