// The project's segmentation for search, the same on the index and the query side: CJK text
// as overlapping character bigrams, latin letters and digits as lower-case words. A phrase of
// n ideographs is then n−1 consecutive tokens, which a phrase query matches exactly.
// (Chosen by measurement: see docs/search.md and npm run bench:search.)

const ideograph = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const wordChar = /[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

/** Folds full-width latin letters and digits to half-width, and latin to lower case. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).toLowerCase();
}

/**
 * The search tokens of a text, in order.
 * @example searchTokens('发展海洋经济，5G') // ['发展', '展海', '海洋', '洋经', '经济', '5g']
 */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  let run = '';
  let word = '';
  const flushRun = () => {
    if (run.length === 1) tokens.push(run);
    for (let index = 0; index + 1 < run.length; index += 1) tokens.push(run.slice(index, index + 2));
    run = '';
  };
  const flushWord = () => {
    if (word) tokens.push(foldWidth(word));
    word = '';
  };
  for (const char of text) {
    if (ideograph.test(char)) {
      flushWord();
      run += char;
    } else if (wordChar.test(char)) {
      flushRun();
      word += char;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return tokens;
}
