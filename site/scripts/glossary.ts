// The glossary page: filter the rows by text (Chinese, pinyin with or without tones, English)
// and topic, and sort by any column with a header button; aria-sort tells which.
import { pinyinKey } from '../../search/crosslingual/keys.ts';

const table = document.getElementById('glossary-table') as HTMLTableElement;
const body = table.tBodies[0]!;
const rows = [...body.rows];
const filter = document.getElementById('glossary-filter') as HTMLInputElement;
const topic = document.getElementById('glossary-topic') as HTMLSelectElement;
const shown = document.getElementById('glossary-shown')!;

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

/** The value a row is sorted by in a column: numbers for counts, text otherwise. */
function sortValue(row: HTMLTableRowElement, column: string): string | number {
  if (column === 'term') return row.dataset.term ?? '';
  if (column === 'en') return row.dataset.en ?? '';
  if (column === 'topic') return row.dataset.topicLabel ?? '';
  if (column === 'total') return Number(row.dataset.total);
  return Number(row.getAttribute(`data-doc-${column.slice('doc:'.length)}`));
}

function sortBy(header: HTMLTableCellElement): void {
  const column = header.dataset.sort!;
  const numeric = column === 'total' || column.startsWith('doc:');
  // Counts sort from the most; text from A; a second click reverses.
  const current = header.getAttribute('aria-sort');
  const direction = current === null ? (numeric ? 'descending' : 'ascending') : current === 'ascending' ? 'descending' : 'ascending';
  for (const other of table.tHead!.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
  header.setAttribute('aria-sort', direction);
  const sign = direction === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
  body.append(...sorted);
}

for (const header of table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
  header.querySelector('button')!.addEventListener('click', () => sortBy(header));
}
filter.addEventListener('input', applyFilter);
topic.addEventListener('change', applyFilter);
