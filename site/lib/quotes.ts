// Quotes in the lists below a passage. Shared wording: the passage above marks the whole span,
// so the list quotes a long one by its head and tail, and the plan's wording of a bridged one by
// the stretches around its edits, where the two differ. Cross-references: a window of the plan's
// paragraph with the shared terms marked, drawn by the page from the plan's text. Plain
// TypeScript, for the unit tests and the page scripts.
import { wordEdges } from '../../ingest/text/wordEdges.ts';
import { markedRanges } from './marks.ts';

/**
 * A quote of at most about `limit` characters: the text itself, or its first and last `keep`.
 * @example shortQuote('一二三四五六七八九十', 6, 2) // '一二…九十'
 */
export function shortQuote(text: string, limit = 60, keep = 24): string {
  const characters = [...text];
  return characters.length <= limit ? text : `${characters.slice(0, keep).join('')}…${characters.slice(-keep).join('')}`;
}

/**
 * The plan's wording of a span bridged over edits: the whole when short, else `context`
 * characters either side of each edit (found in order), the stretches joined by an ellipsis.
 * @example planAroundEdits('甲乙丙丁戊己庚辛壬癸子丑寅卯', [{ planText: '庚' }], 6, 2) // '…戊己庚辛壬…'
 */
export function planAroundEdits(planText: string, edits: ReadonlyArray<{ planText: string }>, limit = 60, context = 10): string {
  if ([...planText].length <= limit || edits.length === 0) return shortQuote(planText, limit);
  const windows: Array<[number, number]> = [];
  let from = 0;
  for (const edit of edits) {
    const at = planText.indexOf(edit.planText, from);
    if (at < 0) continue;
    from = at + edit.planText.length;
    const window: [number, number] = [Math.max(0, at - context), Math.min(planText.length, from + context)];
    const last = windows.at(-1);
    if (last && window[0] <= last[1]) last[1] = window[1];
    else windows.push(window);
  }
  if (windows.length === 0) return shortQuote(planText, limit);
  return windows.map(([start, end], index) => `${start > 0 && index === 0 ? '…' : ''}${planText.slice(start, end)}${end < planText.length ? '…' : ''}`).join('');
}

/**
 * The opening of a text for a list: the text itself, or its first `max` characters and an
 * ellipsis; English is cut at a word boundary.
 * @example opening('Build a modern city', 12, 'en') // 'Build a…'
 */
export function opening(text: string, max: number, lang: 'zh' | 'en'): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${lang === 'en' ? cut.replace(/\s+\S*$/u, '') : cut}…`;
}

/** How many characters of a plan's paragraph a cross-reference quotes. */
export const windowLength = 110;

/**
 * Where a cross-reference quotes a plan's paragraph: from 30 characters before its first shared
 * term, and the places of the shared terms in that window (on the paragraph's own word edges),
 * as offsets into the paragraph, so that a page can draw the quote from the paragraph's text.
 * @example termWindow('海洋牧场建设', ['海洋牧场', '建设'], ['海洋牧场']) // { at: 0, marks: [[0, 4]] }
 */
export function termWindow(text: string, tokens: readonly string[], terms: readonly string[]): { at: number; marks: Array<[number, number]> } {
  const edges = wordEdges(text, tokens);
  const at = Math.max(0, Math.min(...terms.map((term) => text.indexOf(term)).filter((index) => index >= 0), text.length) - 30);
  return { at, marks: markedRanges(text.slice(at, at + windowLength), terms, (index) => edges.has(at + index), at) };
}

/** The runs of a quoted window of `text` (see termWindow), an ellipsis on each side the text goes on. */
export function windowRuns(text: string, at: number, marks: ReadonlyArray<readonly [number, number]>): Array<{ text: string; marked: boolean }> {
  const end = Math.min(text.length, at + windowLength);
  const runs: Array<{ text: string; marked: boolean }> = at > 0 ? [{ text: '…', marked: false }] : [];
  let last = at;
  for (const [start, stop] of marks) {
    if (start < last || stop > end) continue;
    if (start > last) runs.push({ text: text.slice(last, start), marked: false });
    runs.push({ text: text.slice(start, stop), marked: true });
    last = stop;
  }
  if (end > last) runs.push({ text: text.slice(last, end), marked: false });
  if (end < text.length) runs.push({ text: '…', marked: false });
  return runs;
}
