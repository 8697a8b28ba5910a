// A CSV file of build/ (RFC 4180, CRLF line ends) made a thousand rows at a time as it is
// written, so that a table of every link or place is never one string in memory.
import { csvField } from '../text/csv.ts';
import { Chunks } from './fileContent.ts';

export type CsvRow = ReadonlyArray<string | number>;

/** The CSV of a header row and `rows`, which are made again each time the file is read. */
export function csvFile(columns: readonly string[], rows: () => Iterable<CsvRow>): Chunks {
  const line = (row: CsvRow) => `${row.map(csvField).join(',')}\r\n`;
  return new Chunks(function* () {
    yield line(columns);
    let lines: string[] = [];
    for (const row of rows()) {
      lines.push(line(row));
      if (lines.length === 1000) {
        yield lines.join('');
        lines = [];
      }
    }
    if (lines.length > 0) yield lines.join('');
  });
}
