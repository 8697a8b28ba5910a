// The index settings: search-config/meilisearch.json with the dictionary, stop words and
// synonyms the project keeps elsewhere in search-config/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from 'meilisearch';

export interface MeiliConfig {
  index: string;
  settings: Settings;
}

/** Words of a word list (one a line; the first column of jieba's user dictionary), without comments. */
export function wordList(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim().split(/\s+/u)[0] ?? '')
    .filter((word) => word !== '' && !word.startsWith('#'));
}

/** Reads search-config/ into the settings to apply. */
export async function loadMeiliConfig(searchConfigDir: string): Promise<MeiliConfig> {
  const config = JSON.parse(await readFile(path.join(searchConfigDir, 'meilisearch.json'), 'utf8')) as MeiliConfig & { $comment?: string };
  const dictionary = wordList(await readFile(path.join(searchConfigDir, 'user-dict.txt'), 'utf8'));
  const stopWords = wordList(await readFile(path.join(searchConfigDir, 'stop-words.txt'), 'utf8'));
  return {
    index: config.index,
    settings: {
      ...config.settings,
      // Policy terms as single words in `text` (Meilisearch segments Chinese with jieba too).
      dictionary,
      stopWords,
      // English ↔ Chinese pairs come from the glossary once the corpus has one.
      synonyms: {},
    },
  };
}
