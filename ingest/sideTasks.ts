// The work the side thread (sideThread.ts) can be given: corpus stages that read only part of
// the documents' models (their passages' texts, their blocks) and so can run beside the stages
// that read the rest, and the files of build/ made of their results. Each takes one
// structured-clonable input and returns a clonable result.
import { lexiconOf, type LexiconSources } from './corpusLexicon.ts';
import { documentMarkdown, type MarkdownSource } from './emit/markdown.ts';
import { findReuse, type ReuseDocument, type ReuseOptions } from './stages/reuse.ts';
import type { CorpusReuse } from './stages/planGraphs.ts';
import { fileBytes, type FileContent } from './emit/fileContent.ts';
import { markdownFile, reuseOutputs } from './emit/outputs.ts';

export interface ReuseJob {
  documents: readonly ReuseDocument[];
  plan: ReuseDocument;
  options: ReuseOptions;
}

export interface ReuseFilesJob {
  reuse: CorpusReuse;
  planTexts: ReadonlyMap<string, string>;
  documentIds: readonly string[];
}

/** Files of build/ by path, as bytes: the side thread hands them over without copying them. */
const bytesOf = (files: Iterable<readonly [string, FileContent]>): Map<string, Uint8Array> => new Map(Array.from(files, ([file, content]) => [file, fileBytes(content)]));

export const sideTasks = {
  lexicon: (sources: LexiconSources) => lexiconOf(sources),
  reuse: ({ documents, plan, options }: ReuseJob) => findReuse(documents, plan, options),
  /** Each document's Markdown file. */
  markdown: (documents: readonly MarkdownSource[]) => bytesOf(documents.map((document) => [markdownFile(document.id), documentMarkdown(document)])),
  /** The files of the shared wording. */
  reuseFiles: ({ reuse, planTexts, documentIds }: ReuseFilesJob) => bytesOf(reuseOutputs(reuse, planTexts, documentIds)),
};

export type SideTasks = typeof sideTasks;
export type SideTask = keyof SideTasks;
