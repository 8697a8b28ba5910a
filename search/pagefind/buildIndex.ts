// Builds the Pagefind index of dist/ from build/: one record per passage and per heading, box
// title and caption, its content the
// project's search tokens (not the HTML, which Pagefind would segment its own way), with
// filters for document, chapter and topic, and the passage as metadata; its document's kind,
// level and year go into a table beside the index (documentFilters.ts); then
// what the site never reads is taken out of what Pagefind wrote (slim.ts), and the fragments get
// names that the metadata the first query loads can compress (fragmentNames.ts).
// `npm run build` (site/build.ts) calls buildSearchIndex on the folder it builds the site in; run
// alone, this script writes dist/pagefind/.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { loadSearchInputs, type SearchInputs } from '../buildData.ts';
import { recordTokens, type SearchDocumentInput } from '../meilisearch/documents.ts';
import { slimIndex } from './slim.ts';
import { numberFragments } from './fragmentNames.ts';
import { documentFilterFile, type DocumentFilterTable } from './documentFilters.ts';

const omitEmpty = (meta: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== ''));

/** Each document's kind, level and year, as the search records give them. */
const documentFilterTable = (documents: readonly SearchDocumentInput[]): DocumentFilterTable =>
  Object.fromEntries(documents.map((record) => [record.documentId, { kind: record.kind, level: record.level, year: String(record.year) }]));

/** Writes the index into `outputPath`; returns the number of records. */
export async function buildSearchIndex(buildDir: string, outputPath: string): Promise<number> {
  return writeSearchIndex(await loadSearchInputs(buildDir), outputPath);
}

/** Writes the index of search inputs already read (the bench's synthetic corpora) into `outputPath`. */
export async function writeSearchIndex({ documents, urls, headingsEn }: SearchInputs, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', writePlayground: false });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const passage of documents) {
    const url = urls.get(passage.passageId)!;
    const { errors: recordErrors } = await index.addCustomRecord({
      url,
      content: recordTokens(passage).join(' '),
      language: 'en',
      // The URL and the document are the result's own url and document filter (see engine.ts
      // pagefindMeta); empty fields are left out: every fragment is fetched by some query.
      meta: omitEmpty({
        kind: passage.recordKind === 'paragraph' ? '' : passage.recordKind,
        text: passage.text,
        before: passage.before,
        textEn: passage.textEn,
        heading: passage.headingPath.join(' › '),
        headingEn: headingsEn.get(passage.passageId) ?? '',
      }),
      filters: {
        document: [passage.documentId],
        ...(passage.chapterId ? { chapter: [passage.chapterId] } : {}),
        topic: passage.topics,
      },
    });
    if (recordErrors.length > 0) throw new Error(`pagefind: ${passage.passageId}: ${recordErrors.join('; ')}`);
  }
  const { errors: writeErrors } = await index.writeFiles({ outputPath });
  if (writeErrors.length > 0) throw new Error(`pagefind: ${writeErrors.join('; ')}`);
  await pagefind.close();
  await slimIndex(outputPath);
  await numberFragments(outputPath);
  await writeFile(path.join(outputPath, documentFilterFile), JSON.stringify(documentFilterTable(documents)));
  return documents.length;
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '../..');
  const started = performance.now();
  const records = await buildSearchIndex(path.join(root, 'build'), path.join(root, 'dist', 'pagefind'));
  console.log(`pagefind: indexed ${records} records (passages and titles) into dist/pagefind in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
