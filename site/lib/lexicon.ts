// The cross-lingual lexicon as the search page fetches it: whole when a query has latin letters
// (English, pinyin), and otherwise only what Chinese queries need — the glossary's forms and the
// traditional→simplified pairs — about a tenth of the bytes.
import path from 'node:path';
import type { Lexicon } from '../../search/crosslingual/lexicon.ts';
import { loadLexicon } from '../../search/buildData.ts';

/** The lexicon ingest wrote to build/search/lexicon.json. */
export const readLexicon = (): Promise<Lexicon> => loadLexicon(path.resolve('build'));

/** The part of a lexicon that Chinese queries use. */
export const hanLexicon = (lexicon: Lexicon): Lexicon => ({
  terms: lexicon.terms,
  termsByEnglish: {},
  termsByPinyin: {},
  wordsByEnglish: {},
  wordsByPinyin: {},
  tones: {},
  latinWords: [],
  simplified: lexicon.simplified,
});
