// The shared-phrases page: filter the rows by text (the phrase or a document's wording of it), by
// document and by set phrase; sort by a column with its header button (aria-sort tells which);
// list a row's documents beyond those the page shows, from the phrase's places file
// (lib/placesFile.ts), when asked or when the rows are filtered by a document.
import { localePath } from '../../ingest/address.ts';
import { documentPath } from '../lib/panelFile.ts';
import type { PlacesFile } from '../lib/placesFile.ts';
import { decodeWording } from '../lib/wordingEdits.ts';
import { siteJson } from './siteJson.ts';
import { nextDirection, sortRows } from './sortTable.ts';

const table = document.getElementById('phrases-table') as HTMLTableElement;
const rows = [...table.tBodies[0]!.rows];
const filter = document.getElementById('phrases-filter') as HTMLInputElement;
const documentChoice = document.getElementById('phrases-document') as HTMLSelectElement;
const formulaic = document.getElementById('phrases-formulaic') as HTMLSelectElement;
const shown = document.getElementById('phrases-shown')!;

const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';

/** Replaces a row's count of further documents with those documents and their places, once. */
async function listMore(more: HTMLElement): Promise<void> {
  if (more.dataset.listing) return;
  more.dataset.listing = 'true';
  const file = await siteJson<PlacesFile>(more.dataset.more!).catch(() => null);
  if (!file || !more.isConnected) {
    delete more.dataset.listing;
    return;
  }
  more.replaceWith(
    ...file.entries.map(([documentId, places]) => {
      const item = document.createElement('li');
      const title = [...documentChoice.options].find((option) => option.value === documentId)?.textContent ?? documentId;
      item.append(`${title}${lang === 'zh' ? '：' : ': '}`);
      places.forEach(([href, exact], index) => {
        const link = document.createElement('a');
        link.setAttribute('href', localePath(lang, documentPath(documentId, href)));
        const label = (exact ? table.dataset.place : table.dataset.placeEdited) ?? '';
        link.setAttribute('aria-label', label.replace('{n}', String(index + 1)).replace('{document}', title));
        link.textContent = `${index + 1}${exact ? '' : '≈'}`;
        if (!exact) link.className = 'edited';
        item.append(link);
      });
      return item;
    }),
  );
}

for (const more of table.querySelectorAll<HTMLElement>('li.places-more[data-more]')) {
  const button = more.querySelector('button')!;
  button.hidden = false;
  button.addEventListener('click', () => void listMore(more));
}

const fold = (text: string) => text.replace(/\s+/gu, '').toLowerCase();
/** A row's phrase: the text of its heading cell. */
const phraseOf = (row: HTMLTableRowElement) => row.cells[0]!.textContent ?? '';
/** A row's text to filter on: the phrase and the documents' other wordings of it (written as edits to the phrase, lib/wordingEdits.ts). */
const wordings = new Map(
  rows.map((row) => {
    const phrase = fold(phraseOf(row));
    const others = row.dataset.wordings ? row.dataset.wordings.split(' ').map((edits) => decodeWording(phrase, edits)) : [];
    return [row, [phrase, ...others].join(' ')];
  }),
);

function applyFilter(): void {
  const wanted = fold(filter.value);
  // A row names its documents by their place in the filter's list, after its first option (all).
  const chosen = String(documentChoice.selectedIndex - 1);
  let count = 0;
  for (const row of rows) {
    const visible =
      (wanted === '' || wordings.get(row)!.includes(wanted)) &&
      (documentChoice.value === '' || (row.dataset.documents ?? '').split(' ').includes(chosen)) &&
      (formulaic.value === '' || row.dataset.formulaic === formulaic.value);
    row.hidden = !visible;
    if (visible) count += 1;
    // A row shown for a document lists that document's places, wherever it stands.
    const more = row.querySelector<HTMLElement>('li.places-more[data-more]');
    if (visible && more && documentChoice.value !== '') void listMore(more);
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
