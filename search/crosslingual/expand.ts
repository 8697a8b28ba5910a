// Cross-lingual query expansion, shared by the site, the CLI and both backends: English words and
// pinyin become the Chinese terms they stand for (all of a glossary term's forms), and traditional
// characters become simplified. The result is an ordinary parsed query whose terms may
// have alternatives, and the list of what was expanded, for the UI to show ("marine economy → 海洋经济").
import type { ParsedQuery, QueryTerm } from '../query.ts';
import { derivedKeys, englishKey, isLatin, pinyinKey, typedTones } from './keys.ts';
import type { Lexicon } from './lexicon.ts';

export type ExpansionSource = 'glossary' | 'pinyin' | 'dictionary' | 'traditional';

export interface Expansion {
  /** What the user typed: "marine economy", "fang guan fu", "海洋經濟". */
  typed: string;
  /** The Chinese forms searched for instead; empty when nothing was found. */
  forms: string[];
  via: ExpansionSource | null;
  /** The glossary term, when the expansion came from the glossary. */
  termId: string | null;
}

export interface ExpandedQuery {
  query: ParsedQuery;
  expansions: Expansion[];
}

/** The longest run of words looked up as one phrase ("china sco local economic and trade …"). */
const maxPhraseWords = 8;

const han = /\p{Script=Han}/u;

/** How many dictionary senses one English word or phrase searches for. */
const maxSenses = 8;

/**
 * A run of pinyin that is no corpus word, cut into the fewest that are (wushuichuli → wushui +
 * chuli): each becomes a concept of its own, and ranking prefers the passages holding them side
 * by side (污水处理). Null when the run cannot be cut so.
 * @example pinyinPieces('wushuichuli', lexicon) // ['wushui', 'chuli']
 */
export function pinyinPieces(key: string, lexicon: Pick<Lexicon, 'wordsByPinyin'>): string[] | null {
  const best: Array<string[] | null> = [[], ...Array.from({ length: key.length }, () => null)];
  for (let end = 1; end <= key.length; end += 1) {
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      if (!before || !(key.slice(start, end) in lexicon.wordsByPinyin)) continue;
      if (!best[end] || best[end]!.length > before.length + 1) best[end] = [...before, key.slice(start, end)];
    }
  }
  const pieces = best[key.length] ?? null;
  return pieces && pieces.length > 1 ? pieces : null;
}

/** The simplified spelling of a text, character by character. */
export const toSimplified = (text: string, lexicon: Pick<Lexicon, 'simplified'>): string =>
  [...text].map((char) => lexicon.simplified[char] ?? char).join('');

interface Found {
  forms: string[];
  via: ExpansionSource;
  termId: string | null;
}

function glossaryTerm(lexicon: Lexicon, index: number | undefined, via: ExpansionSource): Found | null {
  if (index === undefined) return null;
  const term = lexicon.terms[index]!;
  return { forms: term.forms, via, termId: term.id };
}

/** The glossary term one of whose forms is the text (RCEP, 5G: case aside), if any. */
function termWithForm(lexicon: Lexicon, text: string): number | undefined {
  const wanted = text.toLowerCase();
  const index = lexicon.terms.findIndex((term) => term.forms.some((form) => form.toLowerCase() === wanted));
  return index === -1 ? undefined : index;
}

/** Looks a run of latin words up: glossary English, glossary pinyin, then (one word) the corpus's own words. */
function lookUp(words: readonly string[], lexicon: Lexicon): Found | null {
  const phrase = words.join(' ');
  const english = englishKey(phrase);
  const pinyin = pinyinKey(phrase);
  const found =
    glossaryTerm(lexicon, english === '' ? undefined : lexicon.termsByEnglish[english], 'glossary') ??
    glossaryTerm(lexicon, termWithForm(lexicon, phrase), 'glossary') ??
    glossaryTerm(lexicon, pinyin === '' ? undefined : lexicon.termsByPinyin[pinyin], 'pinyin');
  if (found) return found;
  if (words.length === 1 && lexicon.latinWords.includes(phrase.toLowerCase())) return { forms: [phrase.toLowerCase()], via: 'dictionary', termId: null };
  // The word and its stems together (treatment: 待遇, and treat: 处理): the senses graceful ranking chooses among.
  const dictionary = english === '' ? [] : [...new Set([english, ...derivedKeys(english)].flatMap((key) => lexicon.wordsByEnglish[key] ?? []))].slice(0, maxSenses);
  if (dictionary.length > 0) return { forms: dictionary, via: 'dictionary', termId: null };
  // An English compound the dictionary writes apart: wastewater as "waste water".
  if (words.length === 1 && /^[a-z]{6,}$/u.test(english)) {
    for (let cut = 3; cut <= english.length - 3; cut += 1) {
      const apart = lexicon.wordsByEnglish[englishKey(`${english.slice(0, cut)} ${english.slice(cut)}`)];
      if (apart) return { forms: apart.slice(0, maxSenses), via: 'dictionary', termId: null };
    }
  }
  const homophones = pinyin === '' ? undefined : lexicon.wordsByPinyin[pinyin];
  if (homophones) {
    // Typed tones choose among homophones: yī yuàn is 医院, not 亿元.
    const tones = typedTones(phrase);
    const toned = tones === '' ? [] : homophones.filter((word) => lexicon.tones[word] === tones);
    return { forms: toned.length > 0 ? toned : homophones, via: 'pinyin', termId: null };
  }
  return null;
}

