// The ingest pipeline: load → normalize → structure → outline → passages → segment → annotate
// → tag → link, and the cross-lingual lexicon; reuse, the lexicon and some of emit's files beside
// them for a large corpus (sideThread.ts).
// emit is separate (see emit/outputs.ts) so that a run can be checked before anything is written.
import path from 'node:path';
import type { DocumentModel, IngestResult } from './model.ts';
import { DiagnosticSink, type Diagnostic } from './diagnostics.ts';
import type { ManifestEntry } from './schema/manifest.ts';
import type { Topic } from './schema/topics.ts';
import { loadGlossary, loadManifest, loadReuseOptions, loadSource, loadTopics, loadTranslationFile, loadTranslations, readWordList, type SourceText } from './stages/load.ts';
import { alignTranslations } from './stages/alignTranslations.ts';
import { normalize } from './stages/normalize.ts';
import { structure } from './stages/structure.ts';
import { outline } from './stages/outline.ts';
import { checkToc } from './stages/toc.ts';
import { passages } from './stages/passages.ts';
import { checkDocument } from './stages/check.ts';
import { translateHeadings } from './stages/translate.ts';
import { loadSegmenter, segment, wordBoundaries, words } from './stages/segment.ts';
import { annotate, termMatcher, type TermMatcher } from './stages/annotate.ts';
import { chineseForms, type GlossaryTerm } from './schema/glossary.ts';
import { buildLexicon, type Lexicon } from './stages/lexicon.ts';
import { lexiconSources } from './corpusLexicon.ts';
import { defaultLinkOptions, linkToMaster } from './stages/link.ts';
import { reuseDocument, type ReuseGraph } from './stages/reuse.ts';
import { markdownSource } from './emit/markdown.ts';
import { sideHere, sideWorker } from './sideThread.ts';
import { masterPlans } from './stages/planChoice.ts';
import { joinReuse, joinXref, type CorpusReuse, type CorpusXref } from './stages/planGraphs.ts';
import { EvidenceCounter, tagKeywords, tagTopics } from './stages/tag.ts';
import { contentChars } from './text/chars.ts';
import { buildDocuments, workerCount, type DocumentTask } from './documentPool.ts';

export interface IngestOptions {
  corpusDir: string;
  searchConfigDir: string;
  /** Called before each document is processed. */
  onProgress?: (done: number, total: number, documentId: string) => void;
  /** Worker threads that build documents' models beside this one; by default one per further core for a large corpus, none for a small one. */
  workers?: number;
  /** Runs each stage of the corpus; a bench passes one that times them. */
  stage?: StageRunner;
}

/** Runs the work of one named stage and returns its result (a promise for work that is asynchronous). */
export type StageRunner = <T>(name: string, work: () => T) => T;

const untimed: StageRunner = (_name, work) => work();

export interface CorpusRun extends IngestResult {
  manifest: ManifestEntry[];
  topics: Topic[];
  glossary: GlossaryTerm[];
  /** What cross-lingual search looks English, pinyin and traditional characters up in. */
  lexicon: Lexicon;
  /** Links to every master plan; null when the manifest names none. */
  xref: CorpusXref | null;
  /** The wording each document shares with each master plan it carries out; null when the manifest names none. */
  reuse: CorpusReuse | null;
  /** Files of build/ the side thread makes, by path: each document's Markdown and the shared wording's files (emit/outputs.ts). */
  prepared: Promise<ReadonlyMap<string, Uint8Array>>;
}

/** Builds the model of one document from its text: every stage up to segmentation, no I/O. */
export function processDocument(
  source: SourceText,
  sink: DiagnosticSink,
  headingTitlesEn: Readonly<Record<string, string>> = {},
  matchTerms: TermMatcher = () => [],
): DocumentModel {
  const normalized = normalize(source.text, sink, source.entry.layout);
  const structured = structure(normalized, source.entry, sink);
  outline(source.entry.id, structured.blocks, sink);
  translateHeadings(structured.blocks, headingTitlesEn, sink);
  if (structured.toc.length > 0) {
    checkToc(structured.toc, structured.blocks.filter((block) => block.type === 'heading'), sink);
  }
  const found = passages(source.entry.id, structured.blocks);
  segment(found);
  const document: DocumentModel = {
    id: source.entry.id,
    meta: source.entry,
    source: {
      file: source.entry.file,
      encoding: source.encoding,
      lines: normalized.lines,
      characters: contentChars(source.text).length,
    },
    sourceTitle: structured.sourceTitle,
    head: structured.head,
    continuation: normalized.continuation,
    toc: structured.toc,
    blocks: structured.blocks,
    passages: found,
    annotations: annotate(structured.blocks, matchTerms, found),
    translations: {},
  };
  checkDocument(document, source.text, sink);
  return document;
}

