// npm run bench:scale [-- --sizes 1,10,100] — the whole build (ingest, site, search index) on
// synthetic corpora of 1×, 10× and (on demand) 100× the corpus: copies of the real documents under
// distinct ids with their digits shifted (bench/synthetic.ts), as a user's growing corpus would be.
// Each size builds in a scratch copy of the project (the code copied, node_modules linked), so the
// project's own build/ and dist/ are never touched. Prints per step seconds and peak RSS (GNU
// time), and of the output: pages, dist/ bytes, bytes per source byte, index bytes, and the bytes
// and time of a first phrase query. Then `npm run build` twice on the same input: the second,
// nothing changed, skips every step. Asserts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticCorpus } from './synthetic.ts';
import { searchPassages } from '../search/engine.ts';
import { parseQuery } from '../search/query.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';

const root = path.resolve(import.meta.dirname, '..');
const sizesArgument = process.argv.indexOf('--sizes');
const sizes = (sizesArgument > 0 ? process.argv[sizesArgument + 1]! : '1,10').split(',').map(Number);

/** A scratch project whose corpus holds `copies` copies of every document. Returns its folder and the source bytes. */
async function scratchProject(copies: number): Promise<{ dir: string; sourceBytes: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), `policy-reader-scale-${copies}x-`));
  for (const entry of ['ingest', 'search', 'site', 'search-config', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const sourceBytes = await writeSyntheticCorpus(path.join(root, 'corpus'), path.join(dir, 'corpus'), copies);
  return { dir, sourceBytes };
}

/** Runs a Node script of the scratch project under GNU time: seconds and peak RSS in MiB. */
function timedStep(dir: string, args: string[]): { seconds: number; peakMiB: number } {
  const started = performance.now();
  const report = path.join(dir, 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%M', '-o', report, process.execPath, ...args], { cwd: dir, stdio: 'pipe', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const kib = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
  return { seconds, peakMiB: kib / 1024 };
}

/** A folder's bytes, its pages, and its largest files (paths relative to it). */
async function folderBytes(dir: string): Promise<{ bytes: number; pages: number; largest: Array<[string, number]> }> {
  let bytes = 0;
  let pages = 0;
  const files: Array<[string, number]> = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = (await stat(file)).size;
    bytes += size;
    files.push([path.relative(dir, file), size]);
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages, largest: files.sort((a, b) => b[1] - a[1]).slice(0, 5) };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const steps: Array<[string, (dir: string) => string[]]> = [
  ['ingest', () => ['ingest/cli.ts']],
  // --force: the scratch projects share node_modules, where Astro keeps its content cache; without
  // it a size could be built from the cache of another.
  ['astro build', (dir) => [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--force']],
  ['search index', () => ['search/pagefind/buildIndex.ts']],
];

console.log('bench:scale — the whole build on synthetic corpora (seconds, peak RSS per step)\n');
let fetchedBefore = 0;
for (const copies of sizes) {
  const { dir, sourceBytes } = await scratchProject(copies);
  try {
    console.log(`${copies}× — ${mb(sourceBytes)} of source`);
    let total = 0;
    for (const [name, args] of steps) {
      const { seconds, peakMiB } = timedStep(dir, args(dir));
      total += seconds;
      console.log(`  ${name.padEnd(16)} ${seconds.toFixed(1).padStart(7)} s  ${peakMiB.toFixed(0).padStart(6)} MiB peak`);
    }
    const dist = await folderBytes(path.join(dir, 'dist'));
    const index = await folderBytes(path.join(dir, 'dist', 'pagefind'));
    console.log(`  ${'whole build'.padEnd(16)} ${total.toFixed(1).padStart(7)} s`);
    console.log(`  output: ${dist.pages} pages, dist/ ${mb(dist.bytes)} (${(dist.bytes / sourceBytes).toFixed(1)}× the source), search index ${mb(index.bytes)}`);
    // The files that grow faster than the corpus show here first.
    console.log(`  largest files: ${dist.largest.map(([file, size]) => `${file} ${mb(size)}`).join(', ')}`);
    // As the search page asks: the hits first, without the filter index; then the counts per filter value.
    const started = performance.now();
    const pagefind = await loadNodePagefind(path.join(dir, 'dist', 'pagefind'));
    const page = await searchPassages(pagefind.api, parseQuery('"海洋经济"'), {}, 20, { counts: false });
    // The counter runs over the whole process: this size's share is what it added.
    const read = pagefind.bytesFetched() - fetchedBefore;
    const hitsMs = performance.now() - started;
    await searchPassages(pagefind.api, parseQuery('"海洋经济"'), {}, 20);
    const counted = pagefind.bytesFetched() - fetchedBefore;
    fetchedBefore = pagefind.bytesFetched();
    console.log(`  first query "海洋经济" (index loaded, then searched): hits in ${hitsMs.toFixed(0)} ms, ${(read / 1024).toFixed(0)} KB of index read, ${page.hits.length} hits shown; with the counts per filter value ${(performance.now() - started).toFixed(0)} ms, ${(counted / 1024).toFixed(0)} KB`);
    // The same input through npm run build twice: the first records what each step was made
    // from (the steps above left no record), the second finds nothing changed and skips them.
    const first = timedStep(dir, ['site/build.ts']).seconds;
    const second = timedStep(dir, ['site/build.ts']).seconds;
    console.log(`  second build, nothing changed: ${second.toFixed(1)} s (npm run build, after a first npm run build of ${first.toFixed(1)} s)\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
