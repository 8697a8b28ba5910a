// The synthetic corpora of the benches: copies of the real texts, each with its digits shifted,
// so that a corpus 100 times larger has the same structure and phrases but no two equal passages.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Copy k of a text: the same structure with its digits shifted, so no two copies are equal. */
export function variant(text: string, copy: number): string {
  return copy === 0 ? text : text.replace(/\d/gu, (digit) => String((Number(digit) + copy) % 10));
}

/** The id of copy k of a document. */
export const copyId = (id: string, copy: number): string => (copy === 0 ? id : `${id}-copy${copy}`);

interface ManifestJson { documents: Array<{ id: string; file: string; [key: string]: unknown }> }

/**
 * Writes into `corpus` a corpus folder holding `copies` copies of every document of `source`
 * under distinct ids, as a user's growing corpus would be; returns the bytes of its texts. There
 * is one master plan: its copies are policy documents of their own for the linker.
 */
export async function writeSyntheticCorpus(source: string, corpus: string, copies: number): Promise<number> {
  await mkdir(path.join(corpus, 'translations'), { recursive: true });
  for (const file of ['topics.json', 'glossary.json', 'translations.json']) await cp(path.join(source, file), path.join(corpus, file));
  const manifest = JSON.parse(await readFile(path.join(source, 'manifest.json'), 'utf8')) as ManifestJson;
  const documents: ManifestJson['documents'] = [];
  let sourceBytes = 0;
  for (const entry of manifest.documents) {
    const text = await readFile(path.join(source, entry.file), 'utf8');
    for (let copy = 0; copy < copies; copy += 1) {
      const id = copyId(entry.id, copy);
      const file = `${id}.txt`;
      const copied = variant(text, copy);
      sourceBytes += Buffer.byteLength(copied);
      await writeFile(path.join(corpus, file), copied);
      documents.push({ ...entry, id, file, ...(copy > 0 && entry.kind === 'master-plan' ? { kind: 'policy-document' } : {}) });
    }
    // The English of the originals (the copies' digits differ, so theirs would be stale).
    await cp(path.join(source, 'translations', `${entry.id}.json`), path.join(corpus, 'translations', `${entry.id}.json`)).catch(() => undefined);
  }
  await writeFile(path.join(corpus, 'manifest.json'), JSON.stringify({ ...manifest, documents }, null, 2));
  return sourceBytes;
}
