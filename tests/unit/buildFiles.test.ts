// The site reads the large files of build/ itself (site/lib/buildFiles.ts): a file that does not
// fit its schema stops the build with its name and the field; a corpus without a master plan
// has no cross-references.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const scratch = mkdtempSync(path.join(tmpdir(), 'policy-reader-build-files-'));
let files: typeof import('../../site/lib/buildFiles.ts');

beforeAll(async () => {
  // buildFiles reads build/ below the working directory, as astro build runs in the project.
  vi.spyOn(process, 'cwd').mockReturnValue(scratch);
  files = await import('../../site/lib/buildFiles.ts');
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(scratch, { recursive: true, force: true });
});

const bilingual = { zh: '文', en: 'Text' };

/** A small document model as ingest writes it, edited. */
function writeDocument(name: string, edit: (model: Record<string, unknown>) => void): void {
  const model: Record<string, unknown> = {
    schemaVersion: 1,
    id: 'd',
    meta: { id: 'd', file: 'd.txt', title: bilingual, shortTitle: bilingual, kind: 'report', level: 'district', region: bilingual, date: { value: '2024', precision: 'year' }, completeness: { complete: true, note: bilingual } },
    source: { file: 'd.txt', characters: 4 },
    sourceTitle: null,
    head: { documentNumber: null, addressee: null, signature: null, date: null, copiedTo: null, printed: null },
    continuation: [],
    blocks: [{ type: 'paragraph', id: 'd/p01', line: 1, text: '海洋经济', lead: null }],
    passages: [],
    annotations: {},
    translations: {},
  };
  edit(model);
  mkdirSync(path.join(scratch, 'build/documents'), { recursive: true });
  writeFileSync(path.join(scratch, 'build/documents', name), JSON.stringify(model));
}

describe('build files', () => {
  it('reads every document model, in the order of their files, and names the file and the field of one that does not fit', async () => {
    writeDocument('b.json', (model) => (model.id = 'b'));
    writeDocument('a.json', (model) => (model.id = 'a'));
    expect((await files.documentModels()).map((model) => model.id)).toEqual(['a', 'b']);
    // Read once per build: a fresh import of the module reads the folder again.
    vi.resetModules();
    writeDocument('c.json', (model) => ((model.blocks as Array<Record<string, unknown>>)[0]!.line = 'one'));
    const again = await import('../../site/lib/buildFiles.ts');
    await expect(again.documentModels()).rejects.toThrow(/build\/documents\/c\.json .*blocks\.0\.line/u);
  });


  it('has no cross-references, shared wording or phrases without the files of a master plan', async () => {
    expect(await files.xrefGraph()).toBeNull();
    expect(await files.reuseGraph()).toBeNull();
    expect(await files.sharedPhrases()).toEqual([]);
  });
});
