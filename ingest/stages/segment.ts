// segment: jieba word segmentation with the project's user dictionary, so that policy terms
// (上合示范区, 双招双引, 放管服) stay whole. Index and query sides both call this module.
import { createRequire } from 'node:module';
import type { Passage } from '../model.ts';
import { hasContentChars } from '../text/chars.ts';

type Jieba = typeof import('nodejieba');
const jieba = createRequire(import.meta.url)('nodejieba') as Jieba;

let loadedUserDict: string | null = null;

/** Loads jieba's dictionaries once per process; a second call must name the same user dictionary. */
export function loadSegmenter(userDictPath: string): void {
  if (loadedUserDict === userDictPath) return;
  if (loadedUserDict !== null) {
    throw new Error(`jieba is already loaded with ${loadedUserDict}; it cannot switch to ${userDictPath} in the same process`);
  }
  jieba.load({ userDict: userDictPath });
  loadedUserDict = userDictPath;
}

function assertLoaded(): void {
  if (loadedUserDict === null) throw new Error('call loadSegmenter() before segmenting');
}

const isWord = hasContentChars;

/** Words of a text in jieba's precise mode, without punctuation and white space. */
export function words(text: string): string[] {
  assertLoaded();
  return jieba.cut(text, true).map((token) => token.trim()).filter(isWord);
}

/** Words in jieba's search mode: long words also yield the shorter words inside them. */
export function searchWords(text: string): string[] {
  assertLoaded();
  return jieba.cutForSearch(text, true).map((token) => token.trim()).filter(isWord);
}

/**
 * The offsets at which precise-mode words start and end (0 and the text's length included), so
 * that a term is found only as whole words: 高企 is not in 提高企业.
 */
export function wordBoundaries(text: string): Set<number> {
  assertLoaded();
  const offsets = new Set([0]);
  let at = 0;
  // jieba's pieces, punctuation and white space included, add up to the whole text.
  for (const piece of jieba.cut(text, true)) offsets.add((at += piece.length));
  return offsets;
}

/** Stores the precise-mode words of every passage on it. */
export function segment(passages: Passage[]): void {
  for (const passage of passages) passage.tokens = words(passage.text);
}
