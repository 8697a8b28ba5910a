// Phrase search over a Pagefind index of search tokens, the same in the browser, the CLI and
// the bench: passages holding every phrase come first, in Pagefind's order; passages holding
// all the bigrams of an unquoted phrase, but not the phrase, follow; quoted phrases and
// exclusions are checked against the passage text itself. A term with alternatives (from
// cross-lingual expansion) is matched by any of them: one plain search per combination.
import { excerptHtml, matchRanges } from './highlight.ts';
import { positiveTerms, termForms, type ParsedQuery, type QueryTerm } from './query.ts';
import { searchTokens } from './tokens.ts';
import { titleKinds } from '../ingest/emit/searchDocuments.ts';

export { titleKinds };

/** What a result's data holds: the record's meta, as buildIndex writes it. */
export interface PassageMeta {
  url: string;
  documentId: string;
  /** paragraph, box-item, table, or a title: heading, box-title, caption. */
  kind: string;
  text: string;
  /** Printed before `text` and another record's: a lifted lead (see ingest/emit/searchDocuments.ts); '' if none. */
  before: string;
  /** A heading's English title; '' for other records. */
  textEn: string;
  heading: string;
  headingEn: string;
}

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; filters: Record<string, string[]>; meta: Record<string, string> }>;
}

/** The part of Pagefind's JS API (pagefind.js) the engine uses. */
export interface PagefindApi {
  /** Loads the filter index; until it has run, searches report no filter counts. */
  filters?(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>>; totalFilters?: Record<string, Record<string, number>> } | null>;
}

export type Filters = Record<string, string[]>;

export interface Hit extends PassageMeta {
  /** True when the passage holds every phrase of the query; false for a looser bigram match. */
  exact: boolean;
  /** Occurrences of the query's phrases in the passage. */
  occurrences: number;
  /** An excerpt as HTML, every phrase marked, everything else escaped. */
  excerpt: string;
  /** For each expanded term (English, pinyin, traditional), the form this passage holds: marine economy → 海洋经济. */
  matched: Array<{ typed: string; form: string }>;
  /** The concepts of an English or pinyin query (as typed) this passage lacks; [] when it holds them all. */
  missing: string[];
  /** The concepts of an English query (as typed) this passage's English text holds: the English leg's matches. */
  matchedEnglish: string[];
}

export interface SearchPage {
  /** Candidates found by the index, before exclusions and checks. */
  candidates: number;
  hits: Hit[];
  /** Counts of the candidates per filter value. */
  facets: Record<string, Record<string, number>>;
}

/**
 * Where phrases occur in a record: in `before + text`, those that end inside its own text (one
 * wholly inside a lifted lead is the heading's), then, when there are none, in its English title.
 */
export function recordMatches(meta: Pick<PassageMeta, 'text' | 'before' | 'textEn'>, phrases: readonly string[]): { text: string; ranges: Array<[number, number]>; from: number } {
  const text = meta.before + meta.text;
  const ranges = matchRanges(text, phrases).filter(([, end]) => end > meta.before.length);
  if (ranges.length > 0 || !meta.textEn) return { text, ranges, from: meta.before.length };
  return { text: meta.textEn, ranges: matchRanges(meta.textEn, phrases), from: 0 };
}

/** A word's stem for matching English text as Pagefind's stemmer would: planned/planning/plans → plan. */
const englishStem = (word: string): string => {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  const stem = lower
    .replace(/(?:ations?|ments?|ings?|ies|ied|ers?|ed|es|s|ly|al|ity|ive)$/u, '')
    .replace(/e$/u, '')
    .replace(/([bdgmnprt])\1$/u, '$1');
  return stem.length >= 3 ? stem : lower;
};
const englishWords = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/gu) ?? [];
const stopWords = new Set(['a', 'an', 'the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by', 'or', 'at', 'as', 'is', 'are', 'be']);

/**
 * True when an English text holds every word of an English phrase, by stem (the English leg of
 * search, issue 16): "renovating old communities" is held by "renovation of old residential communities".
 */
export function englishHolds(textEn: string, phrase: string): boolean {
  const words = englishWords(phrase).filter((word) => !stopWords.has(word));
  if (words.length === 0 || textEn === '') return false;
  const stems = new Set(englishWords(textEn).map(englishStem));
  return words.every((word) => stems.has(englishStem(word)));
}

/** The words of an English text whose stems are those of the phrases' words, for marking. */
function englishMarks(textEn: string, phrases: readonly string[]): string[] {
  const wanted = new Set(phrases.flatMap(englishWords).filter((word) => !stopWords.has(word)).map(englishStem));
  return [...new Set(englishWords(textEn).filter((word) => wanted.has(englishStem(word))))];
}

