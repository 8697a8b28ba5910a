// What goes into build/, as a map from relative path to file content, computed without I/O
// so that two runs can be compared and a failed run writes nothing.
import type { Block, BlockType, DocumentModel } from '../model.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { CorpusRun } from '../pipeline.ts';
import type { CorpusReuse } from '../stages/planGraphs.ts';
import { searchDocuments } from './searchDocuments.ts';
import { linksCsv } from './xrefCsv.ts';
import { glossaryUsage } from './glossaryUsage.ts';
import { Chunks, type FileContent } from './fileContent.ts';
import { sharedPhrases } from './sharedPhrases.ts';
import { phrasesCsv } from './phrasesCsv.ts';

/** Version of the build/ JSON layout described in the README; bump it on any breaking change. */
export const buildSchemaVersion = 1;

/** The pieces of a JSON array, one group of elements at a time: JSON.stringify's bytes of them all. */
function* arrayPieces(groups: Iterable<readonly unknown[]>): Generator<string> {
  yield '[';
  let first = true;
  for (const group of groups) {
    if (group.length === 0) continue;
    const inner = JSON.stringify(group).slice(1, -1);
    yield first ? inner : `,${inner}`;
    first = false;
  }
  yield ']';
}

/** A JSON array written one group of elements at a time: the same bytes as compactJson of them all. */
export function compactJsonArray(groups: () => Iterable<readonly unknown[]>): Chunks {
  return new Chunks(function* () {
    yield* arrayPieces(groups());
    yield '\n';
  });
}

/** Elements of an array a thousand at a time. */
function* thousands(array: readonly unknown[]): Generator<readonly unknown[]> {
  for (let start = 0; start < array.length; start += 1000) yield array.slice(start, start + 1000);
}

/** An object written one field at a time, its arrays a thousand elements at a time: the same bytes as compactJson. */
export function compactJsonFields(value: Readonly<Record<string, unknown>>): Chunks {
  return new Chunks(function* () {
    let separator = '{';
    for (const [key, field] of Object.entries(value)) {
      const text = Array.isArray(field) ? null : JSON.stringify(field);
      // JSON.stringify leaves out a field it cannot write (undefined, a function).
      if (text === undefined) continue;
      yield `${separator}${JSON.stringify(key)}:`;
      separator = ',';
      if (text === null) yield* arrayPieces(thousands(field as unknown[]));
      else yield text;
    }
    yield separator === '{' ? '{}\n' : '}\n';
  });
}

/** Indented JSON, for the small files people open. */
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
/** One line of JSON, for the large files programs read: indenting every token would triple them. */
const compactJson = (value: unknown): string => `${JSON.stringify(value)}\n`;

export interface DocumentStats {
  blocks: Record<BlockType, number>;
  boxItems: number;
  passages: number;
  characters: number;
  diagnostics: Record<Diagnostic['severity'], number>;
}

/** Counts a document's blocks by type, its passages and its diagnostics. */
export function documentStats(document: DocumentModel, diagnostics: readonly Diagnostic[]): DocumentStats {
  const blocks: Record<BlockType, number> = { heading: 0, paragraph: 0, box: 0, table: 0, figure: 0 };
  for (const block of document.blocks) blocks[block.type] += 1;
  const own = diagnostics.filter((diagnostic) => diagnostic.file.endsWith(`/${document.source.file}`) || diagnostic.file === document.source.file);
  return {
    blocks,
    boxItems: document.blocks.reduce((total, block: Block) => total + (block.type === 'box' ? block.items.length : 0), 0),
    passages: document.passages.length,
    characters: document.source.characters,
    diagnostics: {
      error: own.filter((diagnostic) => diagnostic.severity === 'error').length,
      warning: own.filter((diagnostic) => diagnostic.severity === 'warning').length,
      info: own.filter((diagnostic) => diagnostic.severity === 'info').length,
    },
  };
}

/** Each document's own diagnostics, as documentStats counts them, found in one pass over the diagnostics. */
export function diagnosticsByDocument(documents: readonly DocumentModel[], diagnostics: readonly Diagnostic[]): Map<DocumentModel, Diagnostic[]> {
  const byFile = new Map<string, DocumentModel[]>();
  for (const document of documents) byFile.set(document.source.file, [...(byFile.get(document.source.file) ?? []), document]);
  const own = new Map<DocumentModel, Diagnostic[]>(documents.map((document) => [document, []]));
  for (const diagnostic of diagnostics) {
    // The file itself, and every ending of it after a "/": the names a document's source file may match.
    const names = new Set([diagnostic.file, ...[...diagnostic.file.matchAll(/\//gu)].map((slash) => diagnostic.file.slice(slash.index + 1))]);
    for (const name of names) for (const document of byFile.get(name) ?? []) own.get(document)!.push(diagnostic);
  }
  return own;
}

/** Where a document's Markdown goes (made on the side thread: emit/markdown.ts). */
export const markdownFile = (documentId: string): string => `markdown/${documentId}.md`;

/** The shared wording with every master plan, its phrases as JSON and as CSV. `planTexts` holds the plans' passages' texts by id. */
export function* reuseOutputs(reuse: CorpusReuse, planTexts: ReadonlyMap<string, string>, documentIds: readonly string[]): Generator<[string, FileContent]> {
  yield ['xref/reuse.json', compactJsonFields({ schemaVersion: buildSchemaVersion, ...reuse })];
  const phrases = sharedPhrases(reuse, planTexts, documentIds);
  yield ['xref/phrases.json', compactJson({ schemaVersion: buildSchemaVersion, planIds: reuse.planIds, phrases })];
  yield ['xref/phrases.csv', phrasesCsv(phrases)];
}

/**
 * Every file of build/ as [path relative to build/, content], made one at a time; last those the
 * side thread made (`run.prepared`), which it goes on making while the others are written.
 */
export async function* buildOutputs(run: CorpusRun): AsyncGenerator<[string, FileContent]> {
  const own = diagnosticsByDocument(run.documents, run.diagnostics);
  yield [
    'corpus.json',
    json({
      schemaVersion: buildSchemaVersion,
      documents: run.documents.map((document) => ({
        ...document.meta,
        sourceTitle: document.sourceTitle,
        head: document.head,
        continuation: document.continuation,
        stats: documentStats(document, own.get(document)!),
      })),
      topics: run.topics.map(({ id, zh, en }) => ({ id, zh, en })),
    }),
  ];
  for (const document of run.documents) {
    yield [`documents/${document.id}.json`, compactJson({ schemaVersion: buildSchemaVersion, ...document })];
  }
  yield ['search/documents.json', compactJsonArray(function* () {
    for (const document of run.documents) yield searchDocuments(document);
  })];
  yield ['search/lexicon.json', compactJson({ schemaVersion: buildSchemaVersion, ...run.lexicon })];
  yield ['glossary.json', compactJson({ schemaVersion: buildSchemaVersion, terms: glossaryUsage(run.glossary, run.documents) })];
  if (run.xref) {
    yield ['xref/links.json', compactJsonFields({ schemaVersion: buildSchemaVersion, ...run.xref })];
    yield ['xref/links.csv', linksCsv(run)];
  }
  yield* await run.prepared;
  yield ['diagnostics.json', json(run.diagnostics)];
}

/** Every file of build/ by path, once the side thread's are made too. */
export async function outputFiles(run: CorpusRun): Promise<Map<string, FileContent>> {
  const files = new Map<string, FileContent>();
  for await (const [file, content] of buildOutputs(run)) files.set(file, content);
  return files;
}
