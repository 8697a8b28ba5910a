// npm run bench:ingest — ingest throughput per stage and end to end, on the corpus and on
// synthetic corpora 10 and 100 times larger made from it, with peak memory. Each size runs
// in a child process of its own so that its peak memory is its own. Prints; asserts nothing.
//
// Baseline, in the same run: jieba's precise cut of the raw text alone, the least any
// segmenting ingest must do.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DiagnosticSink } from '../ingest/diagnostics.ts';
import { loadGlossary, loadManifest, loadSource, loadTopics, readWordList, type SourceText } from '../ingest/stages/load.ts';
import { normalize } from '../ingest/stages/normalize.ts';
import { structure } from '../ingest/stages/structure.ts';
import { outline } from '../ingest/stages/outline.ts';
import { checkToc } from '../ingest/stages/toc.ts';
import { passages } from '../ingest/stages/passages.ts';
import { loadSegmenter, segment, wordBoundaries, words } from '../ingest/stages/segment.ts';
import { annotate, termMatcher } from '../ingest/stages/annotate.ts';
import { linkToMaster } from '../ingest/stages/link.ts';
import { defaultReuseOptions, findReuse } from '../ingest/stages/reuse.ts';
import { joinReuse, joinXref } from '../ingest/stages/planGraphs.ts';
import { EvidenceCounter, tagKeywords, tagTopics } from '../ingest/stages/tag.ts';
import { buildOutputs } from '../ingest/emit/outputs.ts';
import { writeBuild } from '../ingest/emit/writeBuild.ts';
import { corpusLexicon, type CorpusRun } from '../ingest/pipeline.ts';
import type { DocumentModel } from '../ingest/model.ts';
import { copyId, variant } from './synthetic.ts';

const root = path.resolve(import.meta.dirname, '..');
const corpusDir = path.join(root, 'corpus');
const searchConfigDir = path.join(root, 'search-config');
const sizes = [1, 10, 100];

interface Measurement {
  copies: number;
  megabytes: number;
  dictionarySeconds: number;
  stageSeconds: Record<string, number>;
  baselineSeconds: number;
  peakRssMiB: number;
  passages: number;
}

async function measure(copies: number): Promise<Measurement> {
  const sinks: DiagnosticSink[] = [];
  const manifest = await loadManifest(corpusDir, sinks);
  const topics = await loadTopics(corpusDir, sinks);
  const glossary = await loadGlossary(corpusDir, topics, sinks);
  const originals = (await Promise.all(manifest.map((entry) => loadSource(corpusDir, entry, new DiagnosticSink(entry.file))))).filter(
    (source): source is SourceText => source !== null,
  );
  const sources = Array.from({ length: copies }, (_, copy) =>
    originals.map((source) => ({ ...source, entry: { ...source.entry, id: copyId(source.entry.id, copy) }, text: variant(source.text, copy) })),
  ).flat();
  const bytes = sources.reduce((total, source) => total + Buffer.byteLength(source.text), 0);

  const seconds: Record<string, number> = {};
  const time = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    seconds[stage] = (seconds[stage] ?? 0) + (performance.now() - started) / 1000;
    return result;
  };

  const dictionaryStarted = performance.now();
  loadSegmenter(path.join(searchConfigDir, 'user-dict.txt'));
  const dictionarySeconds = (performance.now() - dictionaryStarted) / 1000;
  const stopWords = await readWordList(path.join(searchConfigDir, 'stop-words.txt'));

  const baselineStarted = performance.now();
  for (const source of sources) words(source.text);
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;

  const matchTerms = termMatcher(glossary, wordBoundaries);
  const documents: DocumentModel[] = sources.map((source) => {
    const sink = new DiagnosticSink(source.file);
    const normalized = time('normalize', () => normalize(source.text, sink, source.entry.layout));
    const structured = time('structure', () => {
      const result = structure(normalized, source.entry, sink);
      outline(source.entry.id, result.blocks, sink);
      if (result.toc.length > 0) checkToc(result.toc, result.blocks.filter((block) => block.type === 'heading'), sink);
      return result;
    });
    const found = time('passages', () => passages(source.entry.id, structured.blocks));
    time('segment', () => segment(found));
    const annotations = time('annotate', () => annotate(structured.blocks, matchTerms));
    return {
      id: source.entry.id,
      meta: source.entry,
      source: { file: source.file, encoding: source.encoding, lines: normalized.lines, characters: 0 },
      sourceTitle: structured.sourceTitle,
      head: structured.head,
      continuation: normalized.continuation,
      toc: structured.toc,
      blocks: structured.blocks,
      passages: found,
      annotations,
      translations: {},
    };
  });
  time('tag', () => {
    const counter = new EvidenceCounter(topics);
    for (const document of documents) tagTopics(document.passages, counter);
    tagKeywords(documents.flatMap((document) => document.passages), stopWords);
  });
  const master = documents.find((document) => document.meta.kind === 'master-plan')!;
  const xref = time('link', () => joinXref([linkToMaster(documents, master, stopWords, words)]));
  const reuse = time('reuse', () => joinReuse([findReuse(documents, master, defaultReuseOptions)]));
  const lexicon = time('lexicon', () => corpusLexicon(glossary, documents));
  const run: CorpusRun = { manifest, topics, glossary, lexicon, documents, xref, reuse, diagnostics: [] };
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-bench-')), 'build');
  const emitStarted = performance.now();
  await writeBuild(out, buildOutputs(run));
  seconds.emit = (performance.now() - emitStarted) / 1000;
  await rm(path.dirname(out), { recursive: true, force: true });

  return {
    copies,
    megabytes: bytes / 1e6,
    dictionarySeconds,
    stageSeconds: seconds,
    baselineSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    passages: documents.reduce((total, document) => total + document.passages.length, 0),
  };
}

