// npm run build [-- --corpus DIR] [--dist DIR]
// Ingests the corpus into build/, builds the reader site and its Pagefind index into a
// temporary folder beside dist/, and swaps that folder into dist/ only when every step
// succeeded: a failed or killed build leaves the previous site serving (astro build empties its
// output folder first, so building into dist/ itself would not). Exit code: 0 built, 1 a step
// failed, 2 bad arguments.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { notABuild, removeStaleTemporaries, swapIntoPlace } from '../ingest/emit/writeBuild.ts';
import { buildSearchIndex } from '../search/pagefind/buildIndex.ts';

const usage = 'usage: npm run build -- [--corpus DIR] [--dist DIR]';
const root = path.resolve(import.meta.dirname, '..');

/** Runs a Node script of the project with the terminal's output; resolves to its exit code. */
function runStep(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  let values: { corpus?: string; dist: string; help: boolean };
  try {
    values = parseArgs({ options: { corpus: { type: 'string' }, dist: { type: 'string', default: 'dist' }, help: { type: 'boolean', default: false } } }).values;
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

  const ingested = await runStep(['ingest/cli.ts', ...(values.corpus ? ['--corpus', values.corpus] : [])]);
  if (ingested !== 0) {
    console.error(`build stopped: the ingest failed; ${values.dist}/ was left as it was`);
    return ingested === 2 ? 2 : 1;
  }
  // Ctrl-C or a stop mid-build takes its half-built folder with it; a kill -9 leaves it to the next run.
  const abandon = () => {
    rmSync(staging, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', abandon);
  process.once('SIGTERM', abandon);
  try {
    const built = await runStep([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging]);
    if (built !== 0) throw new Error(`astro build exited with code ${built}`);
    const started = performance.now();
    const records = await buildSearchIndex(path.join(root, 'build'), path.join(staging, 'pagefind'));
    console.log(`pagefind: indexed ${records} passages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await swapIntoPlace(staging, dist);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    console.error(`build failed: ${(error as Error).message}; ${values.dist}/ was left as it was`);
    return 1;
  }
  console.log(`built ${dist}`);
  return 0;
}

process.exitCode = await main();
