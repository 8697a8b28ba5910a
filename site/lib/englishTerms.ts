// Glossary notes in the English text: where the Chinese of a unit holds a glossary term, its
// English rendering (or an English alias) is found in the unit's English and marked like the
// Chinese term, so that its note (Chinese, pinyin, explanation) opens from either text.
import type { TermSpan } from '../../ingest/model.ts';

/** A term's English renderings, by term id: its rendering first, then its English aliases. */
export type Renderings = ReadonlyMap<string, readonly string[]>;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A rendering as a pattern: case, plurals and a space or hyphen between words may differ. */
function renderingPattern(rendering: string): RegExp {
  const words = rendering.split(/[\s-]+/u).filter(Boolean).map((word) => `${escape(word).replace(/y$/u, '(?:y|ie)')}(?:s|es)?`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The spans of the terms of a unit's Chinese (`chinese`, in the order they occur) in its English:
 * each term's first rendering not overlapping an earlier one, with the Chinese span's `first` flag.
 * @example englishTermSpans('We will grow the marine economy.', [{ term: 'hai-yang-jing-ji', start: 2, end: 6, first: true }], new Map([['hai-yang-jing-ji', ['marine economy']]])) // [{ term: 'hai-yang-jing-ji', start: 17, end: 31, first: true }]
 */
export function englishTermSpans(english: string, chinese: readonly TermSpan[], renderings: Renderings): TermSpan[] {
  const taken: TermSpan[] = [];
  for (const span of chinese) {
    if (taken.some((other) => other.term === span.term)) continue;
    for (const rendering of renderings.get(span.term) ?? []) {
      const pattern = new RegExp(renderingPattern(rendering).source, 'giu');
      const match = [...english.matchAll(pattern)].find((candidate) => !taken.some((other) => candidate.index < other.end && other.start < candidate.index + candidate[0].length));
      if (match) {
        taken.push({ term: span.term, start: match.index, end: match.index + match[0].length, first: span.first });
        break;
      }
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
