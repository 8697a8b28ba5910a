// The lexicon as the query side reads it from build/search/lexicon.json: ingest builds it
// (ingest/stages/lexicon.ts), the search layer and the site only look words up in it.
export type { Lexicon, LexiconTerm } from '../../ingest/stages/lexicon.ts';
