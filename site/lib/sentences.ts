// The sentences of a translation that hold given words of its Chinese: a pure function, apart
// from the site's content types so that unit tests can import it.

const sentenceEnds = (text: string): number[] => {
  const ends = [...text.matchAll(/[。；！？]+/gu)].map((match) => match.index + match[0].length).filter((end) => end < text.length);
  return [...ends, text.length];
};

/**
 * The English of the sentences of a unit that hold [start, end) of its Chinese: the same sentences
 * by number where the English has as many as the Chinese (most units: the translations keep the
 * sentences), else the unit's whole English.
 * @example sentencesOf('一是甲。二是乙。', 'First A. Second B.', 4, 7) // 'Second B.'
 */
export function sentencesOf(zh: string, en: string, start: number, end: number): string {
  const ends = sentenceEnds(zh);
  // Words that open with the stop of the sentence before (。依托…) belong to the next one.
  while (start < end - 1 && /[。；！？]/u.test(zh[start]!)) start += 1;
  const english = en.split(/(?<=[.;!?])\s+/u).filter((sentence) => sentence.trim() !== '');
  if (english.length !== ends.length) return en;
  const first = ends.findIndex((at) => at > start);
  const last = ends.findIndex((at) => at >= end);
  return english.slice(first, (last < 0 ? ends.length - 1 : last) + 1).join(' ');
}
