// Shorter names for the fragments of a Pagefind index. Pagefind names each record's fragment
// file by a hash of its content (en_8146638), and its metadata file (pf_meta), which the first
// query loads whole, lists every name: at 100x the corpus, 79,090 names that gzip cannot
// compress, 516 KB of the 592 KB the first query read. Numbered names (0, 1, … 1p0x) compress:
// that file fell to 296 KB, the first query to 378 KB. The numbers sit in a folder named by the
// metadata file's own hash, which changes with any record, so that a fragment cached from an
// earlier build is never taken for a new one under the same name. Nothing else reads the names: pagefind.js fetches
// fragment/<name>.pf_fragment for a result and keys its cache by the name.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
export const numberedName = (metaHash: string, index: number): string => `${metaHash}/${index.toString(36)}`;

/**
 * Renames every fragment of the index in `outputPath` (dist/pagefind) that is a file of its own
 * to a numbered name, and writes the names into each language's pf_meta; returns how many were
 * renamed. A fragment in a group keeps its name (the group file holds it). A metadata file that
 * is not laid out as Pagefind 1.x writes it is an error naming the file.
 */
export async function numberFragments(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  let renamed = 0;
  for (const { hash: metaHash } of Object.values(entry.languages)) {
    const metaName = `pagefind.${metaHash}.pf_meta`;
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
    await writeFile(metaFile, await deflateDataFile(encodeCbor(meta)));
  }
  return renamed;
}
