// npm run bench:meili — Meilisearch against Pagefind, in the same run, on the corpus and on the
// synthetic corpus 100 times larger of bench:ingest (bench/synthetic.ts): indexing time, index
// size on disk, query latency median and p95 for top-20 pages (the site's page) with the engine's
// own processingTimeMs beside, and recall and R-precision of whole result sets on 100 seeded
// phrases. Uses the server at MEILI_URL (admin key in MEILI_ADMIN_KEY or MEILI_MASTER_KEY), else
// starts the bundled one for the run. Prints numbers; asserts nothing. `--no-100x` skips the large corpus.
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Index, Meilisearch } from 'meilisearch';
import { buildOutputs } from '../ingest/emit/outputs.ts';
import { writeBuild } from '../ingest/emit/writeBuild.ts';
import { ingestCorpus } from '../ingest/pipeline.ts';
import { loadSearchInputs, type SearchInputs } from '../search/buildData.ts';
import { searchPassages, type SearchPage } from '../search/engine.ts';
import { meiliSearchPassages } from '../search/meilisearch/backend.ts';
import { meiliDocuments, type MeiliDocument } from '../search/meilisearch/documents.ts';
import { meiliServerEnv } from '../search/meilisearch/env.ts';
import { defaultLimits, meiliConnection } from '../search/meilisearch/client.ts';
import { startLocalServer, type LocalServer } from '../search/meilisearch/localServer.ts';
import { pushIndex } from '../search/meilisearch/push.ts';
import { loadMeiliConfig } from '../search/meilisearch/settings.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';
import { writeSearchIndex } from '../search/pagefind/buildIndex.ts';
import { parseQuery } from '../search/query.ts';
import { copyId, variant } from './synthetic.ts';

const root = path.resolve(import.meta.dirname, '..');
const withLarge = !process.argv.includes('--no-100x');

let local: LocalServer | null = null;
let env = meiliServerEnv();
if (typeof env === 'string') {
  if (process.env.MEILI_URL) {
    console.log(`bench:meili: ${env}`);
    process.exit(2);
  }
  local = await startLocalServer();
  env = { MEILI_URL: local.url, MEILI_ADMIN_KEY: local.masterKey, limits: { ...defaultLimits, taskTimeoutMs: 600_000 } };
  console.log(`bench:meili against the bundled ${local.version} at ${local.url} (started for this run)`);
} else console.log(`bench:meili against the server at MEILI_URL=${env.MEILI_URL}`);
const connection = meiliConnection(env.MEILI_URL, env.MEILI_ADMIN_KEY, env.limits);
const { client } = connection;

// The engine's own time and the requests sent, whatever the query plan does: every search
// response passes through one of these two methods.
const engine = { processingTimeMs: 0, requests: 0 };
const singleSearch = Index.prototype.search;
Index.prototype.search = async function (this: Index, ...args: Parameters<Index['search']>) {
  const answer = await singleSearch.apply(this, args);
  engine.requests += 1;
  engine.processingTimeMs += answer.processingTimeMs;
  return answer;
} as Index['search'];
const multiSearch = Meilisearch.prototype.multiSearch;
Meilisearch.prototype.multiSearch = async function (this: Meilisearch, ...args: Parameters<Meilisearch['multiSearch']>) {
  const answer = (await multiSearch.apply(this, args)) as { results?: Array<{ processingTimeMs: number }>; processingTimeMs?: number };
  engine.requests += 1;
  engine.processingTimeMs += answer.results ? answer.results.reduce((total, result) => total + result.processingTimeMs, 0) : (answer.processingTimeMs ?? 0);
  return answer;
} as Meilisearch['multiSearch'];

const run = await ingestCorpus({ corpusDir: path.join(root, 'corpus'), searchConfigDir: path.join(root, 'search-config') });
const buildDir = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-bench-meili-')), 'build');
await writeBuild(buildDir, buildOutputs(run));
const inputs = await loadSearchInputs(buildDir);
const config = await loadMeiliConfig(path.join(root, 'search-config'), run.lexicon);

