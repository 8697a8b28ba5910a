// What both search backends index, read from build/: the search documents, and for each
// passage its reader URL and English heading path.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { blockHref, pageSlugs, type PagedDocument } from '../ingest/address.ts';
import type { SearchDocumentInput } from './meilisearch/documents.ts';
import type { Lexicon } from './crosslingual/lexicon.ts';

interface DocumentJson extends PagedDocument {
  passages: Array<{ id: string; headingPath: Array<{ title: string; titleEn: string | null }> }>;
}

export interface SearchInputs {
  documents: SearchDocumentInput[];
  /** Site-relative URL (Chinese pages) with the passage's fragment, by passage id. */
  urls: Map<string, string>;
  /** The heading path in English where translated, by passage id. */
  headingsEn: Map<string, string>;
}

/** Reads build/search/documents.json and the document models for the URLs. */
export async function loadSearchInputs(buildDir: string): Promise<SearchInputs> {
  const documents = JSON.parse(await readFile(path.join(buildDir, 'search', 'documents.json'), 'utf8')) as SearchDocumentInput[];
  const urls = new Map<string, string>();
  const headingsEn = new Map<string, string>();
  for (const file of await readdir(path.join(buildDir, 'documents'))) {
    const document = JSON.parse(await readFile(path.join(buildDir, 'documents', file), 'utf8')) as DocumentJson;
    const slugs = pageSlugs(document);
    for (const passage of document.passages) {
      urls.set(passage.id, blockHref('zh', document, passage.id, slugs));
      headingsEn.set(passage.id, passage.headingPath.map((heading) => heading.titleEn ?? heading.title).join(' › '));
    }
  }
  return { documents, urls, headingsEn };
}

/** Reads build/search/lexicon.json, the cross-lingual lexicon ingest wrote. */
export async function loadLexicon(buildDir: string): Promise<Lexicon> {
  return JSON.parse(await readFile(path.join(buildDir, 'search', 'lexicon.json'), 'utf8')) as Lexicon;
}