const latinForm = /^[\p{Script=Latin}0-9\s'’.\-&]+$/u;

/**
 * The forms of a term a record holds. The English a reader typed (an expanded term's `typed`, not
 * quoted) is held by the record's English text by stem; everything else as a phrase.
 */
const heldForms = (meta: PassageMeta, term: QueryTerm, legs?: ParsedQuery['legs']): string[] =>
  termForms(term)
    .filter((form) => legs !== 'english' || form === term.typed)
    .filter((form) => (form === term.typed && !term.verbatim && latinForm.test(form) ? legs !== 'expansion' && englishHolds(meta.textEn, form) : recordMatches(meta, [form]).ranges.length > 0));
const holds = (meta: PassageMeta, term: QueryTerm): boolean => heldForms(meta, term).length > 0;


/** Hit order, the same for every backend: exact hits first, a title before a passage (the phrase a reader types first is often a heading's), else the backend's order. */
export function rankHits(hits: Hit[]): Hit[] {
  const rank = (hit: Hit) => (hit.exact ? 0 : 2) + (titleKinds.has(hit.kind) ? 0 : 1);
  return hits.sort((a, b) => rank(a) - rank(b));
}

/** True when the text has every search token of one of the term's forms, together or apart. */
const holdsTokens = (tokens: ReadonlySet<string>, term: QueryTerm): boolean => termForms(term).some((form) => searchTokens(form).every((token) => tokens.has(token)));

/**
 * The hit a candidate passage makes for a query, or null when it must not be shown: it holds
 * an excluded term, lacks a quoted phrase, or lacks some token of a term. Shared by the backends.
 */
export function toHit(meta: PassageMeta, query: ParsedQuery): Hit | null {
  const positives = positiveTerms(query);
  if (query.terms.some((term) => term.negated && holds(meta, term))) return null;
  // The forms of each term the passage holds, found once for every use below.
  const held = positives.map((term) => heldForms(meta, term, query.legs));
  const graceful = isGraceful(query);
  // An expanded term is searched as a phrase, but in a graceful query a passage may lack it: only a phrase the reader quoted is required.
  const required = (term: QueryTerm) => term.exact && (term.verbatim === true || !(graceful && term.typed !== undefined));
  if (positives.some((term, index) => required(term) && held[index]!.length === 0)) return null;
  const exact = held.every((forms) => forms.length > 0);
  if (graceful && !held.some((forms) => forms.length > 0)) return null;
  // A backend ranks passages that hold only some words too: a looser hit must hold every token.
  if (!exact && !graceful) {
    const tokens = new Set(searchTokens(meta.text));
    if (!positives.every((term) => holdsTokens(tokens, term))) return null;
  }
  const phrases = positives.flatMap(termForms);
  const found = recordMatches(meta, phrases);
  const matched = positives.flatMap((term, index) => {
    if (term.typed === undefined) return [];
    const forms = held[index]!;
    // 青岛自贸片区 holds 自贸片区: name the longer form only.
    return forms.filter((form) => form !== term.typed && !forms.some((other) => other !== form && other.includes(form))).map((form) => ({ typed: term.typed!, form }));
  });
  const missing = graceful ? positives.filter((_, index) => held[index]!.length === 0).map((term) => term.typed ?? term.text) : [];
  const matchedEnglish = graceful ? positives.filter((term, index) => term.typed !== undefined && held[index]!.includes(term.typed)).map((term) => term.typed!) : [];
  // A passage found through its English shows its English, the words marked (its Chinese is in `text`).
  const inEnglish = matchedEnglish.length > 0 && found.ranges.length === 0;
  const excerpt = inEnglish ? excerptHtml(meta.textEn, englishMarks(meta.textEn, matchedEnglish), 160, 0) : excerptHtml(found.text, phrases, 120, found.from);
  return { ...meta, exact, occurrences: found.ranges.length, excerpt, matched, missing, matchedEnglish };
}

const latinTyped = /^[\p{Script=Latin}0-9\s'’.\-&]+$/u;

/**
 * True when a query is ranked by its concepts (see gatherConcepts): one expanded from English or
 * pinyin, where a word may have no Chinese or a wrong sense. Chinese queries keep strict phrase
 * search, which bench:search measures.
 */
export const isGraceful = (query: ParsedQuery): boolean => positiveTerms(query).some((term) => term.typed !== undefined && latinTyped.test(term.typed));

/** How many forms of one concept are searched for: its senses, best first. */
const formsPerConcept = 8;

/** The forms of a concept searched for, one search each. */
const conceptForms = (term: QueryTerm, legs?: ParsedQuery['legs']): string[] => {
  const forms = termForms(term).filter((form) => searchTokens(form).length > 0);
  if (legs === 'english') return forms.filter((form) => form === term.typed);
  if (legs === 'expansion') return forms.filter((form) => form !== term.typed).slice(0, formsPerConcept);
  // The English as typed always: it searches the English text (the English leg), whatever the senses.
  const english = forms.filter((form) => form === term.typed);
  return [...new Set([...forms.filter((form) => form !== term.typed).slice(0, formsPerConcept), ...english])];
};

/**
 * The searches of a graceful query: one per form of each concept, each a one-term strict query.
 * @example conceptSearches(expandQuery(parseQuery('wastewater treatment'), lexicon).query) // [{ concept: 0, variant: 污水 }, { concept: 1, variant: 处理 }, …]
 */
export function conceptSearches(query: ParsedQuery): Array<{ concept: number; variant: ParsedQuery; english: boolean }> {
  return positiveTerms(query).flatMap((term, concept) =>
    conceptForms(term, query.legs).map((form) => ({ concept, english: form === term.typed && latinForm.test(form), variant: { terms: [{ text: form, exact: term.exact, negated: false, verbatim: term.verbatim }] } })),
  );
}

/**
 * Orders the candidates of a graceful query by the concepts their searches found them for, as
 * Meilisearch's matchingStrategy 'frequency' does: every concept first, then the most concepts,
 * each weighted by its rarity (a concept found in few passages says more), else first found.
 */
export function rankByConcepts<T>(found: ReadonlyArray<{ concept: number; results: readonly T[] }>, concepts: number, id: (candidate: T) => string): T[] {
  const held = new Map<string, { candidate: T; concepts: Set<number>; order: number }>();
  for (const { concept, results } of found) {
    for (const candidate of results) {
      const key = id(candidate);
      const entry = held.get(key) ?? { candidate, concepts: new Set<number>(), order: held.size };
      entry.concepts.add(concept);
      held.set(key, entry);
    }
  }
  const frequency = Array.from({ length: concepts }, (_, concept) => [...held.values()].filter((entry) => entry.concepts.has(concept)).length);
  const weight = frequency.map((count) => (count === 0 ? 0 : Math.log(1 + held.size / count)));
  const score = (entry: { concepts: Set<number> }) => [...entry.concepts].reduce((sum, concept) => sum + weight[concept]!, 0);
  return [...held.values()]
    .sort((a, b) => Number(b.concepts.size === concepts) - Number(a.concepts.size === concepts) || score(b) - score(a) || a.order - b.order)
    .map((entry) => entry.candidate);
}

/** A hit's weight in a graceful ranking: the rarity-weighted concepts it holds. */
function conceptScore(hit: Hit, query: ParsedQuery, weights: readonly number[]): number {
  const positives = positiveTerms(query);
  return positives.reduce((sum, term, index) => sum + (hit.missing.includes(term.typed ?? term.text) ? 0 : weights[index]!), 0);
}

/** How many neighbouring concepts a passage holds side by side (污水 + 处理 as 污水处理): the sense combinations the text itself uses. */
function adjacentConcepts(hit: Hit, query: ParsedQuery): number {
  const positives = positiveTerms(query);
  const text = hit.before + hit.text;
  let count = 0;
  for (let index = 0; index + 1 < positives.length; index += 1) {
    const left = termForms(positives[index]!);
    const right = termForms(positives[index + 1]!);
    if (left.some((a) => right.some((b) => text.includes(a + b)))) count += 1;
  }
  return count;
}

/**
 * The final order of a graceful query's hits, checked against their text: every concept first,
 * then the rarity-weighted concepts held, then concepts side by side (the combination the corpus
 * uses: co-occurrence), a title before a passage, else the candidates' order.
 */
export function rankGraceful(hits: Hit[], query: ParsedQuery): Hit[] {
  const positives = positiveTerms(query);
  const weights = positives.map((term) => {
    const holding = hits.filter((hit) => !hit.missing.includes(term.typed ?? term.text)).length;
    return holding === 0 ? 0 : Math.log(1 + hits.length / holding);
  });
  const keyed = hits.map((hit, order) => ({ hit, order, score: conceptScore(hit, query, weights), adjacent: adjacentConcepts(hit, query) }));
  keyed.sort((a, b) => Number(b.hit.missing.length === 0) - Number(a.hit.missing.length === 0) || b.score - a.score || b.adjacent - a.adjacent || Number(titleKinds.has(b.hit.kind)) - Number(titleKinds.has(a.hit.kind)) || a.order - b.order);
  return keyed.map(({ hit }) => hit);
}

/** Adds one search's counts per filter value to a total. */
function addFacetCounts(total: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>> | undefined): void {
  for (const [name, values] of Object.entries(counts ?? {})) {
    const sum = (total[name] ??= {});
    for (const [value, count] of Object.entries(values)) sum[value] = (sum[value] ?? 0) + count;
  }
}

/** At most this many plain queries stand in for one with alternatives. */
const maxVariants = 12;

/**
 * The plain queries (one form per term) that together find every candidate of a query with
 * alternatives, for backends that have no OR: the first forms first.
 * @example queryVariants(expandQuery(parseQuery('free trade zone'), lexicon).query) // 自贸片区, then its full names
 */
export function queryVariants(query: ParsedQuery): ParsedQuery[] {
  let variants: QueryTerm[][] = [[]];
  for (const term of query.terms) {
    const forms = term.negated ? [term.text] : termForms(term);
    variants = variants.flatMap((variant) => forms.map((form) => [...variant, { text: form, exact: term.exact, negated: term.negated }])).slice(0, maxVariants);
  }
  // The query as typed, always: an English title holds the English words, not their Chinese.
  const typed = query.terms.map((term) => (term.negated ? { text: term.text, exact: term.exact, negated: true } : { text: termForms(term).at(-1)!, exact: term.exact, negated: false }));
  if (query.terms.some((term) => term.typed !== undefined && termForms(term).at(-1) === term.typed) && !variants.some((variant) => variant.every((term, index) => term.text === typed[index]!.text))) variants.push(typed);
  return variants.map((terms) => ({ terms }));
}

/** A token that may be only part of what the index holds there: a lone ideograph (half a bigram) or a latin word (part of a longer one). */
const partialAtEdge = /^(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[0-9a-z]+)$/u;

/**
 * The tokens a phrase is looked up by. A lone ideograph at either end, cut off by punctuation
 * (著 in "著。精准", the end of a lead before its paragraph), is half a bigram in the index
 * (显著), and a latin word at either end may be cut (R of RCEP): while a bigram remains to look
 * the phrase up by, they are left to the check of the record's text (toHit) instead.
 * @example phraseTokens('著。精准') // ['精准']
 * @example phraseTokens('合作。抢抓R') // ['合作', '抢抓']
 */
export function phraseTokens(text: string): string[] {
  let tokens = searchTokens(text);
  const bigrams = () => tokens.filter((token) => !partialAtEdge.test(token)).length;
  while (bigrams() > 0 && partialAtEdge.test(tokens[0]!)) tokens = tokens.slice(1);
  while (bigrams() > 0 && partialAtEdge.test(tokens.at(-1)!)) tokens = tokens.slice(0, -1);
  return tokens;
}

/** The query of one term for a backend's phrase search, in the backend's words (tokens or their codes). */
export function termQuery(term: QueryTerm, loose: boolean, word: (token: string) => string = (token) => token): string {
  const tokens = phraseTokens(term.text).map(word);
  if (tokens.length <= 1 || loose) return tokens.join(' ');
  return `"${tokens.join(' ')}"`;
}

/** True when a query has terms with tokens to search for. */
export const searchable = (query: ParsedQuery): boolean => positiveTerms(query).some((term) => searchTokens(term.text).length > 0);

/** True when the query needs a second, looser pass: an unquoted phrase of several tokens. */
export const wantsLoosePass = (query: ParsedQuery): boolean => positiveTerms(query).some((term) => !term.exact && searchTokens(term.text).length > 1);

/** What one backend search returned: its results, and its counts per filter value. */
export interface BackendAnswer<T> {
  found: readonly T[];
  facets?: Record<string, Record<string, number>>;
}

/**
 * The candidates of a query, the same for every backend: for each of its variants (see
 * queryVariants) a strict search, phrases quoted, and, where an unquoted phrase wants it, a loose
 * one whose passages rank after. Each candidate is kept once, where first found; the facet counts
 * of the strict searches are added up (a passage found by two variants counts twice).
 */
export async function gatherCandidates<T>(
  query: ParsedQuery,
  search: (variant: ParsedQuery, loose: boolean) => Promise<BackendAnswer<T>>,
  id: (candidate: T) => string,
): Promise<{ candidates: T[]; facets: Record<string, Record<string, number>> }> {
  const candidates: T[] = [];
  const seen = new Set<string>();
  const facets: Record<string, Record<string, number>> = {};
  const add = (found: readonly T[]) => {
    for (const candidate of found) {
      if (seen.has(id(candidate))) continue;
      seen.add(id(candidate));
      candidates.push(candidate);
    }
  };
  for (const variant of queryVariants(query)) {
    const strict = await search(variant, false);
    add(strict.found);
    addFacetCounts(facets, strict.facets);
    if (wantsLoosePass(variant)) add((await search(variant, true)).found);
  }
  return { candidates, facets };
}

/**
 * A Pagefind result as a record: buildIndex keeps out of the meta what the result holds anyway
 * (the URL, the document filter) and the fields that are empty for most records.
 */
const pagefindMeta = (data: Awaited<ReturnType<PagefindResult['data']>>): PassageMeta => ({
  kind: 'paragraph',
  before: '',
  textEn: '',
  heading: '',
  headingEn: '',
  text: '',
  ...data.meta,
  url: data.url,
  documentId: data.filters.document?.[0] ?? '',
});

/**
 * Runs a parsed query. `limit` bounds how many passages are loaded and checked ('all' loads
 * every candidate, for the CLI, the concordance and the bench). With `counts: false` the filter
 * index, which grows with the corpus and which only the counts per filter value need, is not
 * loaded, and the page has no facets: the search page shows the hits first and counts after.
 */
export async function searchPassages(pagefind: PagefindApi, query: ParsedQuery, filters: Filters = {}, limit: number | 'all' = 20, { counts = true } = {}): Promise<SearchPage> {
  if (!searchable(query)) return { candidates: 0, hits: [], facets: {} };
  const options = { filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }])) };

  if (!counts) return { ...(await runSearch(pagefind, query, options, limit)), facets: {} };
  await pagefind.filters?.();
  return runSearch(pagefind, query, options, limit);
}

