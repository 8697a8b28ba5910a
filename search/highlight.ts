// Excerpts with every occurrence of the matched phrases marked, as HTML that is safe to insert:
// the passage and the query are text, never markup.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (char) => entities[char]!);

/** Every [start, end) range where one of the phrases occurs, case-insensitively for latin; overlapping ranges merged. */
export function matchRanges(text: string, phrases: readonly string[]): Array<[number, number]> {
  const haystack = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase();
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * An excerpt of about `length` characters around the first match, as HTML with <mark> around
 * every match inside it; with `from`, only matches that end after it count (the text before it
 * is context printed on the same line, another record's).
 */
export function excerptHtml(text: string, phrases: readonly string[], length = 120, from = 0): string {
  const ranges = matchRanges(text, phrases).filter(([, end]) => end > from);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const markFrom = Math.max(from, start);
    const markTo = Math.min(to, end);
    html += escapeHtml(text.slice(cursor, markFrom)) + `<mark>${escapeHtml(text.slice(markFrom, markTo))}</mark>`;
    cursor = markTo;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  return html;
}

export interface ConcordanceLine {
  left: string;
  match: string;
  right: string;
  /** Offset of the match in the passage (negative when it starts in the lead printed before it). */
  offset: number;
}

/**
 * Every occurrence of the phrases in a text with `width` characters of context either side
 * (KWIC); with `after`, only those that end after it (see excerptHtml).
 */
export function concordance(text: string, phrases: readonly string[], width = 20, after = 0): ConcordanceLine[] {
  return matchRanges(text, phrases).filter(([, end]) => end > after).map(([from, to]) => ({
    left: text.slice(Math.max(0, from - width), from),
    match: text.slice(from, to),
    right: text.slice(to, to + width),
    offset: from - after,
  }));
}
