// What Pagefind writes that the site never reads, taken out of the index folder after it is
// written. Pagefind keeps in every record's fragment a copy of the text it indexed and of every
// filter value; for this index that text is the bigram tokens (海洋 洋经 经济, more bytes than the
// passage itself, which the fragment's meta holds as well), and the filter values are answered
// by the filter index. The query layer (engine.ts pagefindMeta) reads a fragment's url, its
// document filter and its meta only, so the rest goes: 10x corpus, fragments 6.99 -> 4.50 MB.
// Pagefind also writes its own search UIs beside the index (the site has its own) and the
// WebAssembly of the 'unknown' language, which an index built with forceLanguage 'en' never
// loads (pagefind-entry.json names only 'en').
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';

const gunzip = promisify(gunzipCallback);
const gzip = promisify(gzipCallback);

/** The bytes a Pagefind data file starts with once inflated. */
const signature = 'pagefind_dcd';

/** Files of Pagefind's own UIs and highlighter, which the site does not load (it imports pagefind.js alone). */
export const unusedAssets = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  [field: string]: unknown;
}

const isFragment = (value: unknown): value is Fragment =>
  typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';

/** A fragment without its indexed text and with only its document filter (what engine.ts reads). */
export function slimFragment(fragment: Fragment): Fragment {
  const { document } = fragment.filters;
  return { ...fragment, content: '', filters: document ? { document } : {} };
}

/** What a Pagefind data file holds after its signature, or an error naming the file when it is not one. */
export async function inflateDataFile(bytes: Buffer, file: string): Promise<Buffer> {
  const inflated = await gunzip(bytes);
  if (inflated.subarray(0, signature.length).toString('latin1') !== signature) throw new Error(`pagefind: ${file} does not start with ${signature}`);
  return inflated.subarray(signature.length);
}

/** A Pagefind data file holding `body`. */
export const deflateDataFile = (body: Uint8Array): Promise<Buffer> => gzip(Buffer.concat([Buffer.from(signature, 'latin1'), body]), { level: 9 });

const readDataFile = async (bytes: Buffer, file: string): Promise<unknown> => JSON.parse((await inflateDataFile(bytes, file)).toString('utf8'));

const writeDataFile = (value: unknown): Promise<Buffer> => deflateDataFile(Buffer.from(JSON.stringify(value), 'utf8'));

/** A fragment file slimmed in place; returns the bytes saved. */
async function slimFile(folder: string, name: string): Promise<number> {
  const file = path.join(folder, name);
  const bytes = await readFile(file);
  const data = await readDataFile(bytes, name);
  let slim: unknown;
  if (isFragment(data)) slim = slimFragment(data);
  else if (typeof data === 'object' && data !== null && Object.values(data).every(isFragment)) {
    slim = Object.fromEntries(Object.entries(data as Record<string, Fragment>).map(([hash, fragment]) => [hash, slimFragment(fragment)]));
  } else throw new Error(`pagefind: ${name} is neither a fragment nor a fragment group`);
  const written = await writeDataFile(slim);
  await writeFile(file, written);
  return bytes.length - written.length;
}

/** Fragment files slimmed at once: their reads, writes and (de)compression run beside this thread, on both cores (80,000 files at 100× the corpus). */
const filesInFlight = 16;

/**
 * Rewrites every fragment of the index in `outputPath` (dist/pagefind) with slimFragment (a
 * fragment group, which maps hashes to fragments, fragment by fragment) and removes the unused
 * assets; returns the bytes saved. A file that is not what Pagefind wrote is an error, not skipped.
 */
export async function slimIndex(outputPath: string): Promise<number> {
  const folder = path.join(outputPath, 'fragment');
  const names = await readdir(folder);
  let saved = 0;
  let next = 0;
  const slimming = async (): Promise<void> => {
    while (next < names.length) {
      const fewer = await slimFile(folder, names[next++]!);
      saved += fewer;
    }
  };
  await Promise.all(Array.from({ length: filesInFlight }, slimming));
  for (const name of unusedAssets) {
    const file = path.join(outputPath, name);
    const size = await readFile(file).then((bytes) => bytes.length, () => 0);
    await rm(file, { force: true });
    saved += size;
  }
  return saved;
}