/** searchPassages once the filter index is loaded or known not to be wanted. */
async function runSearch(pagefind: PagefindApi, query: ParsedQuery, options: { filters: Record<string, { any: string[] }> }, limit: number | 'all'): Promise<SearchPage> {
  if (isGraceful(query)) return searchGracefully(pagefind, query, options, limit);
  const { candidates, facets } = await gatherCandidates(
    query,
    async (variant, loose) => {
      const answer = await pagefind.search(positiveTerms(variant).map((term) => termQuery(term, loose && !term.exact)).join(' '), options);
      return { found: answer?.results ?? [], facets: answer?.filters };
    },
    (result) => result.id,
  );

  const hits: Hit[] = [];
  const wanted = limit === 'all' ? Number.POSITIVE_INFINITY : limit;
  for (let start = 0; start < candidates.length && hits.length < wanted; start += 20) {
    const batch = await Promise.all(candidates.slice(start, start + 20).map((result) => result.data()));
    for (const data of batch) {
      const hit = toHit(pagefindMeta(data), query);
      if (hit) hits.push(hit);
      if (hits.length >= wanted) break;
    }
  }
  return { candidates: candidates.length, hits: rankHits(hits), facets };
}

/** How many candidates a graceful search checks beyond the page it fills: the order may change once their text is read. */
export const gracefulMargin = 20;

