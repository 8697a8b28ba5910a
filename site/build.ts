// npm run build [-- --corpus DIR] [--dist DIR] [--force]
// Ingests the corpus into build/, builds the reader site and its Pagefind index into a
// temporary folder beside dist/, and swaps that folder into dist/ only when every step
// succeeded: a failed or killed build leaves the previous site serving (astro build empties its
// output folder first, so building into dist/ itself would not). A step whose inputs hash as
// they did for its output is skipped (site/steps/); --force runs every step. Exit code: 0 built
// or up to date, 1 a step failed, 2 bad arguments.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { notABuild, removeStaleTemporaries, swapIntoPlace } from '../ingest/emit/writeBuild.ts';
import { buildSearchIndex } from '../search/pagefind/buildIndex.ts';
import { absent, hashInputs, hashPath, type InputsState } from './steps/inputs.ts';
import { decide, readRecord, recordName, writeRecord, type Decision } from './steps/record.ts';
import { ingestInputs, searchIndexInputs, siteInputs } from './steps/stepInputs.ts';

const usage = 'usage: npm run build -- [--corpus DIR] [--dist DIR] [--force]';
const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(root, 'build');

/** Runs a Node script of the project with the terminal's output; resolves to its exit code. */
function runStep(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false);
const say = (step: string, { runs, reason }: Decision) => console.log(`${step}: ${runs ? 'runs' : 'skipped'}, ${reason}`);

/** Runs the ingest unless build/ was made from the same inputs; resolves to its exit code and the hash of build/. */
async function ingest(corpusArgument: string, force: boolean): Promise<{ code: number; buildHash: string }> {
  const corpus = path.resolve(root, corpusArgument);
  const buildHash = await hashPath(buildDir, [path.join(buildDir, recordName)]);
  // A folder without a manifest is no corpus: the ingest says so, and it is not hashed (it may be anything).
  const inputs: InputsState | null = (await exists(path.join(corpus, 'manifest.json'))) ? await hashInputs(ingestInputs(root, corpus)) : null;
  const decision: Decision =
    inputs === null
      ? { runs: true, reason: `no manifest.json in ${corpusArgument}` }
      : decide(inputs, (await readRecord(buildDir)).ingest, { force, outputWhole: await exists(path.join(buildDir, 'corpus.json')), output: buildHash });
  say('ingest', decision);
  if (!decision.runs) return { code: 0, buildHash };
  const code = await runStep(['ingest/cli.ts', '--corpus', corpusArgument]);
  if (code !== 0 || inputs === null) return { code, buildHash };
  // Recorded once build/ is whole; a run killed before this line leaves no record, so the next one runs again.
  const written = await hashPath(buildDir, [path.join(buildDir, recordName)]);
  await writeRecord(buildDir, { ingest: { ...inputs, output: written } });
  return { code, buildHash: written };
}

async function main(): Promise<number> {
  const started = performance.now();
  let values: { corpus: string; dist: string; force: boolean; help: boolean };
  try {
    values = parseArgs({
      options: { corpus: { type: 'string', default: 'corpus' }, dist: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const dist = path.resolve(root, values.dist);
  const staging = `${dist}.tmp-${process.pid}`;
  const foreign = await notABuild(dist, 'index.html');
  if (foreign !== null) {
    console.error(`--dist: ${foreign}; give a new or empty folder, or an earlier site\n${usage}`);
    return 2;
  }
  await removeStaleTemporaries(dist);

  const { code: ingested, buildHash } = await ingest(values.corpus, values.force);
  if (ingested !== 0) {
    console.error(`build stopped: the ingest failed; ${values.dist}/ was left as it was`);
    return ingested === 2 ? 2 : 1;
  }
  if (buildHash === absent) throw new Error('the ingest succeeded but left no build/');
  const record = await readRecord(dist);
  const siteState = await hashInputs(siteInputs(root, buildHash));
  const indexState = await hashInputs(searchIndexInputs(root, buildHash));
  const site = decide(siteState, record.site, { force: values.force, outputWhole: await exists(path.join(dist, 'index.html')) });
  const index = decide(indexState, record['search index'], { force: values.force, outputWhole: await exists(path.join(dist, 'pagefind', 'pagefind-entry.json')) });
  say('site', site);
  say('search index', index);
  if (!site.runs && !index.runs) {
    console.log(`${values.dist}/ is up to date: left as it is (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }

  // Ctrl-C or a stop mid-build takes its half-built folder with it; a kill -9 leaves it to the next run.
  const abandon = () => {
    rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', abandon);
  process.once('SIGTERM', abandon);
  try {
    if (site.runs) {
      const built = await runStep([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging, ...(values.force ? ['--force'] : [])]);
      if (built !== 0) throw new Error(`astro build exited with code ${built}`);
    } else {
      const kept = new Set([path.join(dist, 'pagefind'), path.join(dist, recordName)]);
      await cp(dist, staging, { recursive: true, filter: (source) => !kept.has(source) });
    }
    if (index.runs) {
      const indexing = performance.now();
      const records = await buildSearchIndex(buildDir, path.join(staging, 'pagefind'));
      console.log(`pagefind: indexed ${records} passages in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    } else {
      await cp(path.join(dist, 'pagefind'), path.join(staging, 'pagefind'), { recursive: true });
    }
    // Last, so that only a whole site carries a record; the swap makes both visible at once.
    await writeRecord(staging, { site: siteState, 'search index': indexState });
    await swapIntoPlace(staging, dist);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(`build failed: ${(error as Error).message}; ${values.dist}/ was left as it was`);
    return 1;
  }
  console.log(`built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = await main();
