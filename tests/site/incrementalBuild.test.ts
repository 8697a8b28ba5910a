// npm run build skips a step whose inputs hash as they did for its output: in a scratch copy of
// the project (its code copied, so that a test may edit it) with a two-document corpus, a second
// build does nothing, and each kind of change re-runs the steps that read it; a killed or failed
// step is never taken as done.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { runNode, scratch, smallCorpus, snapshot, type Run } from '../reliability/fixtures.ts';

let project: string;
let corpus: string;
let dist: string;

beforeAll(async () => {
  project = await scratch('incremental');
  for (const entry of ['ingest', 'search', 'site', 'search-config', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    await cp(path.join(projectRoot, entry), path.join(project, entry), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  }
  // The packages linked one by one, so that Astro's cache (node_modules/.astro) is this project's own.
  await mkdir(path.join(project, 'node_modules'));
  for (const name of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (name !== '.astro') await symlink(path.join(projectRoot, 'node_modules', name), path.join(project, 'node_modules', name));
  }
  corpus = await smallCorpus(path.join(project, 'corpus'));
  dist = path.join(project, 'dist');
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

const buildArgs = (extra: readonly string[] = []) => [path.join(project, 'site', 'build.ts'), ['--corpus', corpus, ...extra]] as const;
const build = (extra: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<Run> => runNode(...buildArgs(extra), { cwd: project, env });

/** What the build said of each step: `runs` or `skipped`, and why. */
function steps(run: Run): Record<string, string> {
  return Object.fromEntries([...run.stdout.matchAll(/^(ingest|site|search index): (runs|skipped), (.*)$/gmu)].map((match) => [match[1]!, `${match[2]} (${match[3]})`]));
}
const ran = (run: Run): Record<string, boolean> => Object.fromEntries(Object.entries(steps(run)).map(([step, said]) => [step, said.startsWith('runs')]));

/** Edits a file of the scratch project in place. */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(file, after);
}

/** Starts a build in its own process group and kills the group with SIGKILL once `ready` says so. */
async function killedBuild(ready: (output: string) => boolean | Promise<boolean>): Promise<void> {
  const [script, args] = buildArgs();
  const child = spawn(process.execPath, [script, ...args], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let killed = false;
  while (!killed && child.exitCode === null) {
    if (await ready(output)) {
      process.kill(-child.pid!, 'SIGKILL');
      killed = true;
    } else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await exited;
  expect(killed, `the build ended before it could be killed:\n${output}`).toBe(true);
}

const englishHome = () => readFile(path.join(dist, 'en', 'index.html'), 'utf8');
const indexFiles = async () => snapshot(path.join(dist, 'pagefind'));

describe('npm run build, a second time', () => {
  it('skips every step when nothing changed, and leaves dist/ exactly as it was', { timeout: 180_000 }, async () => {
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(ran(first)).toEqual({ ingest: true, site: true, 'search index': true });
    const before = await snapshot(dist);
    expect(before.has('.build-inputs.json')).toBe(true);

    const second = await build();
    expect(second.code, second.stderr).toBe(0);
    expect(steps(second)).toEqual({
      ingest: 'skipped (its inputs are unchanged (corpus, search-config, code, package-lock.json))',
      site: 'skipped (its inputs are unchanged (build/, code, search-config/meilisearch.json, package-lock.json, PUBLIC_ variables))',
      'search index': 'skipped (its inputs are unchanged (build/, code, package-lock.json))',
    });
    expect(second.stdout).toContain('dist/ is up to date: left as it is');
    expect(await snapshot(dist)).toEqual(before);
    expect((await readdir(project)).filter((name) => /^(dist|build)\.(tmp|old)-/u.test(name))).toEqual([]);
  });

  it('re-runs the ingest alone after an edit of its code that leaves build/ as it was', { timeout: 120_000 }, async () => {
    await edit(path.join(project, 'ingest', 'cli.ts'), (text) => `${text}// an edit that changes nothing the ingest writes\n`);
    const before = await snapshot(dist);
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(steps(run)).toMatchObject({ ingest: 'runs (changed: code)', site: expect.stringMatching(/^skipped/u), 'search index': expect.stringMatching(/^skipped/u) });
    expect(await snapshot(dist)).toEqual(before);
  });

  it('re-runs the ingest and the site after a change of search-config/, and keeps the search index it does not change', { timeout: 180_000 }, async () => {
    await edit(path.join(project, 'search-config', 'meilisearch.json'), (text) => text.replace('"index": "passages"', '"index": "passages-renamed"'));
    const index = await indexFiles();
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(steps(run)).toEqual({
      ingest: 'runs (changed: search-config)',
      site: 'runs (changed: search-config/meilisearch.json)',
      'search index': expect.stringMatching(/^skipped/u),
    });
    expect(await indexFiles()).toEqual(index);
  });

  it('re-runs the site alone after a change of a site file, also after a site build killed midway', { timeout: 240_000 }, async () => {
    await edit(path.join(project, 'site', 'i18n', 'ui.ts'), (text) => text.replace("'site.tagline': 'Chinese policy texts", "'site.tagline': 'Policy texts of China"));
    const before = await snapshot(dist);
    const index = await indexFiles();
    // Killed once Astro has written into the temporary folder: nothing of that run may count.
    await killedBuild(async () => (await readdir(project)).some((name) => name.startsWith('dist.tmp-')));
    expect(await snapshot(dist)).toEqual(before);

    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(steps(run)).toEqual({ ingest: expect.stringMatching(/^skipped/u), site: 'runs (changed: code)', 'search index': expect.stringMatching(/^skipped/u) });
    expect(await englishHome()).toContain('Policy texts of China');
    expect(await indexFiles()).toEqual(index);
  });

  it('re-runs every step after a change of one corpus byte, also after a killed ingest and a failed site build', { timeout: 300_000 }, async () => {
    const plan = path.join(corpus, 'plan.txt');
    const bytes = await readFile(plan);
    const at = bytes.indexOf('2025');
    bytes[at + 3] = '6'.charCodeAt(0);
    await writeFile(plan, bytes);
    const before = await snapshot(dist);

    // Killed while the ingest reads the corpus (it prints each document as it starts it).
    await killedBuild((output) => output.includes('[1/2]'));
    expect(await snapshot(dist)).toEqual(before);

    // The site refuses a Meilisearch URL without its search key while it renders the pages: the
    // ingest is done and recorded, the site step fails, dist/ stays as it was (build/ now newer).
    const env: NodeJS.ProcessEnv = { ...process.env, PUBLIC_MEILI_URL: 'http://127.0.0.1:9' };
    delete env.PUBLIC_MEILI_SEARCH_KEY;
    const failed = await build([], env);
    expect(failed.code).toBe(1);
    expect(ran(failed)).toEqual({ ingest: true, site: true, 'search index': true });
    expect(await snapshot(dist)).toEqual(before);

    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(steps(run)).toEqual({ ingest: expect.stringMatching(/^skipped/u), site: 'runs (changed: build/)', 'search index': 'runs (changed: build/)' });
    const page = await readFile(path.join(dist, 'docs', 'test-plan', 'index.html'), 'utf8');
    expect(page).toContain('到2026年');
    expect(page).not.toContain('到2025年');
  });

  it('runs every step with --force, and again every step when the record of dist/ does not parse', { timeout: 240_000 }, async () => {
    const forced = await build(['--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(steps(forced)).toEqual({ ingest: 'runs (--force)', site: 'runs (--force)', 'search index': 'runs (--force)' });

    await writeFile(path.join(dist, '.build-inputs.json'), '{ "site": ');
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(steps(run)).toEqual({
      ingest: expect.stringMatching(/^skipped/u),
      site: 'runs (no record of the inputs of the earlier output)',
      'search index': 'runs (no record of the inputs of the earlier output)',
    });
  });
});
