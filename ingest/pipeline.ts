// The ingest pipeline: load → normalize → structure → outline → passages → segment → tag.
// emit is separate (see stages/emit.ts) so that a run can be checked before anything is written.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentModel, IngestResult } from './model.ts';
import { DiagnosticSink, type Diagnostic } from './diagnostics.ts';
import type { ManifestEntry } from './schema/manifest.ts';
import type { Topic } from './schema/topics.ts';
import { loadManifest, loadSource, loadTopics, loadTranslations, type SourceText } from './stages/load.ts';
import { normalize } from './stages/normalize.ts';
import { structure } from './stages/structure.ts';
import { outline } from './stages/outline.ts';
import { checkToc } from './stages/toc.ts';
import { passages } from './stages/passages.ts';
import { translateHeadings } from './stages/translate.ts';
import { loadSegmenter, segment, words } from './stages/segment.ts';
import { linkToMaster, type XrefGraph } from './stages/link.ts';
import { EvidenceCounter, tagKeywords, tagTopics } from './stages/tag.ts';
import { contentChars } from './text/chars.ts';

export interface IngestOptions {
  corpusDir: string;
  searchConfigDir: string;
  /** Called before each document is processed. */
  onProgress?: (done: number, total: number, documentId: string) => void;
}

export interface CorpusRun extends IngestResult {
  manifest: ManifestEntry[];
  topics: Topic[];
  /** Links to the master plan; null when the manifest names no master plan. */
  xref: XrefGraph | null;
}

/** Builds the model of one document from its text: every stage up to segmentation, no I/O. */
export function processDocument(source: SourceText, sink: DiagnosticSink, headingTitlesEn: Readonly<Record<string, string>> = {}): DocumentModel {
  const normalized = normalize(source.text, sink);
  const structured = structure(normalized, source.entry, sink);
  outline(source.entry.id, structured.blocks, sink);
  translateHeadings(structured.blocks, headingTitlesEn, sink);
  if (structured.toc.length > 0) {
    checkToc(structured.toc, structured.blocks.filter((block) => block.type === 'heading'), sink);
  }
  const found = passages(source.entry.id, structured.blocks);
  segment(found);
  return {
    id: source.entry.id,
    meta: source.entry,
    source: {
      file: source.entry.file,
      encoding: source.encoding,
      lines: normalized.lines,
      characters: contentChars(source.text).length,
    },
    sourceTitle: structured.sourceTitle,
    continuation: normalized.continuation,
    toc: structured.toc,
    blocks: structured.blocks,
    passages: found,
  };
}

/** Reads one word a line, skipping blank lines and # comments. */
export async function readWordList(file: string): Promise<Set<string>> {
  const text = await readFile(file, 'utf8');
  return new Set(text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')));
}

/** Runs the whole pipeline over a corpus folder; stops before segmenting when loading found errors. */
export async function ingestCorpus(options: IngestOptions): Promise<CorpusRun> {
  const sinks: DiagnosticSink[] = [];
  const manifest = await loadManifest(options.corpusDir, sinks);
  const topics = await loadTopics(options.corpusDir, sinks);
  const translations = await loadTranslations(options.corpusDir, sinks);
  const sources: Array<{ source: SourceText; sink: DiagnosticSink }> = [];
  for (const entry of manifest) {
    const sink = new DiagnosticSink(path.join(options.corpusDir, entry.file));
    sinks.push(sink);
    const source = await loadSource(options.corpusDir, entry, sink);
    if (source) sources.push({ source, sink });
  }
  const collect = (): Diagnostic[] => sinks.flatMap((sink) => sink.list);
  if (collect().some((diagnostic) => diagnostic.severity === 'error')) {
    return { manifest, topics, documents: [], xref: null, diagnostics: collect() };
  }

  loadSegmenter(path.resolve(options.searchConfigDir, 'user-dict.txt'));
  const stopWords = await readWordList(path.join(options.searchConfigDir, 'stop-words.txt'));
  const documents = sources.map(({ source, sink }, index) => {
    options.onProgress?.(index, sources.length, source.entry.id);
    return processDocument(source, sink, translations.headings[source.entry.id] ?? {});
  });
  const allPassages = documents.flatMap((document) => document.passages);
  const counter = new EvidenceCounter(topics);
  for (const document of documents) tagTopics(document.passages, counter);
  tagKeywords(allPassages, stopWords);
  // The master plan is whichever document the manifest calls one; the first, if several do.
  const master = documents.find((document) => document.meta.kind === 'master-plan');
  const xref = master ? linkToMaster(documents, master, stopWords, words) : null;
  return { manifest, topics, documents, xref, diagnostics: collect() };
}
