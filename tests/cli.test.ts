// The ingest command as a user runs it: exit codes, messages naming the file, and build/
// left as it was when the input is bad.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, projectRoot, searchConfigDir } from './helpers.ts';

const execFileAsync = promisify(execFile);
const cli = path.join(projectRoot, 'ingest', 'cli.ts');

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli, '--search-config', searchConfigDir, ...args], { cwd: projectRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), await readFile(file, 'utf8'));
    }
  }
  return files;
}

let workDir: string;
let corpusCopy: string;
let out: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'policy-reader-cli-'));
  corpusCopy = path.join(workDir, 'corpus');
  out = path.join(workDir, 'build');
  await cp(corpusDir, corpusCopy, { recursive: true });
});

describe('npm run ingest', () => {
  it('writes build/ and prints per document what it found', async () => {
    const result = await ingest('--corpus', corpusCopy, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/qingdao-plan-2021: \d+ headings, \d+ paragraphs, 39 boxes, 1 tables, 6 figures, 171 box items; \d+ passages/u);
    expect(result.stderr).toContain('[1/5] qingdao-plan-2021');
    const files = [...(await filesOf(out)).keys()].sort();
    expect(files).toEqual(expect.arrayContaining(['corpus.json', 'diagnostics.json', 'search/documents.json', 'documents/qingdao-plan-2021.json', 'markdown/qingdao-plan-2021.md']));
  });

  it('writes the same bytes twice', async () => {
    const second = path.join(workDir, 'build-again');
    expect((await ingest('--corpus', corpusCopy, '--out', second)).code).toBe(0);
    expect(await filesOf(second)).toEqual(await filesOf(out));
  });

  it('prints the same report as JSON with --json', async () => {
    const result = await ingest('--corpus', corpusCopy, '--out', path.join(workDir, 'build-json'), '--json');
    const report = JSON.parse(result.stdout) as { ok: boolean; documents: Array<{ id: string; passages: number; blocks: Record<string, number> }> };
    expect(report.ok).toBe(true);
    expect(report.documents.find((document) => document.id === 'qingdao-plan-2021')).toMatchObject({ blocks: { box: 39, table: 1, figure: 6 } });
  });

  it('fails on a bad manifest, names the file, and leaves the previous build/ untouched', async () => {
    const before = await filesOf(out);
    const modified = (await stat(path.join(out, 'corpus.json'))).mtimeMs;
    const broken = path.join(workDir, 'broken-corpus');
    await cp(corpusCopy, broken, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(broken, 'manifest.json'), 'utf8')) as { documents: Array<Record<string, unknown>> };
    manifest.documents[1]!.id = manifest.documents[0]!.id;
    delete manifest.documents[2]!.kind;
    await writeFile(path.join(broken, 'manifest.json'), JSON.stringify(manifest));
    const result = await ingest('--corpus', broken, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(broken, 'manifest.json')}:1: error documents.2.kind`);
    expect(result.stderr).toContain('ingest failed');
    expect(await filesOf(out)).toEqual(before);
    expect((await stat(path.join(out, 'corpus.json'))).mtimeMs).toBe(modified);
  });

  it('fails on a missing or binary source and names it', async () => {
    const broken = path.join(workDir, 'missing-corpus');
    await cp(corpusCopy, broken, { recursive: true });
    await rm(path.join(broken, 'qingdao-feature-2023.txt'));
    await writeFile(path.join(broken, 'west-coast-feature-2022.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const result = await ingest('--corpus', broken, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(broken, 'qingdao-feature-2023.txt')}: error file not found`);
    expect(result.stderr).toContain(`${path.join(broken, 'west-coast-feature-2022.txt')}: error the file holds NUL bytes`);
  });

  it('refuses unknown options with exit code 2', async () => {
    const result = await ingest('--no-such-option');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest');
  });
});
