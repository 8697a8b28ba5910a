// The normal forms under which the lexicon stores English and pinyin, and under which a query
// looks them up: the same function on both sides, so that "Free-Trade Zones" finds "free trade zone"
// and "fàng guǎn fú", "fang4 guan3 fu2" and "fangguanfu" are one key.

/** English words that carry no meaning for a lookup; dropped from a phrase's key. */
const englishStopWords = new Set(['a', 'an', 'the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by']);

/** A word without a plural ending, so that zones/zone and economies/economy meet. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * The lookup key of an English word or phrase: lower case, punctuation dropped, stop words
 * dropped, each word singular.
 * @example englishKey('Free-Trade Zones') // 'free trade zone'
 */
export function englishKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !englishStopWords.has(word))
    .map(singular)
    .join(' ');
}

/**
 * The lookup key of pinyin: tone marks and tone digits dropped, ü and v as u, no spaces.
 * @example pinyinKey('fàng guǎn fú') // 'fangguanfu'
 * @example pinyinKey('lü4se4 di1tan4') // 'luseditan'
 */
export function pinyinKey(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/v/gu, 'u')
    .replace(/[^a-z]/gu, '');
}

/** True when a query word is written in latin letters (with tone marks or digits allowed). */
export const isLatin = (word: string): boolean => /^[\p{Script=Latin}0-9'’.\-]+$/u.test(word.normalize('NFC')) && /\p{Script=Latin}/u.test(word);
