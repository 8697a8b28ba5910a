// Character classes of Chinese print text.

const cjk = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

const contentClass = `${cjk}0-9A-Za-z\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a`;

/** Content characters: CJK ideographs, digits and latin letters (full- or half-width). */
export const contentCharPattern = new RegExp(`[${contentClass}]`, 'gu');
const nonContentChars = new RegExp(`[^${contentClass}]+`, 'gu');
const oneContentChar = new RegExp(`[${contentClass}]`, 'u');

/** The content characters of a text, in order, as one string. */
export function contentChars(text: string): string {
  // Dropping the rest keeps the same characters as collecting the matches, without an array of them.
  return text.replace(nonContentChars, '');
}

/** True when a text holds at least one content character. */
export const hasContentChars = (text: string): boolean => oneContentChar.test(text);

/** Removes all white space, to compare texts printed with different spacing. */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

const spaceBetweenIdeographs = new RegExp(`(?<=[${cjk}])[ \\u3000]+(?=[${cjk}])`, 'gu');

/** Drops the spaces print extraction put between two ideographs (青 岛 西 海 岸, 总投 资). */
export function closeIdeographSpaces(text: string): string {
  return text.replace(spaceBetweenIdeographs, '');
}

const closers = '”’」』）)》〉】"\'';
const sentenceFinal = '。！？!?；;…：:';

/** True when a line ends a sentence, so that a break after it is a real paragraph break. */
export function endsSentence(text: string): boolean {
  let end = text.trimEnd();
  while (end.length > 0 && closers.includes(end[end.length - 1]!)) end = end.slice(0, -1);
  if (end.length === 0) return false;
  const last = end[end.length - 1]!;
  // Closing quotes were stripped above, so …。” counts as ending a sentence and “搞活一座城” does not.
  return sentenceFinal.includes(last);
}

/** The first sentence of a text, with its final punctuation, or null when the text has none. */
export function firstSentence(text: string): string | null {
  const match = /^[^。！？!?]*[。！？!?]/u.exec(text);
  return match ? match[0] : null;
}

/** True when the text has no sentence punctuation at all (a heading-like line). */
export function hasNoClausePunctuation(text: string): boolean {
  return !/[，。；！？,;!?：:]/u.test(text);
}
