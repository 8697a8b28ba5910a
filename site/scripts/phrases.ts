// The shared-phrases page: filter the rows by text (the phrase or a document's wording of it), by
// document and by set phrase; sort by a column with its header button (aria-sort tells which).
import { nextDirection, sortRows } from './sortTable.ts';

const table = document.getElementById('phrases-table') as HTMLTableElement;
const rows = [...table.tBodies[0]!.rows];
const filter = document.getElementById('phrases-filter') as HTMLInputElement;
const documentChoice = document.getElementById('phrases-document') as HTMLSelectElement;
const formulaic = document.getElementById('phrases-formulaic') as HTMLSelectElement;
const shown = document.getElementById('phrases-shown')!;

const fold = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
/** A row's phrase: the text of its heading cell. */
const phraseOf = (row: HTMLTableRowElement) => row.cells[0]!.textContent ?? '';
/** A row's text to filter on: the phrase and the documents' other wordings of it. */
const wordings = new Map(rows.map((row) => [row, `${fold(phraseOf(row))} ${row.dataset.filter ?? ''}`]));

function applyFilter(): void {
  const wanted = fold(filter.value);
  let count = 0;
  for (const row of rows) {
    const visible =
      (wanted === '' || wordings.get(row)!.includes(wanted)) &&
      (documentChoice.value === '' || (row.dataset.documents ?? '').split(' ').includes(documentChoice.value)) &&
      (formulaic.value === '' || row.dataset.formulaic === formulaic.value);
    row.hidden = !visible;
    if (visible) count += 1;
  }
  shown.textContent = (shown.dataset.template ?? '').replace('{count}', String(count)).replace('{total}', String(rows.length));
}

/** The value a row is sorted by in a column: numbers for counts, text otherwise. */
function sortValue(row: HTMLTableRowElement, column: string): string | number {
  if (column === 'phrase') return phraseOf(row);
  if (column === 'length') return Number(row.dataset.length);
  if (column === 'documents') return Number(row.dataset.count);
  if (column === 'occurrences') return Number(row.dataset.occurrences);
  return row.dataset.formulaic === 'true' ? 1 : 0;
}

for (const header of table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
  const column = header.dataset.sort!;
  // Numbers sort from the most, the phrase from the first; a second click reverses.
  header.querySelector('button')!.addEventListener('click', () => sortRows(table, rows, header, nextDirection(header, column === 'phrase' ? 'ascending' : 'descending'), (row) => sortValue(row, column)));
}
filter.addEventListener('input', applyFilter);
documentChoice.addEventListener('change', applyFilter);
formulaic.addEventListener('change', applyFilter);
