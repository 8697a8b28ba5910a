// How the glossary shows a term's spread over the documents: a small bar per document while the
// corpus is small enough for a row of bars to be read (0.7rem each, in document order, named by
// the legend), else in words alone. Bars for every document grew the page by a bar per term and
// document (58% of the glossary's 525 KB at 50 documents) and the table by 0.85rem per
// document, past any screen's width.

/** The most documents a row draws a bar for each of. */
export const barsUpTo = 12;

/** True when each row draws a bar per document. */
export const showsBars = (documents: number): boolean => documents <= barsUpTo;

/** Bar heights in per cent of the row's largest count, in the documents' order; 0 where the term is absent (drawn as a rule). */
export function barHeights(counts: readonly number[]): number[] {
  const most = Math.max(1, ...counts);
  return counts.map((count) => (count === 0 ? 0 : Math.round(20 + (80 * count) / most)));
}
