// The filters that belong to a record's document (its kind, level and year) answered through the
// document filter instead of filters of their own. Pagefind's filter index holds, for every value
// of every filter, the list of its records, and a search with counts loads all of it: at 100x the
// corpus, 177–180 KB for each of these three, which say nothing the document does not. The index
// keeps the document filter and a small table of each document's kind, level and year
// (document-filters.json beside it); a search with one of them selected becomes a search within
// the documents that have the value, and their counts are the sums of their documents' counts.
// Pagefind's counts are those of the results of the search as filtered, so the sums are exact.
import type { PagefindApi } from '../engine.ts';

/** The filters a record takes from its document. */
export const documentFilterNames = ['kind', 'level', 'year'] as const;
export type DocumentFilterName = (typeof documentFilterNames)[number];

/** What document-filters.json holds: each document's value of each document filter. */
export type DocumentFilterTable = Record<string, Record<DocumentFilterName, string>>;

/** The table's file, beside pagefind.js. */
export const documentFilterFile = 'document-filters.json';

type SearchOptions = NonNullable<Parameters<PagefindApi['search']>[1]>;
type Counts = Record<string, Record<string, number>>;

const isDocumentFilter = (name: string): name is DocumentFilterName => (documentFilterNames as readonly string[]).includes(name);

/** A document id no record has: a search limited to it finds nothing, and counts zero everywhere. */
const noDocument = '\u0000';

/**
 * The options of the search Pagefind runs for `options`: the document filters replaced by the
 * documents that have their values (within those of the document filter, when it is given too).
 */
export function toIndexOptions(options: SearchOptions, table: DocumentFilterTable): SearchOptions {
  const given = Object.entries(options.filters ?? {});
  const own = given.filter(([name]) => isDocumentFilter(name));
  if (own.length === 0) return options;
  const rest = Object.fromEntries(given.filter(([name]) => !isDocumentFilter(name)));
  const chosen = rest.document?.any;
  const documents = Object.keys(table).filter(
    (id) => (chosen === undefined || chosen.includes(id)) && own.every(([name, { any }]) => any.includes(table[id]![name as DocumentFilterName])),
  );
  return { ...options, filters: { ...rest, document: { any: documents.length > 0 ? documents : [noDocument] } } };
}

/** Counts with the document filters' counts added, summed from the documents' counts. */
export function withDocumentCounts(counts: Counts, table: DocumentFilterTable): Counts {
  const byDocument = counts.document ?? {};
  const added: Counts = {};
  for (const name of documentFilterNames) {
    const sums: Record<string, number> = {};
    for (const [id, values] of Object.entries(table)) sums[values[name]] = (sums[values[name]] ?? 0) + (byDocument[id] ?? 0);
    added[name] = sums;
  }
  return { ...counts, ...added };
}

/**
 * Pagefind's API over an index built with document-filters.json: searches and counts take the
 * document filters as if the index had them. `loadTable` is called once, when a search first
 * needs the table (a document filter given, or counts to complete).
 */
export function withDocumentFilters(api: PagefindApi, loadTable: () => Promise<DocumentFilterTable>): PagefindApi {
  let table: Promise<DocumentFilterTable> | null = null;
  const theTable = () => (table ??= loadTable());
  const complete = async (counts: Counts | undefined) => (counts && Object.keys(counts).length > 0 ? withDocumentCounts(counts, await theTable()) : counts);
  return {
    filters: api.filters && (async () => (await complete(await api.filters!()))!),
    async search(term, options) {
      const wanted = Object.keys(options?.filters ?? {}).some(isDocumentFilter);
      const answer = await api.search(term, options && wanted ? toIndexOptions(options, await theTable()) : options);
      if (answer === null) return null;
      return { ...answer, filters: await complete(answer.filters), totalFilters: await complete(answer.totalFilters) };
    },
  };
}
