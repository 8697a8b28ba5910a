// Phrase search over Meilisearch: the same queries, checks and results as the Pagefind engine,
// over the encoded tokens of the `codes` attribute (see documents.ts).
import type { Index } from 'meilisearch';
import { gatherCandidates, rankHits, termQuery, toHit, searchable, type Filters, type Hit, type PassageMeta, type SearchPage } from '../engine.ts';
import { positiveTerms, type ParsedQuery } from '../query.ts';
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

/** Runs a parsed query against the live index. Errors (network, key, index) are thrown to the caller. */
export async function meiliSearchPassages(index: Index<MeiliDocument>, query: ParsedQuery, filters: Filters = {}, limit: number | 'all' = 20): Promise<SearchPage> {
  if (!searchable(query)) return { candidates: 0, hits: [], facets: {} };
  const base = {
    filter: meiliFilter(filters),
    limit: limit === 'all' ? 5000 : limit * 2,
    // Every word of the query must match: Meilisearch would otherwise drop words from the end.
    matchingStrategy: 'all' as const,
    attributesToSearchOn: ['codes'],
  };
  const { candidates: documents, facets: facetDistribution } = await gatherCandidates(
    query,
    async (variant, loose) => {
      // Facets are counted on the strict searches only.
      const answer = await index.search(meiliQuery(variant, loose), loose ? base : { ...base, facets: Object.values(facetAttributes) });
      return { found: answer.hits, facets: answer.facetDistribution };
    },
    (document) => document.id,
  );
  const hits: Hit[] = [];
  for (const document of documents) {
    const hit = toHit(toMeta(document), query);
    if (hit) hits.push(hit);
    if (limit !== 'all' && hits.length >= limit) break;
  }
  rankHits(hits);
  const facets = Object.fromEntries(Object.entries(facetAttributes).map(([name, attribute]) => [name, facetDistribution[attribute] ?? {}]));
  return { candidates: documents.length, hits, facets };
}