/** The search inputs of `copies` copies of the corpus, made as bench:ingest makes its corpora. */
function copiesOf(original: SearchInputs, copies: number): SearchInputs {
  const documents: SearchInputs['documents'] = [];
  const urls = new Map<string, string>();
  const headingsEn = new Map<string, string>();
  for (let copy = 0; copy < copies; copy += 1) {
    for (const document of original.documents) {
      const passageId = copy === 0 ? document.passageId : `${copyId(document.documentId, copy)}/${document.passageId.slice(document.documentId.length + 1)}`;
      documents.push({ ...document, id: passageId.replaceAll('/', '_'), passageId, documentId: copyId(document.documentId, copy), text: variant(document.text, copy) });
      urls.set(passageId, copy === 0 ? original.urls.get(document.passageId)! : original.urls.get(document.passageId)!.replace(`/docs/${document.documentId}/`, `/docs/${copyId(document.documentId, copy)}/`));
      headingsEn.set(passageId, original.headingsEn.get(document.passageId) ?? '');
    }
  }
  return { documents, urls, headingsEn };
}

// The phrase set: the same kinds as bench:search, seeded.
let seed = 20211;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const runs = inputs.documents.flatMap((document) => document.text.match(/[\u4e00-\u9fff]{8,}/gu) ?? []);
const phrases = Array.from({ length: 100 }, () => {
  const text = runs[Math.floor(random() * runs.length)]!;
  const length = 2 + Math.floor(random() * 7);
  const start = Math.floor(random() * (text.length - length + 1));
  return text.slice(start, start + length);
});

const quantile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const ms = (values: number[]) => `median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms`;
const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

interface Timed {
  wall: number[];
  engine: number[];
  requests: number[];
}

async function timeQueries(search: (phrase: string) => Promise<SearchPage>): Promise<Timed> {
  const timed: Timed = { wall: [], engine: [], requests: [] };
  for (const phrase of phrases) {
    engine.processingTimeMs = 0;
    engine.requests = 0;
    const started = performance.now();
    await search(phrase);
    timed.wall.push(performance.now() - started);
    timed.engine.push(engine.processingTimeMs);
    timed.requests.push(engine.requests);
  }
  return timed;
}

