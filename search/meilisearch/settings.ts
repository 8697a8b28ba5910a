// The index settings: search-config/meilisearch.json and synonyms from the corpus's glossary.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from 'meilisearch';
import type { Lexicon } from '../crosslingual/lexicon.ts';
import { encodedTokens } from './documents.ts';

export interface MeiliConfig {
  index: string;
  settings: Settings;
}

/**
 * Meilisearch synonyms from the glossary, in the encoded words the `codes` attribute holds: the
 * Chinese forms of a term are synonyms of each other, and its English renderings lead to them.
 * (The project's own query layer expands queries before they are sent; these serve clients that
 * query the index directly.)
 */
export function glossarySynonyms(lexicon: Pick<Lexicon, 'terms' | 'termsByEnglish'>): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (key: string, values: string[]) => {
    const wanted = values.filter((value) => value !== '' && value !== key);
    if (key === '' || wanted.length === 0) return;
    synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...wanted])];
  };
  for (const term of lexicon.terms) {
    const codes = term.forms.map(encodedTokens);
    for (const code of codes) add(code, codes);
  }
  for (const [english, index] of Object.entries(lexicon.termsByEnglish)) add(english, lexicon.terms[index]!.forms.map(encodedTokens));
  return synonyms;
}

/** Reads search-config/ into the settings to apply; `lexicon` (build/search/lexicon.json) gives the synonyms. */
export async function loadMeiliConfig(searchConfigDir: string, lexicon?: Pick<Lexicon, 'terms' | 'termsByEnglish'>): Promise<MeiliConfig> {
  const config = JSON.parse(await readFile(path.join(searchConfigDir, 'meilisearch.json'), 'utf8')) as MeiliConfig & { $comment?: string };
  return {
    index: config.index,
    settings: {
      ...config.settings,
      // Neither the user dictionary nor the stop words: Meilisearch would then keep a query's
      // policy term whole (自贸片区 not found inside 青岛自贸片区) and drop a stop word from it
      // (发展 finding nothing) for clients that send plain Chinese; the project's own queries
      // search `codes`, which neither touches (bench:meili measured both ways).
      dictionary: [],
      stopWords: [],
      synonyms: lexicon ? glossarySynonyms(lexicon) : {},
    },
  };
}
