// Quotes of shared wording in the list below a passage. The passage above marks the whole span,
// so the list quotes a long one by its head and tail, and the plan's wording of a bridged one by
// the stretches around its edits, where the two differ. Plain TypeScript, for the unit tests.

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
