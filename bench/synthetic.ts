// The synthetic corpora of the benches: copies of the real texts, each with its digits shifted,
// so that a corpus 100 times larger has the same structure and phrases but no two equal passages.

/** Copy k of a text: the same structure with its digits shifted, so no two copies are equal. */
export function variant(text: string, copy: number): string {
  return copy === 0 ? text : text.replace(/\d/gu, (digit) => String((Number(digit) + copy) % 10));
}

/** The id of copy k of a document. */
export const copyId = (id: string, copy: number): string => (copy === 0 ? id : `${id}-copy${copy}`);
