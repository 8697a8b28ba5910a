// Shorter names for the fragments of a Pagefind index. Pagefind names each record's fragment
// file by a hash of its content (en_8146638), and its metadata file (pf_meta), which the first
// query loads whole, lists every name: at 100x the corpus, 79,090 names that gzip cannot
// compress, 516 KB of the 592 KB the first query read. Numbered names (0, 1, … 1p0x) compress:
// that file fell to 296 KB, the first query to 378 KB. Nothing else reads the names: pagefind.js
// fetches fragment/<name>.pf_fragment for a result and keys its cache by the name.
// Caches must not mix builds: the numbers sit in a folder named by the metadata file Pagefind
// wrote (its hash changes with any record), and the rewritten metadata file gets a name of its
// own content's hash, which pagefind-entry.json (fetched uncached) then names.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { deflateDataFile, inflateDataFile } from './slim.ts';

/** A page of pf_meta as Pagefind 1.x writes it: [fragment name, word count, fragment group ('' for none)]. */
type Page = [string, number, string, ...CborValue[]];

const isPage = (value: CborValue): value is Page =>
  Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'string';

/** Renames at once (80,000 fragments at 100x the corpus). */
const renamesInFlight = 16;

/** The name of the index-th fragment of the metadata file `metaHash`. */
const numberedName = (metaHash: string, index: number): string => `${metaHash}/${index.toString(36)}`;

/** A metadata file's name: pagefind.<hash>.pf_meta. */
const metaFileName = (hash: string): string => `pagefind.${hash}.pf_meta`;

/**
 * Renames every fragment of the index in `outputPath` (dist/pagefind) that is a file of its own
 * to a numbered name, and writes the names into each language's pf_meta; returns how many were
 * renamed. A fragment in a group keeps its name (the group file holds it). Each pf_meta is
 * written under its new content's hash, which pagefind-entry.json names. A metadata file that
 * is not laid out as Pagefind 1.x writes it is an error naming the file.
 */
export async function numberFragments(outputPath: string): Promise<number> {
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  let renamed = 0;
  for (const [language, index] of Object.entries(entry.languages)) {
    const metaHash = index.hash;
    const metaName = metaFileName(metaHash);
    const metaFile = path.join(outputPath, metaName);
    const meta = decodeCbor(await inflateDataFile(await readFile(metaFile), metaName));
    const pages = Array.isArray(meta) ? meta[1] : undefined;
    if (!Array.isArray(pages) || !pages.every(isPage)) throw new Error(`pagefind: ${metaName} does not list its pages as Pagefind 1.x does ([name, word count, group])`);
    const fragments = path.join(outputPath, 'fragment');
    await mkdir(path.join(fragments, metaHash), { recursive: true });
    const own = [...pages.entries()].filter(([, page]) => page[2] === '');
    let next = 0;
    const renaming = async (): Promise<void> => {
      while (next < own.length) {
        const [index, page] = own[next++]!;
        const name = numberedName(metaHash, index);
        await rename(path.join(fragments, `${page[0]}.pf_fragment`), path.join(fragments, `${name}.pf_fragment`));
        page[0] = name;
      }
    };
    await Promise.all(Array.from({ length: renamesInFlight }, renaming));
    renamed += own.length;
    const written = await deflateDataFile(encodeCbor(meta));
    index.hash = `${language}_${createHash('sha256').update(written).digest('hex').slice(0, 10)}`;
    await writeFile(path.join(outputPath, metaFileName(index.hash)), written);
    if (index.hash !== metaHash) await rm(metaFile);
  }
  await writeFile(entryFile, JSON.stringify(entry));
  return renamed;
}
