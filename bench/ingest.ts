// npm run bench:ingest [-- --sizes 1,10,100] — ingest throughput per stage and end to end, on the
// corpus and on synthetic corpora 10 and 100 times larger made from it (bench/synthetic.ts), with
// peak memory. It runs the pipeline itself (ingestCorpus, then writeBuild) on a synthetic corpus
// folder, timing each stage through the pipeline's stage hook: the time on the main thread, so a
// stage the side thread does (reuse, lexicon, markdown at 10× and up) counts its handing over and its wait. Each size runs in a child process
// of its own so that its peak memory is its own. Prints; asserts nothing.
//
// Baselines, in the same run: jieba's precise cut of the raw text alone on one core, the least any
// segmenting ingest must do; and the same cut on this thread and a worker beside it that loads its
// own dictionaries (as the ingest's document worker does), the least any ingest on two cores must do.
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSegmenter, words } from '../ingest/stages/segment.ts';
import { buildOutputs } from '../ingest/emit/outputs.ts';
import { writeBuild } from '../ingest/emit/writeBuild.ts';
import { ingestCorpus, type StageRunner } from '../ingest/pipeline.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

const root = path.resolve(import.meta.dirname, '..');
const searchConfigDir = path.join(root, 'search-config');
const sizesArgument = process.argv.indexOf('--sizes');
const sizes = (sizesArgument > 0 ? process.argv[sizesArgument + 1]! : '1,10,100').split(',').map(Number);

interface Measurement {
  copies: number;
  megabytes: number;
  dictionarySeconds: number;
  /** Seconds per stage; "load and rest" is what the end to end holds besides the named stages. */
  stageSeconds: Record<string, number>;
  seconds: number;
  /** User and system CPU seconds of the whole process (every thread) over the end to end. */
  cpuSeconds: number;
  baselineSeconds: number;
  /** jieba's cut of the raw text on this thread and one worker, the worker's dictionary load included. */
  twoThreadSeconds: number;
  peakRssMiB: number;
  passages: number;
}

async function measure(copies: number): Promise<Measurement> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'policy-reader-bench-ingest-'));
  try {
    const corpusDir = path.join(scratch, 'corpus');
    const bytes = await writeSyntheticCorpus(path.join(root, 'corpus'), corpusDir, copies);
    const texts = await Promise.all((await readdir(corpusDir)).filter((file) => file.endsWith('.txt')).map((file) => readFile(path.join(corpusDir, file), 'utf8')));

    const dictionaryStarted = performance.now();
    loadSegmenter(path.resolve(searchConfigDir, 'user-dict.txt'));
    const dictionarySeconds = (performance.now() - dictionaryStarted) / 1000;
    const baselineStarted = performance.now();
    for (const text of texts) words(text);
    const baselineSeconds = (performance.now() - baselineStarted) / 1000;

    const seconds: Record<string, number> = {};
    const stage: StageRunner = (name, work) => {
      const started = performance.now();
      const record = () => (seconds[name] = (seconds[name] ?? 0) + (performance.now() - started) / 1000);
      const result = work();
      if (result instanceof Promise) return result.finally(record) as typeof result;
      record();
      return result;
    };
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const run = await ingestCorpus({ corpusDir, searchConfigDir, stage });
    const emitStarted = performance.now();
    await writeBuild(path.join(scratch, 'build'), buildOutputs(run));
    const ended = performance.now();
    seconds.emit = (ended - emitStarted) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const total = (ended - started) / 1000;
    seconds['load and rest'] = total - Object.values(seconds).reduce((sum, value) => sum + value, 0);
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    // After the peak is read: the worker's dictionaries would count in it.
    const twoThreadSeconds = await cutOnTwoThreads(texts, path.resolve(searchConfigDir, 'user-dict.txt'));
    return {
      copies,
      megabytes: bytes / 1e6,
      dictionarySeconds,
      stageSeconds: seconds,
      seconds: total,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      baselineSeconds,
      twoThreadSeconds,
      peakRssMiB,
      passages: run.documents.reduce((sum, document) => sum + document.passages.length, 0),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Seconds to cut every text with jieba on this thread and on a worker that loads its own dictionaries first, the texts handed out one at a time. */
async function cutOnTwoThreads(texts: readonly string[], userDict: string): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = new Worker(new URL('./cutWorker.ts', import.meta.url), { workerData: userDict });
  const inWorker = new Promise<void>((resolve, reject) => {
    worker.on('message', () => (next < texts.length ? worker.postMessage(texts[next++]) : resolve()));
    worker.on('error', reject);
  });
  const here = (async () => {
    while (next < texts.length) {
      words(texts[next++]!);
      // Lets the worker's messages in, and hands it its next text.
      await new Promise(setImmediate);
    }
  })();
  await Promise.all([here, inWorker]);
  const seconds = (performance.now() - started) / 1000;
  await worker.terminate();
  return seconds;
}

function report(results: Measurement[]): void {
  const rate = (megabytes: number, seconds: number) => (megabytes / seconds).toFixed(2).padStart(8);
  const row = (label: string, cell: (result: Measurement) => string) => console.log([label.padEnd(22), ...results.map((result) => cell(result).padStart(16))].join(''));
  console.log('\ningest throughput (MB of UTF-8 source per second; jieba dictionary load of the main thread excluded)\n');
  row('stage', (result) => `${result.copies}x ${result.megabytes.toFixed(1)} MB`);
  for (const stage of Object.keys(results[0]!.stageSeconds)) row(stage, (result) => `${rate(result.megabytes, result.stageSeconds[stage]!)} MB/s`);
  row('end to end', (result) => `${rate(result.megabytes, result.seconds)} MB/s`);
  row('baseline: jieba only', (result) => `${rate(result.megabytes, result.baselineSeconds)} MB/s`);
  row('  on two threads *', (result) => `${rate(result.megabytes, result.twoThreadSeconds)} MB/s`);
  row('end-to-end seconds', (result) => `${result.seconds.toFixed(2)} s`);
  row('CPU seconds', (result) => `${result.cpuSeconds.toFixed(2)} s`);
  row('seconds per MB', (result) => (result.seconds / result.megabytes).toFixed(3));
  row('passages', (result) => `${result.passages}`);
  row('peak RSS', (result) => `${result.peakRssMiB.toFixed(0)} MiB`);
  console.log(`\njieba dictionary load: ${results[0]!.dictionarySeconds.toFixed(2)} s (once per process)`);
  console.log('* this thread and a worker that loads its own dictionaries first, as the ingest\'s document worker does');
  console.log('goal: at least 5 MB/s end to end, growing linearly (seconds per MB flat), under 1 GiB peak RSS');
}

const child = process.argv.indexOf('--copies');
if (child !== -1) {
  console.log(JSON.stringify(await measure(Number(process.argv[child + 1]))));
} else {
  const results: Measurement[] = [];
  for (const copies of sizes) {
    process.stderr.write(`measuring ${copies}x …\n`);
    const output = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--copies', String(copies)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    results.push(JSON.parse(output.trim().split('\n').pop()!) as Measurement);
  }
  report(results);
}
