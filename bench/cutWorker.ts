// A worker of bench:ingest's two-thread baseline: loads jieba's dictionaries itself, as the
// ingest's document worker does, then cuts each text it is sent and asks for the next.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSegmenter, words } from '../ingest/stages/segment.ts';

loadSegmenter(workerData as string);
parentPort!.postMessage('ready');
parentPort!.on('message', (text: string) => {
  words(text);
  parentPort!.postMessage('done');
});
