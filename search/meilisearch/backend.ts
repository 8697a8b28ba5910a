// Phrase search over Meilisearch: the same queries, checks and results as the Pagefind engine,
// over the encoded tokens of the `codes` attribute (see documents.ts).
import { conceptSearches, gracefulMargin, isGraceful, queryVariants, rankByConcepts, rankGraceful, rankHits, termQuery, toHit, searchable, wantsLoosePass, type Filters, type Hit, type PassageMeta, type SearchPage } from '../engine.ts';
import { positiveTerms, type ParsedQuery } from '../query.ts';
import { step, type MeiliConnection } from './client.ts';
import { encodeToken, type MeiliDocument } from './documents.ts';

/** The UI's filter names and the attributes they filter on. */
export const facetAttributes: Record<string, keyof MeiliDocument> = {
  document: 'documentId',
  kind: 'kind',
  level: 'level',
  year: 'year',
  chapter: 'chapterId',
  topic: 'topics',
};

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * A Meilisearch filter expression: values of one filter are alternatives, filters combine.
 * @example meiliFilter({ document: ['a', 'b'], year: ['2021'] }) // '(documentId = "a" OR documentId = "b") AND (year = "2021")'
 */
export function meiliFilter(filters: Filters): string | undefined {
  const clauses = Object.entries(filters)
    .filter(([name, values]) => values.length > 0 && name in facetAttributes)
    .map(([name, values]) => `(${values.map((value) => `${facetAttributes[name]} = ${quote(value)}`).join(' OR ')})`);
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

/** The Meilisearch `q` of a parsed query: encoded tokens, phrases in quotes unless `loose`. */
export function meiliQuery(query: ParsedQuery, loose: boolean): string {
  return positiveTerms(query)
    .map((term) => termQuery(term, loose && !term.exact, encodeToken))
    .join(' ');
}

const toMeta = (document: MeiliDocument): PassageMeta => ({
  url: document.url,
  documentId: document.documentId,
  kind: document.recordKind,
  text: document.text,
  before: document.before,
  textEn: document.textEn,
  heading: document.headingPath,
  headingEn: document.headingPathEn,
});

/** A live index on a server: the connection (with its limits) and the index name. */
export interface MeiliIndex extends MeiliConnection {
  index: string;
}

/** What a page shows of a record (its kind, lead and English included): nothing else is sent back. */
const shownAttributes: Array<keyof MeiliDocument> = ['id', 'url', 'documentId', 'recordKind', 'text', 'before', 'textEn', 'headingPath', 'headingPathEn'];

interface Answer {
  hits: MeiliDocument[];
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** Facet counts per UI filter name, summed over searches (a passage found by two counts twice): counted on the strict searches only. */
function facetCounts(answers: readonly Answer[]): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = Object.fromEntries(Object.keys(facetAttributes).map((name) => [name, {}]));
  for (const answer of answers) {
    for (const [name, attribute] of Object.entries(facetAttributes)) {
      for (const [value, count] of Object.entries(answer.facetDistribution?.[attribute] ?? {})) facets[name]![value] = (facets[name]![value] ?? 0) + count;
    }
  }
  return facets;
}

/**
 * Runs a parsed query against the live index, in one request for a full page: the strict searches
 * of every variant (see queryVariants) in one multiSearch, with the facet counts, and the looser
 * searches only when the page is not full yet (or, for 'all', in the same request). Errors
 * (network, key, index) are thrown to the caller, naming the server.
 */
export async function meiliSearchPassages(target: MeiliIndex, query: ParsedQuery, filters: Filters = {}, limit: number | 'all' = 20): Promise<SearchPage> {
  if (!searchable(query)) return { candidates: 0, hits: [], facets: {} };
  const whole = limit === 'all';
  // Room for the candidates the passage checks leave out (exclusions, quoted phrases).
  const wanted = whole ? 5000 : limit * 2;
  const base = {
    indexUid: target.index,
    filter: meiliFilter(filters),
    // Every word of the query must match: Meilisearch would otherwise drop words from the end.
    matchingStrategy: 'all' as const,
    attributesToSearchOn: ['codes'],
    attributesToRetrieve: shownAttributes,
  };
  const variants = queryVariants(query);
  const loosened = variants.filter(wantsLoosePass);
  const strictQueries = variants.map((variant) => ({ ...base, q: meiliQuery(variant, false), limit: wanted, facets: Object.values(facetAttributes) }));
  const looseQueries = (extra: number) => loosened.map((variant) => ({ ...base, q: meiliQuery(variant, true), limit: wanted + extra }));
  const search = async (queries: Array<Record<string, unknown>>): Promise<Answer[]> =>
    (await step(target, `search of index "${target.index}"`, () => target.client.multiSearch({ queries: queries as never }))).results as unknown as Answer[];

  if (isGraceful(query)) {
    // English and pinyin: each concept's forms searched apart, ranked by concepts, as on Pagefind.
    const searches = conceptSearches(query);
    const size = whole ? 5000 : limit * 2 + gracefulMargin + 100;
    const answers = await search(
      searches.map(({ variant, english }) =>
        english
          ? // The English as typed, against the English text, in Meilisearch's English tokenization (the English leg).
            { ...base, q: variant.terms[0]!.verbatim ? `"${variant.terms[0]!.text}"` : variant.terms[0]!.text, attributesToSearchOn: ['textEn'], limit: size, facets: Object.values(facetAttributes) }
          : { ...base, q: meiliQuery(variant, false), limit: size, facets: Object.values(facetAttributes) },
      ),
    );
    const ranked = rankByConcepts(answers.map((answer, index) => ({ concept: searches[index]!.concept, results: answer.hits })), positiveTerms(query).length, (document) => document.id);
    const checked = ranked.slice(0, whole ? ranked.length : limit * 2 + gracefulMargin).flatMap((document) => toHit(toMeta(document), query) ?? []);
    const hits = rankGraceful(checked, query);
    return { candidates: ranked.length, hits: whole ? hits : hits.slice(0, limit), facets: facetCounts(answers) };
  }
  const first = await search(whole ? [...strictQueries, ...looseQueries(0)] : strictQueries);
  const strict = first.slice(0, variants.length);
  const loose = first.slice(variants.length);
  const documents: MeiliDocument[] = [];
  const seen = new Set<string>();
  const add = (answers: readonly Answer[]) => {
    for (const answer of answers) {
      for (const document of answer.hits) {
        if (seen.has(document.id)) continue;
        seen.add(document.id);
        documents.push(document);
      }
    }
  };
  const check = (): Hit[] => {
    const hits: Hit[] = [];
    for (const document of documents) {
      const hit = toHit(toMeta(document), query);
      if (hit) hits.push(hit);
      if (!whole && hits.length >= limit) break;
    }
    return hits;
  };
  add(strict);
  add(loose);
  let hits = check();
  if (!whole && hits.length < limit && loosened.length > 0) {
    // The phrases alone do not fill the page: passages holding their bigrams apart follow.
    loose.push(...(await search(looseQueries(seen.size))));
    add(loose);
    hits = check();
  }
  rankHits(hits);

  const facets = facetCounts(strict);
  const total = (answers: readonly Answer[]) => answers.reduce((sum, answer) => sum + (answer.estimatedTotalHits ?? answer.hits.length), 0);
  const candidates = whole ? documents.length : Math.max(documents.length, total(strict), total(loose));
  return { candidates, hits, facets };
}