const expandedTerm = (found: Found, typed: string, negated: boolean): QueryTerm => ({
  text: found.forms[0]!,
  exact: true,
  negated,
  alternatives: found.forms,
  typed,
});

/** Expands a run of latin words, longest phrase first, left to right. */
function expandLatinRun(run: readonly QueryTerm[], lexicon: Lexicon, out: QueryTerm[], expansions: Expansion[]): void {
  const words = run.map((term) => term.text);
  const negated = run[0]!.negated;
  let start = 0;
  while (start < words.length) {
    let matched = false;
    for (let end = Math.min(words.length, start + maxPhraseWords); end > start; end -= 1) {
      const found = lookUp(words.slice(start, end), lexicon);
      if (!found) continue;
      const typed = words.slice(start, end).join(' ');
      out.push(expandedTerm(found, typed, negated));
      expansions.push({ typed, forms: found.forms, via: found.via, termId: found.termId });
      start = end;
      matched = true;
      break;
    }
    if (matched) continue;
    const word = words[start]!;
    const pieces = pinyinPieces(pinyinKey(word), lexicon);
    if (pieces) {
      for (const piece of pieces) {
        const found = lookUp([piece], lexicon)!;
        out.push(expandedTerm(found, piece, negated));
        expansions.push({ typed: piece, forms: found.forms, via: found.via, termId: found.termId });
      }
      start += 1;
      continue;
    }
    // A stop word on its own says nothing; any other unknown word stays, and finds what it finds
    // (an English title, a latin word), as one concept of the query that a passage may lack.
    if (englishKey(word) !== '') {
      out.push({ ...run[start]!, alternatives: [word], typed: word });
      expansions.push({ typed: word, forms: [], via: null, termId: null });
    }
    start += 1;
  }
}

/**
 * A Chinese term keeps its meaning: traditional characters become simplified, and nothing else
 * changes. (A researcher searching 双招双引 wants that phrase, not 招商引资 too; English and pinyin,
 * which name no one form, reach all of a term's forms.)
 */
function expandChinese(term: QueryTerm, lexicon: Lexicon, out: QueryTerm[], expansions: Expansion[]): void {
  const simplified = toSimplified(term.text, lexicon);
  if (simplified === term.text) {
    out.push(term);
    return;
  }
  out.push({ ...term, text: simplified, typed: term.text });
  expansions.push({ typed: term.text, forms: [simplified], via: 'traditional', termId: lexicon.terms.find((candidate) => candidate.forms.includes(simplified))?.id ?? null });
}

/**
 * Expands a parsed query through the lexicon. Consecutive unquoted latin words are looked up
 * together, so that "free trade zone" is one term; a quoted latin phrase is looked up whole.
 * @example expandQuery(parseQuery('marine economy'), lexicon).expansions[0] // { typed: 'marine economy', forms: ['海洋经济'], via: 'glossary', … }
 */
export function expandQuery(query: ParsedQuery, lexicon: Lexicon): ExpandedQuery {
  const terms: QueryTerm[] = [];
  const expansions: Expansion[] = [];
  let run: QueryTerm[] = [];
  const flush = () => {
    if (run.length > 0) expandLatinRun(run, lexicon, terms, expansions);
    run = [];
  };
  for (const term of query.terms) {
    const words = term.text.split(/\s+/u).filter((word) => word !== '');
    if (han.test(term.text) || !words.every(isLatin)) {
      flush();
      if (han.test(term.text)) expandChinese(term, lexicon, terms, expansions);
      else terms.push(term);
    } else if (term.exact) {
      flush();
      // A quoted English phrase is one concept, required: held as typed by the English text, or by
      // the Chinese the whole phrase stands for.
      const found = lookUp(words, lexicon);
      const phrase = words.join(' ');
      const forms = [...(found?.forms ?? []), phrase];
      terms.push({ text: forms[0]!, exact: true, negated: term.negated, alternatives: forms, typed: phrase, verbatim: true });
      expansions.push({ typed: phrase, forms: found?.forms ?? [], via: found?.via ?? null, termId: found?.termId ?? null });
    } else {
      if (run.length > 0 && run[0]!.negated !== term.negated) flush();
      run.push(term);
    }
  }
  flush();
  return { query: { terms: mergeSameConcepts(terms) }, expansions };
}

/**
 * Terms that two query words both map to (SCO and Shanghai Cooperation Organization, both 上合组织)
 * as one concept: a passage holding it must not count it twice, nor lack it once.
 */
function mergeSameConcepts(terms: readonly QueryTerm[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const term of terms) {
    const same = term.alternatives && !term.negated && term.typed !== undefined
      ? out.find((other) => other.alternatives && !other.negated && other.typed !== undefined && other.exact === term.exact && other.alternatives.some((form) => form !== other.typed && term.alternatives!.includes(form)))
      : undefined;
    if (!same) {
      out.push(term);
      continue;
    }
    same.alternatives = [...new Set([...same.alternatives!.filter((form) => term.alternatives!.includes(form)), ...same.alternatives!, ...term.alternatives!])];
    same.text = same.alternatives[0]!;
    same.typed = `${same.typed} ${term.typed}`;
  }
  return out;
}

/**
 * An expansion as one line of text.
 * @example expansionText({ typed: 'marine economy', forms: ['海洋经济'], via: 'glossary', termId: 'hai-yang-jing-ji' }) // 'marine economy → 海洋经济'
 */
export const expansionText = (expansion: Expansion): string => `${expansion.typed} → ${expansion.forms.length > 0 ? expansion.forms.join(' / ') : '?'}`;