async function measure(label: string, searchInputs: SearchInputs, quality: boolean): Promise<void> {
  const documents = meiliDocuments(searchInputs.documents, searchInputs.urls, searchInputs.headingsEn);
  const indexConfig = { ...config, index: `policy_reader_bench_${process.pid}_${label}` };
  console.log(`\n${label}: ${documents.length} passages`);

  const pushStarted = performance.now();
  await pushIndex(connection, indexConfig, documents, () => {}, 2000);
  const pushSeconds = (performance.now() - pushStarted) / 1000;
  const stats = await client.getStats();
  const indexStats = stats.indexes[indexConfig.index];
  // On the bundled server this index is the only one: its database folder is the index on disk.
  const onDisk = local ? `; database folder on disk ${mib(await folderBytes(local.dbPath))}` : '';
  console.log(`meili indexing (new index, settings, batches, swap): ${pushSeconds.toFixed(1)} s; server database ${mib(stats.databaseSize)}${stats.usedDatabaseSize ? ` (${mib(stats.usedDatabaseSize)} used)` : ''}, raw documents ${indexStats?.rawDocumentDbSize ? mib(indexStats.rawDocumentDbSize) : '?'}${onDisk}`);

  const pagefindDir = path.join(await mkdtemp(path.join(tmpdir(), `policy-reader-bench-pagefind-${label}-`)), 'pagefind');
  const pagefindStarted = performance.now();
  await writeSearchIndex(searchInputs, pagefindDir);
  const pagefindSeconds = (performance.now() - pagefindStarted) / 1000;
  const pagefind = await loadNodePagefind(pagefindDir);
  const scriptBytes = (await readFile(path.join(pagefindDir, 'pagefind.js'))).length;
  const firstBefore = pagefind.bytesFetched();
  const firstStarted = performance.now();
  await searchPassages(pagefind.api, parseQuery(phrases[0]!), {}, 20);
  const first = { ms: performance.now() - firstStarted, bytes: pagefind.bytesFetched() - firstBefore + scriptBytes };
  console.log(`pagefind indexing: ${pagefindSeconds.toFixed(1)} s; index on disk ${mib(await folderBytes(pagefindDir))}; first query ${first.ms.toFixed(0)} ms, ${(first.bytes / 1024).toFixed(0)} KB read (pagefind.js, wasm, index chunks, fragments; what a browser fetches before compression)`);

  const index = { ...connection, index: indexConfig.index };
  const meiliTop = await timeQueries((phrase) => meiliSearchPassages(index, parseQuery(phrase), {}, 20));
  const pagefindTop = await timeQueries((phrase) => searchPassages(pagefind.api, parseQuery(phrase), {}, 20));
  console.log(`top-20 pages, ${phrases.length} phrases:`);
  console.log(`  meili     ${ms(meiliTop.wall)}; engine processingTimeMs ${ms(meiliTop.engine)}; requests per query ${mean(meiliTop.requests).toFixed(2)}`);
  console.log(`  pagefind  ${ms(pagefindTop.wall)} (warm, in Node)`);
  console.log('  goal (1×): meili median ≤ 25 ms, p95 ≤ 60 ms');

  if (quality) {
    const truth = (phrase: string) => new Set(documents.filter((document) => document.text.includes(phrase)).map((document) => document.url));
    const recall = { meili: [] as number[], pagefind: [] as number[] };
    const rPrecision = { meili: [] as number[], pagefind: [] as number[] };
    let samePages = 0;
    const wholeWall: number[] = [];
    for (const phrase of phrases) {
      const expected = truth(phrase);
      const started = performance.now();
      const meili = await meiliSearchPassages(index, parseQuery(phrase), {}, 'all');
      wholeWall.push(performance.now() - started);
      const embedded = await searchPassages(pagefind.api, parseQuery(phrase), {}, 'all');
      for (const [name, page] of [['meili', meili], ['pagefind', embedded]] as const) {
        const urls = page.hits.map((hit) => hit.url);
        recall[name].push(urls.filter((url) => expected.has(url)).length / expected.size);
        rPrecision[name].push(urls.slice(0, expected.size).filter((url) => expected.has(url)).length / expected.size);
      }
      // A top-20 page must hold the first hits of the whole result set (the exact ones, in any order of equal rank).
      const top = await meiliSearchPassages(index, parseQuery(phrase), {}, 20);
      const wantedExact = meili.hits.filter((hit) => hit.exact).slice(0, 20).length;
      if (top.hits.filter((hit) => hit.exact).length === wantedExact && top.hits.length === Math.min(20, meili.hits.length)) samePages += 1;
    }
    // What a client that queries the index directly (instant-meilisearch, curl) gets for plain
    // Chinese: Meilisearch's defaults over every searchable attribute, up to 1000 hits.
    const direct: Record<string, { recall: number[]; rPrecision: number[] }> = { 'plain q': { recall: [], rPrecision: [] }, '"quoted" q': { recall: [], rPrecision: [] } };
    for (const phrase of phrases) {
      const expected = truth(phrase);
      for (const [name, q] of [['plain q', phrase], ['"quoted" q', `"${phrase}"`]] as const) {
        const answer = await client.index<MeiliDocument>(indexConfig.index).search(q, { limit: 1000, attributesToRetrieve: ['url'] });
        const urls = answer.hits.map((hit) => hit.url);
        direct[name]!.recall.push(urls.filter((url) => expected.has(url)).length / expected.size);
        direct[name]!.rPrecision.push(urls.slice(0, expected.size).filter((url) => expected.has(url)).length / expected.size);
      }
    }
    console.log(`whole result sets: meili ${ms(wholeWall)}`);
    console.log(`top-20 pages as full as the whole set's first 20 (exact hits first): ${samePages} / ${phrases.length}`);
    console.log(`${'backend'.padEnd(20)}${'recall'.padStart(9)}${'R-prec'.padStart(9)}`);
    for (const name of ['meili', 'pagefind'] as const) console.log(`${name.padEnd(20)}${mean(recall[name]).toFixed(3).padStart(9)}${mean(rPrecision[name]).toFixed(3).padStart(9)}`);
    for (const [name, figures] of Object.entries(direct)) console.log(`${`direct, ${name}`.padEnd(20)}${mean(figures.recall).toFixed(3).padStart(9)}${mean(figures.rPrecision).toFixed(3).padStart(9)}`);
    console.log('goal: recall 1.000, R-precision 1.000 for both backends (the direct rows are what clients other than the project get)');
  }
  await client.deleteIndexIfExists(indexConfig.index);
  await rm(path.dirname(pagefindDir), { recursive: true, force: true });
}

try {
  await measure('1x', inputs, true);
  if (withLarge) await measure('100x', copiesOf(inputs, 100), false);
} finally {
  await rm(path.dirname(buildDir), { recursive: true, force: true });
  await local?.stop();
}
