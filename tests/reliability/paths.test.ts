// Read nothing outside the corpus, write nothing inside it (or inside search-config/), and
// clean up after a run that was killed.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, searchConfigDir } from '../helpers.ts';
import { removeStaleTemporaries } from '../../ingest/emit/writeBuild.ts';
import { ingest, ingestCli, lineOf, planText, runNode, scratch, smallCorpus, snapshot } from './fixtures.ts';

describe('manifest files stay inside the corpus folder', () => {
  const escapes: Array<[string, string]> = [
    ['a path climbing out with ..', '../../../../../../../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a path that climbs out and back in', '../corpus-sibling/plan.txt'],
  ];
  for (const [what, file] of escapes) {
    it(`refuses ${what}, at the manifest line, and publishes nothing`, async () => {
      const work = await scratch('escape');
      const corpus = await smallCorpus(path.join(work, 'corpus'), { entries: ([plan, report]) => [plan!, { ...report!, file }] });
      await smallCorpus(path.join(work, 'corpus-sibling'));
      const out = path.join(work, 'build');
      const result = await ingest('--corpus', corpus, '--out', out);
      expect(result.code).toBe(1);
      const manifest = path.join(corpus, 'manifest.json');
      const line = lineOf(await readFile(manifest, 'utf8'), JSON.stringify(file));
      expect(result.stderr).toContain(`${manifest}:${line}: error documents.1.file "${file}" is outside the corpus folder`);
      expect(result.stderr).not.toContain('root:x:0:0');
      await expect(stat(out)).rejects.toThrow();
    });
  }

  it('refuses a symbolic link inside the corpus that points outside it', async () => {
    const work = await scratch('symlink');
    await writeFile(path.join(work, 'secret.txt'), '机密文件的内容不得发布。\n');
    const corpus = await smallCorpus(path.join(work, 'corpus'), { entries: ([plan, report]) => [plan!, { ...report!, file: 'linked/report.txt' }] });
    await mkdir(path.join(corpus, 'linked'));
    await symlink(path.join(work, 'secret.txt'), path.join(corpus, 'linked', 'report.txt'));
    const out = path.join(work, 'build');
    const result = await ingest('--corpus', corpus, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json:\d+: error documents\.1\.file "linked\/report\.txt" is outside the corpus folder/u);
    await expect(stat(out)).rejects.toThrow();
  });

  it('accepts a file in a sub-folder, and a link that stays inside the corpus', async () => {
    const work = await scratch('inside');
    const corpus = await smallCorpus(path.join(work, 'corpus'), {
      entries: ([plan, report]) => [{ ...plan!, file: 'texts/plan.txt' }, { ...report!, file: 'report-link.txt' }],
      files: { 'texts/plan.txt': planText },
    });
    await symlink('report.txt', path.join(corpus, 'report-link.txt'));
    const result = await ingest('--corpus', corpus, '--out', path.join(work, 'build'));
    expect(result.stderr).not.toContain('outside the corpus');
    expect(result.code).toBe(0);
  });
});

describe('--out never overwrites the inputs', () => {
  const cases: Array<[string, (work: string) => string]> = [
    ['is the corpus', (work) => path.join(work, 'corpus')],
    ['contains the corpus', (work) => work],
    ['lies inside the corpus', (work) => path.join(work, 'corpus', 'build')],
    ['is search-config', (work) => path.join(work, 'search-config')],
    ['lies inside search-config', (work) => path.join(work, 'search-config', 'out')],
  ];
  for (const [what, outOf] of cases) {
    it(`refuses an --out that ${what}, with exit code 2, and changes nothing`, async () => {
      const work = await scratch('out');
      const corpus = await smallCorpus(path.join(work, 'corpus'));
      const config = path.join(work, 'search-config');
      await cp(searchConfigDir, config, { recursive: true });
      const before = await snapshot(work);
      const result = await ingest('--corpus', corpus, '--search-config', config, '--out', outOf(work));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--out .* (is|contains|lies inside) (the corpus|search-config)/u);
      expect(await snapshot(work)).toEqual(before);
    });
  }

  it('refuses an --out reached through a link into the corpus', async () => {
    const work = await scratch('out-link');
    const corpus = await smallCorpus(path.join(work, 'corpus'));
    await symlink(corpus, path.join(work, 'alias'));
    const before = await snapshot(corpus);
    const result = await ingest('--corpus', corpus, '--out', path.join(work, 'alias', 'build'));
    expect(result.code).toBe(2);
    expect(await snapshot(corpus)).toEqual(before);
  });
});

