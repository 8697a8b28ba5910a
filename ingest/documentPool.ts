// The models of a corpus's documents, built in this thread and, when the corpus is large enough
// to repay starting them (each loads jieba's dictionaries, ~250 MB), in worker threads beside it.
// Every document is built by the same processDocument either way, so the models are the same.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from './model.ts';
import type { Diagnostic, DiagnosticSink } from './diagnostics.ts';
import type { GlossaryTerm } from './schema/glossary.ts';
import type { SourceText } from './stages/load.ts';

/** Below this many bytes of text, starting workers costs more than it saves. */
export const parallelFromBytes = 8_000_000;

export interface DocumentTask {
  source: SourceText;
  sink: DiagnosticSink;
  headingTitlesEn: Readonly<Record<string, string>>;
}

/**
 * A worker holds one document at a time: a small heap keeps its garbage, and so the peak memory
 * of the whole ingest, in bounds (V8 would otherwise let each worker grow to hundreds of MB).
 */
const workerLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 };

/** What every worker is started with. */
export interface PoolSetup {
  userDict: string;
  glossary: readonly GlossaryTerm[];
}

export interface DocumentJob {
  index: number;
  source: SourceText;
  sinkFile: string;
  headingTitlesEn: Readonly<Record<string, string>>;
}

export interface DocumentResult {
  index: number;
  document: DocumentModel;
  diagnostics: Diagnostic[];
}

/** How many workers to start beside this thread: none for a small corpus or on one core. */
export function workerCount(tasks: readonly DocumentTask[]): number {
  const bytes = tasks.reduce((total, task) => total + Buffer.byteLength(task.source.text), 0);
  return bytes < parallelFromBytes ? 0 : Math.min(availableParallelism() - 1, tasks.length - 1);
}

/**
 * Builds every task's document, in the tasks' order, in this thread (`buildHere`) and in
 * `workers` worker threads beside it, adding each document's diagnostics to its task's sink.
 * `onStart` is called as each document is handed out. Each worker holds two documents, so that
 * it never waits for this thread to finish one of its own before it gets the next.
 */
export async function buildDocuments(
  tasks: readonly DocumentTask[],
  setup: PoolSetup,
  workers: number,
  onStart: (index: number) => void,
  buildHere: (task: DocumentTask) => DocumentModel,
): Promise<DocumentModel[]> {
  const documents: DocumentModel[] = new Array(tasks.length);
  let next = 0;
  const take = (): number | null => {
    if (next >= tasks.length) return null;
    onStart(next);
    return next++;
  };
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./documentWorker.ts', import.meta.url), { workerData: setup, resourceLimits: workerLimits }));
  const inWorkers = pool.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let held = 0;
        let finished = false;
        const send = () => {
          const index = take();
          if (index === null) {
            if (held === 0) {
              finished = true;
              resolve();
            }
            return;
          }
          held += 1;
          const { source, sink, headingTitlesEn } = tasks[index]!;
          worker.postMessage({ index, source, sinkFile: sink.file, headingTitlesEn } satisfies DocumentJob);
        };
        worker.on('message', (result: DocumentResult) => {
          documents[result.index] = result.document;
          tasks[result.index]!.sink.list.push(...result.diagnostics);
          held -= 1;
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!finished) reject(new Error(`a document worker stopped before its documents were built (exit code ${code})`));
        });
        send();
        send();
      }),
  );
  const here = (async () => {
    for (let index = take(); index !== null; index = take()) {
      documents[index] = buildHere(tasks[index]!);
      // Lets the workers' finished documents in, and hands them their next ones.
      await new Promise(setImmediate);
    }
  })();
  try {
    await Promise.all([here, ...inWorkers]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return documents;
}
