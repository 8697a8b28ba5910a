// Where each glossary term occurs, as links into the reader: the glossary page fetches this
// (/glossary/places.json, per language) when a reader opens a term's places, so the page itself
// does not carry some 1,300 links; the count per document the page sorts by comes from it too.
import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/ui.ts';
import { allDocuments, blockHref } from './reader.ts';
import { pageSlugs } from '../../ingest/address.ts';

export interface TermPlaces {
  documentId: string;
  /** How often the term occurs in the document (a passage may hold it more than once). */
  count: number;
  /** The document's short title in the page's language. */
  document: string;
  /** Reader URLs of the passages holding it, in reading order. */
  hrefs: string[];
}

/** Every term's places, by term id, with URLs in a language. */
export async function glossaryPlaces(lang: Lang): Promise<Record<string, TermPlaces[]>> {
  const documents = new Map((await allDocuments()).map((document) => [document.id, { document, slugs: pageSlugs(document) }]));
  const terms = (await getCollection('glossary')).map((entry) => entry.data);
  return Object.fromEntries(
    terms.map((term) => [
      term.id,
      term.documents.map((entry) => {
        const { document, slugs } = documents.get(entry.documentId)!;
        return { documentId: document.id, count: entry.count, document: document.meta.shortTitle[lang], hrefs: entry.places.map((place) => blockHref(lang, document, place.id, slugs)) };
      }),
    ]),
  );
}
