// Sorting a table's rows in the page, for the glossary and the shared phrases: the column header
// that sorts carries aria-sort, the others lose it.

/**
 * Sorts `rows` into the table's body by `value` (numbers as numbers, text by localeCompare),
 * `direction` named on `header`.
 */
export function sortRows(table: HTMLTableElement, rows: readonly HTMLTableRowElement[], header: HTMLTableCellElement, direction: 'ascending' | 'descending', value: (row: HTMLTableRowElement) => string | number): void {
  for (const other of table.tHead!.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
  header.setAttribute('aria-sort', direction);
  const sign = direction === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
  table.tBodies[0]!.append(...sorted);
}

/** The direction a header's button sorts to next: the first click `first`, each further click the other way. */
export const nextDirection = (header: HTMLTableCellElement, first: 'ascending' | 'descending'): 'ascending' | 'descending' => {
  const current = header.getAttribute('aria-sort');
  return current === null ? first : current === 'ascending' ? 'descending' : 'ascending';
};
