// A worker thread that builds the corpus's lexicon from what corpusLexicon.ts hands it, and stops.
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconOf, type LexiconSources } from './corpusLexicon.ts';

parentPort!.postMessage(lexiconOf(workerData as LexiconSources));