describe('a build replaces only an earlier build', () => {
  it('ingest refuses an --out that holds other files, or is a file, and leaves it as it was', async () => {
    const work = await scratch('foreign-out');
    const corpus = await smallCorpus(path.join(work, 'corpus'));
    await mkdir(path.join(work, 'notes'));
    await writeFile(path.join(work, 'notes', 'thesis.md'), '# my notes');
    await writeFile(path.join(work, 'list.txt'), 'a file');
    const before = await snapshot(work);
    for (const out of ['notes', 'list.txt']) {
      const result = await ingest('--corpus', corpus, '--out', path.join(work, out));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--out: .*(holds files but no corpus\.json|is a file, not a folder)/u);
    }
    expect(await snapshot(work)).toEqual(before);
    // An empty folder and an earlier build are fine.
    await mkdir(path.join(work, 'empty'));
    expect((await ingest('--corpus', corpus, '--out', path.join(work, 'empty'))).code).toBe(0);
    expect((await ingest('--corpus', corpus, '--out', path.join(work, 'empty'))).code).toBe(0);
  });
  it('npm run build refuses a --dist that holds other files, before it ingests anything', async () => {
    const work = await scratch('foreign-dist');
    await mkdir(path.join(work, 'site'));
    await writeFile(path.join(work, 'site', 'thesis.md'), '# my notes');
    const result = await runNode(path.join(projectRoot, 'site', 'build.ts'), ['--dist', path.join(work, 'site')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('holds files but no index.html');
    expect(result.stderr).not.toContain('[1/');
    expect(await readdir(work)).toEqual(['site']);
    expect(await readdir(path.join(work, 'site'))).toEqual(['thesis.md']);
  });
});

/** A process id that is surely not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('temporary folders of a killed run', () => {
  it('are removed by the next run when their process is gone, and kept while it lives', async () => {
    const parent = await scratch('stale');
    const out = path.join(parent, 'build');
    const dead = await deadPid();
    for (const name of [`build.tmp-${dead}`, `build.old-${dead}`, `build.tmp-${process.pid}`]) {
      await mkdir(path.join(parent, name, 'documents'), { recursive: true });
      await writeFile(path.join(parent, name, 'corpus.json'), '{}');
    }
    await mkdir(out);
    await writeFile(path.join(parent, 'build.tmp-notes'), 'not ours: no process id');
    await removeStaleTemporaries(out);
    expect((await readdir(parent)).sort()).toEqual(['build', `build.tmp-${process.pid}`, 'build.tmp-notes']);
  });

  it('puts the previous build back when a run was killed between its two renames', async () => {
    const parent = await scratch('stale-swap');
    const dead = await deadPid();
    await mkdir(path.join(parent, `build.old-${dead}`));
    await writeFile(path.join(parent, `build.old-${dead}`, 'corpus.json'), 'previous');
    await removeStaleTemporaries(path.join(parent, 'build'));
    expect(await readFile(path.join(parent, 'build', 'corpus.json'), 'utf8')).toBe('previous');
    expect(await readdir(parent)).toEqual(['build']);
  });

  it('an ingest killed while writing leaves the previous build/ whole, and the next run leaves no temporary folder', async () => {
    const work = await scratch('kill');
    const corpus = await smallCorpus(path.join(work, 'corpus'));
    const out = path.join(work, 'build');
    expect((await ingest('--corpus', corpus, '--out', out)).code).toBe(0);
    const before = await snapshot(out);
    // Kill the second run as soon as its temporary folder appears: it is writing.
    const child = spawn(process.execPath, [ingestCli, '--corpus', corpus, '--out', out, '--search-config', searchConfigDir], { stdio: 'ignore' });
    const staging = `${out}.tmp-${child.pid}`;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let seen = false;
    while (!seen && child.exitCode === null) {
      seen = await stat(staging).then(() => true, () => false);
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    child.kill('SIGKILL');
    await exited;
    expect(seen).toBe(true);
    expect(await snapshot(out)).toEqual(before);
    expect((await ingest('--corpus', corpus, '--out', out)).code).toBe(0);
    expect(await readdir(work)).toEqual(['build', 'corpus']);
    expect(await snapshot(out)).toEqual(before);
  });
});
