// The large files of build/ the pages read: the documents' models, the cross-references and the
// shared wording. Each is read once per build and checked against its schema (schemas.ts).
// They are not content collections: Astro's content layer writes every entry into one data
// store, then imports it back as one JavaScript module, which grew with the corpus (49 MB at 30×
// the corpus, with seconds spent writing and compiling it) — the small collections stay there
// (content.config.ts).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { documentSchema, phrasesFileSchema, reuseSchema, xrefSchema } from './schemas.ts';
import { once } from './memo.ts';

const buildDir = path.resolve('build');

/** A file of build/ parsed and checked; an error names the file and the first fields that do not fit. */
async function readChecked<Schema extends z.ZodType>(file: string, schema: Schema): Promise<z.infer<Schema>> {
  const result = schema.safeParse(JSON.parse(await readFile(path.join(buildDir, file), 'utf8')));
  if (result.success) return result.data;
  const fields = result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`build/${file} does not hold what the site reads (run npm run ingest again): ${fields.join('; ')}`);
}

/** A file that a corpus without a master plan does not have: null then. */
async function readOptional<Schema extends z.ZodType>(file: string, schema: Schema): Promise<z.infer<Schema> | null> {
  try {
    return await readChecked(file, schema);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export type DocumentData = z.infer<typeof documentSchema>;
export type XrefGraph = z.infer<typeof xrefSchema>;
export type ReuseGraph = z.infer<typeof reuseSchema>;
export type SharedPhrase = z.infer<typeof phrasesFileSchema>['phrases'][number];

/** Every document's model, in the order of their files' names. */
export const documentModels = once(async (): Promise<DocumentData[]> => {
  const files = (await readdir(path.join(buildDir, 'documents'))).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map((file) => readChecked(`documents/${file}`, documentSchema)));
});

/** The cross-references, or null when the corpus has no master plan. */
export const xrefGraph = once(() => readOptional('xref/links.json', xrefSchema));

/** The shared wording, or null when the corpus has no master plan. */
export const reuseGraph = once(() => readOptional('xref/reuse.json', reuseSchema));

/** Every phrase shared with the master plan, longest first as build/xref/phrases.json holds them; none when the corpus has no master plan. */
export const sharedPhrases = once(async (): Promise<SharedPhrase[]> => (await readOptional('xref/phrases.json', phrasesFileSchema))?.phrases ?? []);
