// The data downloads: each is one ZIP of files ingest wrote under build/xref/, its CSV for
// spreadsheets and its JSON for programs (schemas in the README). Made once per build: the
// page that offers one also prints its size.
import { readFile } from 'node:fs/promises';
import { zip } from './zip.ts';

export interface Download {
  /** Where the site publishes it. */
  href: string;
  /** The files of build/xref/ it holds, under the same names. */
  files: readonly string[];
}

export const downloads = {
  links: { href: '/xref/links.zip', files: ['links.csv', 'links.json'] },
  phrases: { href: '/xref/phrases.zip', files: ['phrases.csv', 'phrases.json'] },
} as const satisfies Record<string, Download>;

const made = new Map<Download, Promise<Buffer<ArrayBuffer>>>();

/** The archive of a download's files as they are in build/xref/ now. */
export function archive(download: Download): Promise<Buffer<ArrayBuffer>> {
  if (!made.has(download)) made.set(download, readAll(download.files).then(zip));
  return made.get(download)!;
}

const readAll = (names: readonly string[]) => Promise.all(names.map(async (name) => ({ name, data: await readFile(`build/xref/${name}`) })));

/** A size for people: 2.2 MB, 410 KB (decimal units, as file managers show them). */
export function formatSize(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}