function report(results: Measurement[]): void {
  const rate = (megabytes: number, seconds: number) => (megabytes / seconds).toFixed(2).padStart(8);
  console.log('\ningest throughput (MB of UTF-8 source per second; jieba dictionary load excluded)\n');
  const stages = Object.keys(results[0]!.stageSeconds);
  console.log(['stage'.padEnd(22), ...results.map((result) => `${result.copies}x ${result.megabytes.toFixed(1)} MB`.padStart(16))].join(''));
  for (const stage of stages) {
    console.log([stage.padEnd(22), ...results.map((result) => `${rate(result.megabytes, result.stageSeconds[stage]!)} MB/s`.padStart(16))].join(''));
  }
  const total = (result: Measurement) => Object.values(result.stageSeconds).reduce((sum, value) => sum + value, 0);
  console.log(['end to end'.padEnd(22), ...results.map((result) => `${rate(result.megabytes, total(result))} MB/s`.padStart(16))].join(''));
  console.log(['baseline: jieba only'.padEnd(22), ...results.map((result) => `${rate(result.megabytes, result.baselineSeconds)} MB/s`.padStart(16))].join(''));
  console.log(['end-to-end seconds'.padEnd(22), ...results.map((result) => `${total(result).toFixed(2)} s`.padStart(16))].join(''));
  console.log(['seconds per MB'.padEnd(22), ...results.map((result) => `${(total(result) / result.megabytes).toFixed(3)}`.padStart(16))].join(''));
  console.log(['passages'.padEnd(22), ...results.map((result) => `${result.passages}`.padStart(16))].join(''));
  console.log(['peak RSS'.padEnd(22), ...results.map((result) => `${result.peakRssMiB.toFixed(0)} MiB`.padStart(16))].join(''));
  console.log(`\njieba dictionary load: ${results[0]!.dictionarySeconds.toFixed(2)} s (once per process)`);
  console.log('goal: at least 5 MB/s end to end, growing linearly (seconds per MB flat), under 1 GiB peak RSS');
}

const child = process.argv.indexOf('--copies');
if (child !== -1) {
  console.log(JSON.stringify(await measure(Number(process.argv[child + 1]))));
} else {
  const results: Measurement[] = [];
  for (const copies of sizes) {
    process.stderr.write(`measuring ${copies}x …\n`);
    const output = execFileSync(process.execPath, [import.meta.filename, '--copies', String(copies)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    results.push(JSON.parse(output.trim().split('\n').pop()!) as Measurement);
  }
  report(results);
}
