// The normal forms under which the lexicon stores English and pinyin, and under which a query
// looks them up: the same function on both sides, so that "Free-Trade Zones" finds "free trade zone"
// and "fàng guǎn fú", "fang4 guan3 fu2" and "fangguanfu" are one key.

/** English words that carry no meaning for a lookup; dropped from a phrase's key. */
const englishStopWords = new Set(['a', 'an', 'the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by']);

/** British and American spellings as one: -isation/-ization, -ise/-ize, -our/-or, -re/-er of the words that have them. */
function americanSpelling(word: string): string {
  return word
    .replace(/isation$/u, 'ization')
    .replace(/ise([ds]?)$/u, 'ize$1')
    .replace(/^(neighb|col|lab|harb|fav|behavi)our/u, '$1or')
    .replace(/^(cent|met|theat)re(s?)$/u, '$1er$2')
    .replace(/^programme/u, 'program');
}

/** A word without a plural ending, so that zones/zone and economies/economy meet. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * The lookup key of an English word or phrase: lower case, punctuation dropped, stop words
 * dropped, each word singular and in American spelling.
 * @example englishKey('Free-Trade Zones') // 'free trade zone'
 * @example englishKey('old neighbourhoods') // 'old neighborhood'
 */
export function englishKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !englishStopWords.has(word))
    .map((word) => singular(americanSpelling(word)))
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

/**
 * The tones a reader typed, in order: tone marks or tone digits 1–4; neutral tones and
 * syllables typed without a tone are left out.
 * @example typedTones('yī yuàn') // '14'
 * @example typedTones('yi1yuan4') // '14'
 */
export function typedTones(pinyin: string): string {
  const marks: Record<string, string> = { '\u0304': '1', '\u0301': '2', '\u030c': '3', '\u0300': '4' };
  return [...pinyin.normalize('NFD')].map((char) => marks[char] ?? (/[1-4]/u.test(char) ? char : '')).join('');
}

/**
 * The stems an English word may be listed under when it is not listed itself: pollution →
 * pollute, development → develop, planning → plan.
 * @example derivedKeys('pollution') // ['pollute', 'pollut']
 */
export function derivedKeys(key: string): string[] {
  const rules: Array<[RegExp, string]> = [
    [/ion$/u, 'e'],
    [/ion$/u, ''],
    [/ment$/u, ''],
    [/(.)\1ing$/u, '$1'],
    [/ing$/u, ''],
    [/ing$/u, 'e'],
    [/ed$/u, ''],
    [/ed$/u, 'e'],
    [/al$/u, ''],
    [/ity$/u, ''],
  ];
  if (key.includes(' ')) return [];
  return [...new Set(rules.filter(([pattern]) => pattern.test(key)).map(([pattern, replacement]) => key.replace(pattern, replacement)))].filter((stem) => stem.length >= 3 && stem !== key);
}

/** True when a query word is written in latin letters (with tone marks or digits allowed). */
export const isLatin = (word: string): boolean => /^[\p{Script=Latin}0-9'’.\-]+$/u.test(word.normalize('NFC')) && /\p{Script=Latin}/u.test(word);
