// The few best of many: what sorting them all and keeping the first would give, at the cost of
// comparing each with the few kept.

/** The first `limit` of `items` in `order`, as a stable sort and slice would give them. */
export function best<T>(items: Iterable<T>, limit: number, order: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    if (kept.length === limit && order(item, kept[limit - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1]!) < 0) at -= 1;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** The order of String.prototype.localeCompare, from one collator made once instead of per call. */
export const byText: (a: string, b: string) => number = new Intl.Collator().compare;
