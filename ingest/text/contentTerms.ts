// The words of a segmented text that can say what it is about: what keywords (tag) and links
// (link) are drawn from.

const numeric = /^[\d.%]+$/u;

/**
 * Keeps the tokens of two characters or more that are not a number and not a stop word.
 * @example contentTerms(['推进', '海洋', '经济', '的', '2035', '发展'], new Set(['发展'])) // ['推进', '海洋', '经济']
 */
export function contentTerms(tokens: readonly string[], stopWords: ReadonlySet<string>): string[] {
  const kept: string[] = [];
  for (const token of tokens) {
    // Two UTF-16 units may be one character outside the BMP (a surrogate pair); three are always two characters.
    if (token.length < 2 || (token.length === 2 && isSurrogatePair(token))) continue;
    if (numeric.test(token) || stopWords.has(token)) continue;
    kept.push(token);
  }
  return kept;
}

const isSurrogatePair = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return first >= 0xd800 && first <= 0xdbff;
};
