// A worker thread of the document pool (documentPool.ts): loads jieba with the corpus's user
// dictionary once, then builds the model of each document it is sent, with its diagnostics.
import { parentPort, workerData } from 'node:worker_threads';
import { DiagnosticSink } from './diagnostics.ts';
import { processDocument } from './pipeline.ts';
import { termMatcher } from './stages/annotate.ts';
import { loadSegmenter, wordBoundaries } from './stages/segment.ts';
import type { DocumentJob, DocumentResult, PoolSetup } from './documentPool.ts';

const setup = workerData as PoolSetup;
loadSegmenter(setup.userDict);
const matchTerms = termMatcher(setup.glossary, wordBoundaries);

parentPort!.on('message', (job: DocumentJob) => {
  const sink = new DiagnosticSink(job.sinkFile);
  const document = processDocument(job.source, sink, job.headingTitlesEn, matchTerms);
  parentPort!.postMessage({ index: job.index, document, diagnostics: sink.list } satisfies DocumentResult);
});