/** searchPassages for an English or pinyin query: every concept's forms searched apart, then ranked by concepts (rankByConcepts, rankGraceful). */
async function searchGracefully(pagefind: PagefindApi, query: ParsedQuery, options: { filters: Record<string, { any: string[] }> }, limit: number | 'all'): Promise<SearchPage> {
  const facets: Record<string, Record<string, number>> = {};
  const searches = conceptSearches(query);
  const found = await Promise.all(
    searches.map(async ({ concept, variant, english }) => {
      // English as typed: its words anywhere in the record (Pagefind stems them), unless quoted.
      const answer = await pagefind.search(positiveTerms(variant).map((term) => termQuery(term, english && !term.verbatim)).join(' '), options);
      addFacetCounts(facets, answer?.filters);
      return { concept, results: answer?.results ?? [] };
    }),
  );
  const candidates = rankByConcepts(found, positiveTerms(query).length, (result) => result.id);
  const wanted = limit === 'all' ? candidates.length : limit * 2 + gracefulMargin;
  const hits: Hit[] = [];
  for (let start = 0; start < Math.min(candidates.length, wanted); start += 20) {
    const batch = await Promise.all(candidates.slice(start, Math.min(start + 20, wanted)).map((result) => result.data()));
    for (const data of batch) {
      const hit = toHit(pagefindMeta(data), query);
      if (hit) hits.push(hit);
    }
  }
  const ranked = rankGraceful(hits, query);
  return { candidates: candidates.length, hits: limit === 'all' ? ranked : ranked.slice(0, limit), facets };
}
