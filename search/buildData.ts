// What both search backends index, read from build/: the search documents (one per passage and
// per title, each with its reader URL, which ingest/address.ts made), and the lexicon.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchDocumentInput } from './meilisearch/documents.ts';
import type { Lexicon } from './crosslingual/lexicon.ts';
import type { SearchDocument } from '../ingest/emit/searchDocuments.ts';

export interface SearchInputs {
  documents: SearchDocumentInput[];
  /** Site-relative URL (Chinese pages) with the record's fragment, by block id. */
  urls: Map<string, string>;
  /** The heading path in English where translated, by block id. */
  headingsEn: Map<string, string>;
}

/** Reads build/search/documents.json. */
export async function loadSearchInputs(buildDir: string): Promise<SearchInputs> {
  const documents = JSON.parse(await readFile(path.join(buildDir, 'search', 'documents.json'), 'utf8')) as SearchDocument[];
  return {
    documents,
    urls: new Map(documents.map((document) => [document.passageId, document.url])),
    headingsEn: new Map(documents.map((document) => [document.passageId, document.headingPathEn.join(' › ')])),
  };
}

/** Reads build/search/lexicon.json, the cross-lingual lexicon ingest wrote. */
export async function loadLexicon(buildDir: string): Promise<Lexicon> {
  return JSON.parse(await readFile(path.join(buildDir, 'search', 'lexicon.json'), 'utf8')) as Lexicon;
}
