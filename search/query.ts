// The query syntax every search backend shares: plain words, "exact phrases" and -exclusions.
// Filters come from the UI or CLI options, not from the query text.

export interface QueryTerm {
  text: string;
  /** Quoted: only passages holding exactly this text match. */
  exact: boolean;
  /** Prefixed with -: passages holding it are left out. */
  negated: boolean;
  /**
   * Set by cross-lingual expansion (crosslingual/expand.ts): the Chinese forms any one of which
   * a passage may hold; `text` is the first.
   */
  alternatives?: string[];
  /** What the user typed, when the term was expanded from it. */
  typed?: string;
  /** An English phrase the reader quoted: the English text must hold it exactly (its Chinese expansion may stand in). */
  verbatim?: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /**
   * Which ways an English query is searched (bench:crosslingual compares them): 'expansion', its
   * Chinese only; 'english', the English text only; both (the default).
   */
  legs?: 'expansion' | 'english';
}

/**
 * Parses a query: words split on white space, "…" or “…” as exact phrases, a leading - to exclude.
 * An unclosed quote runs to the end of the query.
 * @example parseQuery('海洋经济 "双招双引" -疫情') // three terms
 */
export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const pattern = /(-?)(?:["“”](.*?)(?:["“”]|$)|(\S+))/gsu;
  for (const match of input.matchAll(pattern)) {
    const negated = match[1] === '-';
    const quoted = match[2];
    const text = (quoted ?? match[3] ?? '').trim();
    if (text === '' || (text === '-' && !quoted)) continue;
    terms.push({ text, exact: quoted !== undefined, negated });
  }
  return { terms };
}

/** The query written back as text, so that a parsed query round-trips through the URL. */
export function formatQuery(query: ParsedQuery): string {
  return query.terms.map((term) => `${term.negated ? '-' : ''}${term.exact ? `"${term.text}"` : term.text}`).join(' ');
}

const latin = /^[\p{Script=Latin}0-9\s'’.\-]+$/u;

/**
 * The texts a record may hold to match a term: its alternatives, or its text. A term expanded
 * from English or pinyin also matches as typed, so that English titles are found in English.
 */
export function termForms(term: QueryTerm): string[] {
  if (!term.alternatives) return [term.text];
  const typed = term.typed;
  if (typed === undefined || !latin.test(typed) || term.alternatives.some((form) => form.toLowerCase() === typed.toLowerCase())) return term.alternatives;
  return [...term.alternatives, typed];
}

/** The terms a passage must hold (not negated). */
export const positiveTerms = (query: ParsedQuery): QueryTerm[] => query.terms.filter((term) => !term.negated);
