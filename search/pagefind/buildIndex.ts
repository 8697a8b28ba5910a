// Builds the Pagefind index of dist/ from build/: one record per passage, its content the
// project's search tokens (not the HTML, which Pagefind would segment its own way), with
// filters for document, kind, level, year, chapter and topic, and the passage as metadata.
// Run by `npm run build` after `astro build`; writes dist/pagefind/.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { blockHref, pageSlugs, type PagedDocument } from '../../site/lib/pages.ts';
import { searchTokens } from '../tokens.ts';

interface SearchDocument {
  passageId: string;
  documentId: string;
  kind: string;
  level: string;
  year: number;
  chapterId: string | null;
  headingPath: string[];
  text: string;
  topics: string[];
}

interface DocumentJson extends PagedDocument {
  passages: Array<{ id: string; headingPath: Array<{ numbering: string | null; title: string; titleEn: string | null }> }>;
}

/** Writes the index into `outputPath`; returns the number of records. */
export async function buildSearchIndex(buildDir: string, outputPath: string): Promise<number> {
  const searchDocuments = JSON.parse(await readFile(path.join(buildDir, 'search', 'documents.json'), 'utf8')) as SearchDocument[];
  const documents = new Map<string, DocumentJson>();
  for (const file of await readdir(path.join(buildDir, 'documents'))) {
    const document = JSON.parse(await readFile(path.join(buildDir, 'documents', file), 'utf8')) as DocumentJson;
    documents.set(document.id, document);
  }
  const slugs = new Map([...documents].map(([id, document]) => [id, pageSlugs(document)]));
  const headingsEn = new Map([...documents.values()].flatMap((document) => document.passages.map((passage) => [passage.id, passage.headingPath] as const)));

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', writePlayground: false });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const passage of searchDocuments) {
    const document = documents.get(passage.documentId)!;
    const path = headingsEn.get(passage.passageId) ?? [];
    const { errors: recordErrors } = await index.addCustomRecord({
      url: blockHref('zh', document, passage.passageId, slugs.get(passage.documentId)),
      content: searchTokens(passage.text).join(' '),
      language: 'en',
      meta: {
        url: blockHref('zh', document, passage.passageId, slugs.get(passage.documentId)),
        documentId: passage.documentId,
        text: passage.text,
        heading: passage.headingPath.join(' › '),
        headingEn: path.map((heading) => heading.titleEn ?? heading.title).join(' › '),
      },
      filters: {
        document: [passage.documentId],
        kind: [passage.kind],
        level: [passage.level],
        year: [String(passage.year)],
        ...(passage.chapterId ? { chapter: [passage.chapterId] } : {}),
        topic: passage.topics,
      },
    });
    if (recordErrors.length > 0) throw new Error(`pagefind: ${passage.passageId}: ${recordErrors.join('; ')}`);
  }
  const { errors: writeErrors } = await index.writeFiles({ outputPath });
  if (writeErrors.length > 0) throw new Error(`pagefind: ${writeErrors.join('; ')}`);
  await pagefind.close();
  return searchDocuments.length;
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '../..');
  const started = performance.now();
  const records = await buildSearchIndex(path.join(root, 'build'), path.join(root, 'dist', 'pagefind'));
  console.log(`pagefind: indexed ${records} passages into dist/pagefind in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
