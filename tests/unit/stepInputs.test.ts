// The hashes npm run build decides by: content, not place or time; the code a step runs, found
// through its imports; the PUBLIC_ variables and nothing secret.
import { mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { absent, hashInputs, hashPath, importClosure } from '../../site/steps/inputs.ts';
import { decide } from '../../site/steps/record.ts';
import { scratch } from '../reliability/fixtures.ts';

async function write(dir: string, files: Record<string, string>): Promise<string> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

describe('hashPath', () => {
  const corpus = { 'manifest.json': '{ "documents": [] }\n', 'a.txt': '第一章 总体要求\n', 'sub/b.txt': '建设海洋经济强市。\n' };

  it('depends on the paths and bytes of the files, not on where the folder lies or when they were written', async () => {
    const first = await write(await scratch('hash'), corpus);
    const second = await write(await scratch('hash'), corpus);
    const hash = await hashPath(first);
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    expect(await hashPath(second)).toBe(hash);
    await utimes(path.join(second, 'a.txt'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(await hashPath(second)).toBe(hash);

    await writeFile(path.join(second, 'a.txt'), '第一章 总体要求\r\n');
    expect(await hashPath(second)).not.toBe(hash);
    await writeFile(path.join(second, 'a.txt'), corpus['a.txt']);
    await rename(path.join(second, 'sub', 'b.txt'), path.join(second, 'sub', 'c.txt'));
    expect(await hashPath(second)).not.toBe(hash);
    await rename(path.join(second, 'sub', 'c.txt'), path.join(second, 'sub', 'b.txt'));
    await writeFile(path.join(second, 'empty.txt'), '');
    expect(await hashPath(second)).not.toBe(hash);
    expect(await hashPath(second, [path.join(second, 'empty.txt')])).toBe(hash);
  });

  it('tells a file moved between two files apart from the same bytes split otherwise', async () => {
    const one = await write(await scratch('hash'), { 'a.txt': 'ab', 'b.txt': 'c' });
    const other = await write(await scratch('hash'), { 'a.txt': 'a', 'b.txt': 'bc' });
    expect(await hashPath(one)).not.toBe(await hashPath(other));
  });

  it('is "absent" for a path that does not exist', async () => {
    expect(await hashPath(path.join(await scratch('hash'), 'nothing'))).toBe(absent);
  });
});

describe('importClosure', () => {
  it('follows static, dynamic, worker and <script> imports within the project, and no further', async () => {
    const root = await write(await scratch('closure'), {
      'app/main.ts': "import {\n  helper,\n} from '../lib/helper.ts';\nimport 'zod';\nexport { other } from './other.ts';\nconst worker = new URL('../lib/worker.ts', import.meta.url);\n",
      'app/other.ts': "export const other = () => import('../lib/lazy.ts');\n",
      'app/page.astro': '---\nconst title = 1;\n---\n<script src="../lib/browser.ts"></script>\n',
      'app/style.css': 'p { margin: 0 }\n',
      'lib/helper.ts': "import { outside } from '../../elsewhere.ts';\nexport const helper = 1;\n",
      'lib/worker.ts': '',
      'lib/lazy.ts': '',
      'lib/browser.ts': '',
      'lib/unused.ts': '',
    });
    const files = (await importClosure(['app'], root)).map((file) => path.relative(root, file)).sort();
    expect(files).toEqual(['app/main.ts', 'app/other.ts', 'app/page.astro', 'app/style.css', 'lib/browser.ts', 'lib/helper.ts', 'lib/lazy.ts', 'lib/worker.ts']);
    expect((await importClosure(['app/other.ts'], root)).map((file) => path.relative(root, file)).sort()).toEqual(['app/other.ts', 'lib/lazy.ts']);
    expect((await importClosure(['app'], root, [path.join(root, 'app', 'main.ts')])).map((file) => path.relative(root, file)).sort()).toEqual([
      'app/other.ts',
      'app/page.astro',
      'app/style.css',
      'lib/browser.ts',
      'lib/lazy.ts',
    ]);
  });

});

describe('hashInputs', () => {
  afterEach(() => {
    delete process.env.PUBLIC_STEP_TEST;
  });

  it('hashes the PUBLIC_ variables of the environment and the .env files, and no other variable', async () => {
    const root = await write(await scratch('env'), { '.env': 'PUBLIC_SITE=one\nSECRET_KEY=first\n' });
    const hash = async () => (await hashInputs([{ label: 'env', variables: 'PUBLIC_', root }])).inputs.env;
    const before = await hash();
    await writeFile(path.join(root, '.env'), 'PUBLIC_SITE=one\nSECRET_KEY=second\n');
    expect(await hash()).toBe(before);
    await writeFile(path.join(root, '.env.production'), 'PUBLIC_SITE=two\n');
    const changed = await hash();
    expect(changed).not.toBe(before);
    process.env.PUBLIC_STEP_TEST = 'three';
    expect(await hash()).not.toBe(changed);
  });
});

describe('decide', () => {
  const recorded = { hash: 'h1', inputs: { corpus: 'c1', code: 'k1' }, output: 'o1' };
  const whole = { force: false, outputWhole: true, output: 'o1' };

  it('skips only a whole, recorded output whose inputs all hash as recorded', () => {
    expect(decide({ hash: 'h1', inputs: { corpus: 'c1', code: 'k1' } }, recorded, whole)).toEqual({ runs: false, reason: 'its inputs are unchanged (corpus, code)' });
    expect(decide({ hash: 'h2', inputs: { corpus: 'c2', code: 'k2' } }, recorded, whole)).toEqual({ runs: true, reason: 'changed: corpus, code' });
    expect(decide({ hash: 'h1', inputs: { corpus: 'c1', code: 'k1' } }, recorded, { ...whole, output: 'o2' }).runs).toBe(true);
    expect(decide({ hash: 'h1', inputs: { corpus: 'c1', code: 'k1' } }, recorded, { ...whole, outputWhole: false }).runs).toBe(true);
    expect(decide({ hash: 'h1', inputs: { corpus: 'c1', code: 'k1' } }, undefined, whole).runs).toBe(true);
    expect(decide({ hash: 'h1', inputs: { corpus: 'c1', code: 'k1' } }, recorded, { ...whole, force: true })).toEqual({ runs: true, reason: '--force' });
  });
});
