// The index settings: search-config/meilisearch.json with the dictionary and stop words the
// project keeps elsewhere in search-config/, and synonyms from the corpus's glossary.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from 'meilisearch';
import type { Lexicon } from '../crosslingual/lexicon.ts';
import { encodedTokens } from './documents.ts';
import { readWordList } from '../../ingest/stages/load.ts';

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
  const dictionary = [...(await readWordList(path.join(searchConfigDir, 'user-dict.txt')))];
  const stopWords = [...(await readWordList(path.join(searchConfigDir, 'stop-words.txt')))];
  return {
    index: config.index,
    settings: {
      ...config.settings,
      // Policy terms as single words in `text` (Meilisearch segments Chinese with jieba too).
      dictionary,
      stopWords,
      synonyms: lexicon ? glossarySynonyms(lexicon) : {},
    },
  };
}