/** Runs the whole pipeline over a corpus folder; stops before segmenting when loading found errors. */
export async function ingestCorpus(options: IngestOptions): Promise<CorpusRun> {
  const stage = options.stage ?? untimed;
  const sinks: DiagnosticSink[] = [];
  const manifest = await loadManifest(options.corpusDir, sinks);
  const topics = await loadTopics(options.corpusDir, sinks);
  const translations = await loadTranslations(options.corpusDir, sinks);
  const glossary = await loadGlossary(options.corpusDir, topics, sinks);
  const sources: Array<{ source: SourceText; sink: DiagnosticSink }> = [];
  for (const entry of manifest) {
    const sink = new DiagnosticSink(path.join(options.corpusDir, entry.file));
    sinks.push(sink);
    const source = await loadSource(options.corpusDir, entry, sink);
    if (source) sources.push({ source, sink });
  }
  const collect = (): Diagnostic[] => sinks.flatMap((sink) => sink.list);
  if (collect().some((diagnostic) => diagnostic.severity === 'error')) {
    return { manifest, topics, glossary, lexicon: buildLexicon({ glossary: [], wordCounts: new Map(), cedict: [] }), documents: [], prepared: Promise.resolve(new Map()), xref: null, reuse: null, diagnostics: collect() };
  }

  const userDict = path.resolve(options.searchConfigDir, 'user-dict.txt');
  loadSegmenter(userDict);
  sinks.push(await checkDictionaryHoldsGlossary(userDict, glossary));
  const matchTerms = termMatcher(glossary, wordBoundaries);
  const stopWords = await readWordList(path.join(options.searchConfigDir, 'stop-words.txt'));
  const reuseOptions = await loadReuseOptions(options.searchConfigDir, sinks);
  const tasks = sources.map(({ source, sink }) => ({ source, sink, headingTitlesEn: translations.headings[source.entry.id] ?? {} }));
  const onStart = (index: number) => options.onProgress?.(index, tasks.length, tasks[index]!.source.entry.id);
  const workers = options.workers ?? workerCount(tasks);
  const buildHere = ({ source, sink, headingTitlesEn }: DocumentTask) => processDocument(source, sink, headingTitlesEn, matchTerms);
  const documents = await stage('documents', () =>
    workers > 0
      ? buildDocuments(tasks, { userDict, glossary }, workers, onStart, buildHere)
      : tasks.map((task, index) => {
          onStart(index);
          return buildHere(task);
        }),
  );
  // What reads only the passages' texts or the blocks goes to the side thread, in the order this
  // thread will want it: each plan's shared wording (link reads it), then for emit the lexicon,
  // the Markdown files and the shared wording's files.
  const side = workers > 0 ? sideWorker() : sideHere();
  let closeSide = true;
  try {
    const plans = masterPlans(documents);
    const reuseDocuments = plans.length > 0 ? documents.map(reuseDocument) : [];
    // Timed as the stage's: on this thread, the handing over (here, the whole task), and later the wait.
    const handOver = <T>(name: string, give: () => Promise<T>): Promise<T> => stage(name, () => ({ given: give() })).given;
    const reuseFound = plans.map((plan) => handOver('reuse', () => side.run('reuse', { documents: reuseDocuments, plan: reuseDocuments[documents.indexOf(plan)]!, options: reuseOptions })));
    const lexiconMade = handOver('lexicon', () => side.run('lexicon', lexiconSources(glossary, documents)));
    const markdownMade = handOver('markdown', () => side.run('markdown', documents.map(markdownSource)));

    const glossaryById = new Map(glossary.map((term) => [term.id, term]));
    for (const document of documents) {
      const file = await loadTranslationFile(options.corpusDir, document.id, sinks);
      document.translations = alignTranslations(document, file, sinks[sinks.length - 1]!, matchTerms, glossaryById);
    }
    stage('tag', () => {
      const counter = new EvidenceCounter(topics);
      for (const document of documents) tagTopics(document.passages, counter);
      tagKeywords(documents.flatMap((document) => document.passages), stopWords);
    });
    // Every master plan gets its shared wording and cross-references, from the documents that carry
    // it out; the side thread makes the shared wording's files while this one links.
    const reuseGraphs: ReuseGraph[] = [];
    for (const found of reuseFound) reuseGraphs.push(await stage('reuse', () => found));
    const [first, ...rest] = reuseGraphs;
    const reuse = first ? joinReuse([first, ...rest]) : null;
    const planTexts = new Map(plans.flatMap((plan) => plan.passages.map((passage) => [passage.id, passage.text] as const)));
    const reuseFilesMade = reuse ? handOver('reuse files', () => side.run('reuseFiles', { reuse, planTexts, documentIds: documents.map((document) => document.id) })) : null;
    const xrefGraphs = plans.map((plan, index) => stage('link', () => linkToMaster(documents, plan, stopWords, words, defaultLinkOptions, reuseGraphs[index]!.spans)));
    const xref = xrefGraphs.length > 0 ? joinXref(xrefGraphs) : null;
    const lexicon = await stage('lexicon', () => lexiconMade);
    // emit takes these files last: the side thread goes on making them while the others are written.
    const prepared = Promise.all([markdownMade, reuseFilesMade]).then(([markdown, reuseFiles]) => new Map([...markdown, ...(reuseFiles ?? [])]));
    // A run that is not emitted (errors in the input) does not wait for them; a failure reaches emit.
    prepared.catch(() => {});
    void prepared.finally(() => side.close()).catch(() => {});
    closeSide = false;
    return { manifest, topics, glossary, lexicon, documents, prepared, xref, reuse, diagnostics: collect() };
  } finally {
    if (closeSide) await side.close();
  }
}

/** Warns about glossary forms missing from jieba's user dictionary, which jieba may then split. */
async function checkDictionaryHoldsGlossary(userDict: string, glossary: readonly GlossaryTerm[]): Promise<DiagnosticSink> {
  const sink = new DiagnosticSink(userDict);
  const words = await readWordList(userDict);
  for (const term of glossary) {
    for (const form of chineseForms(term)) {
      if (!words.has(form)) sink.warn(null, 'glossary-not-in-dictionary', `glossary term "${form}" (${term.id}) is missing: add "${form} 100000 n" so that jieba keeps it whole`);
    }
  }
  return sink;
}
