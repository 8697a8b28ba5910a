// The glossary page: filter the rows by text (Chinese, pinyin with or without tones, English)
// and topic; sort by a column with its header button, or by the count in one document; aria-sort
// tells which. A term's places are fetched the first time a reader opens them, the counts per
// document the first time the rows are sorted by one (lib/glossaryFiles.ts).
import { localePath } from '../../ingest/address.ts';
import { documentPath } from '../lib/panelFile.ts';
import { pinyinKey } from '../../search/crosslingual/keys.ts';
import { termCountsHref, termPlacesHref, type TermCountsFile, type TermPlacesFile } from '../lib/glossaryFiles.ts';
import { fillOnOpen, siteJson } from './siteJson.ts';
import { nextDirection, sortRows } from './sortTable.ts';

const table = document.getElementById('glossary-table') as HTMLTableElement;
const body = table.tBodies[0]!;
const rows = [...body.rows];
const filter = document.getElementById('glossary-filter') as HTMLInputElement;
const topic = document.getElementById('glossary-topic') as HTMLSelectElement;
const shown = document.getElementById('glossary-shown')!;
const byDocument = document.getElementById('glossary-sort-document') as HTMLSelectElement;

function applyFilter(): void {
  const wanted = filter.value.trim().toLowerCase();
  const key = pinyinKey(wanted);
  let count = 0;
  for (const row of rows) {
    const text = row.dataset.filter ?? '';
    const visible = (wanted === '' || text.includes(wanted) || (key.length >= 2 && text.includes(key))) && (topic.value === '' || row.dataset.topic === topic.value);
    row.hidden = !visible;
    if (visible) count += 1;
  }
  shown.textContent = (shown.dataset.template ?? '').replace('{count}', String(count)).replace('{total}', String(rows.length));
}

/** The value a row is sorted by in a column (or `doc:<id>`, the count in one document): numbers for counts, text otherwise. */
function sortValue(row: HTMLTableRowElement, column: string): string | number {
  if (column === 'term') return row.dataset.term ?? '';
  if (column === 'en') return row.dataset.en ?? '';
  if (column === 'topic') return row.dataset.topicLabel ?? '';
  if (column === 'total') return Number(row.dataset.total);
  // The count in one document (sortByDocument fetches its counts first): none is 0.
  return countsIn.get(column.slice('doc:'.length))?.[row.id] ?? 0;
}

/** Sorts the rows by a column; `header` is the column header that then carries aria-sort. */
const sortByColumn = (header: HTMLTableCellElement, column: string, direction: 'ascending' | 'descending'): void => sortRows(table, rows, header, direction, (row) => sortValue(row, column));

function sortBy(header: HTMLTableCellElement): void {
  const column = header.dataset.sort!;
  // Counts sort from the most; text from A; a second click reverses.
  if (byDocument.value !== '') header.removeAttribute('aria-sort');
  byDocument.value = '';
  sortByColumn(header, column, nextDirection(header, column === 'total' ? 'descending' : 'ascending'));
}

for (const header of table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
  header.querySelector('button')!.addEventListener('click', () => sortBy(header));
}
const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
/** Per document, each term's count there: fetched when the rows are first sorted by that document. */
const countsIn = new Map<string, TermCountsFile>();

async function sortByDocument(documentId: string): Promise<void> {
  if (documentId === '') {
    sortByColumn(table.tHead!.querySelector<HTMLTableCellElement>('th[data-sort="term"]')!, 'term', 'ascending');
    return;
  }
  try {
    if (!countsIn.has(documentId)) countsIn.set(documentId, await siteJson<TermCountsFile>(termCountsHref(documentId)));
  } catch {
    return;
  }
  // The reader may have chosen again meanwhile: only the latest choice sorts.
  if (byDocument.value === documentId) sortByColumn(table.tHead!.querySelector<HTMLTableCellElement>('th[data-sort="total"]')!, `doc:${documentId}`, 'descending');
}
byDocument.addEventListener('change', () => void sortByDocument(byDocument.value));

/** A document's short title in the page's language, from the list of documents to sort by. */
const documentTitle = (documentId: string): string => [...byDocument.options].find((option) => option.value === documentId)?.textContent ?? documentId;

/** A term's places: per document, a numbered link to each. */
async function placesList(termId: string): Promise<HTMLUListElement> {
  const list = document.createElement('ul');
  for (const [documentId, hrefs] of await siteJson<TermPlacesFile>(termPlacesHref(termId))) {
    const title = documentTitle(documentId);
    const item = list.appendChild(document.createElement('li'));
    item.append(`${title}${lang === 'zh' ? '：' : ': '}`);
    hrefs.forEach((href, index) => {
      const link = item.appendChild(document.createElement('a'));
      link.href = localePath(lang, documentPath(documentId, href));
      link.textContent = String(index + 1);
      link.setAttribute('aria-label', (table.dataset.place ?? '').replace('{n}', String(index + 1)).replace('{document}', title));
    });
  }
  return list;
}
// toggle does not bubble: listen in the capture phase, once for all rows.
body.addEventListener('toggle', (event) => {
  const details = event.target as HTMLDetailsElement;
  if (details.open && details.dataset.term) void fillOnOpen(details, { loading: table.dataset.loading ?? '', failed: table.dataset.failed ?? '' }, () => placesList(details.dataset.term!));
}, true);
filter.addEventListener('input', applyFilter);
topic.addEventListener('change', applyFilter);
