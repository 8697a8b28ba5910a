// The work the side thread (sideThread.ts) can be given: corpus stages that read only part of
// the documents' models (their passages' texts, their blocks) and so can run beside the stages
// that read the rest. Each takes one structured-clonable input and returns a clonable result.
import { lexiconOf, type LexiconSources } from './corpusLexicon.ts';
import { documentMarkdown, type MarkdownSource } from './emit/markdown.ts';
import { findReuse, type ReuseDocument, type ReuseOptions } from './stages/reuse.ts';

export interface ReuseJob {
  documents: readonly ReuseDocument[];
  plan: ReuseDocument;
  options: ReuseOptions;
}

export const sideTasks = {
  lexicon: (sources: LexiconSources) => lexiconOf(sources),
  reuse: ({ documents, plan, options }: ReuseJob) => findReuse(documents, plan, options),
  /** Each document as Markdown, by id. */
  markdown: (documents: readonly MarkdownSource[]) => new Map(documents.map((document) => [document.id, documentMarkdown(document)])),
};

export type SideTasks = typeof sideTasks;
export type SideTask = keyof SideTasks;
