// npm run bench:meili — against the server at MEILI_URL: indexing time, query latency median
// and p95 on the phrase set of bench:search, and recall figures beside Pagefind's, in the same
// run. Without MEILI_URL it says so and stops.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { buildOutputs } from '../ingest/emit/outputs.ts';
import { writeBuild } from '../ingest/emit/writeBuild.ts';
import { ingestCorpus } from '../ingest/pipeline.ts';
import { loadSearchInputs } from '../search/buildData.ts';
import { searchPassages } from '../search/engine.ts';
import { meiliSearchPassages } from '../search/meilisearch/backend.ts';
import { meiliDocuments, type MeiliDocument } from '../search/meilisearch/documents.ts';
import { meiliServerEnv } from '../search/meilisearch/env.ts';
import { pushIndex } from '../search/meilisearch/push.ts';
import { loadMeiliConfig } from '../search/meilisearch/settings.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';
import { parseQuery } from '../search/query.ts';

const env = meiliServerEnv();
if (typeof env === 'string') {
  console.log(`bench:meili skipped: it needs a Meilisearch server (${env})`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const run = await ingestCorpus({ corpusDir: path.join(root, 'corpus'), searchConfigDir: path.join(root, 'search-config') });
const build = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-bench-meili-')), 'build');
await writeBuild(build, buildOutputs(run));
const inputs = await loadSearchInputs(build);
const documents = meiliDocuments(inputs.documents, inputs.urls, inputs.headingsEn);
const config = { ...(await loadMeiliConfig(path.join(root, 'search-config'))), index: `policy_reader_bench_${process.pid}` };
const client = new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_ADMIN_KEY });

const pushStarted = performance.now();
await pushIndex(client, config, documents);
console.log(`indexing ${documents.length} passages (new index, settings, batches, swap): ${((performance.now() - pushStarted) / 1000).toFixed(1)} s`);

// The phrase set: the same kinds as bench:search, seeded.
let seed = 20211;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const runs = documents.flatMap((document) => document.text.match(/[\u4e00-\u9fff]{8,}/gu) ?? []);
const phrases = Array.from({ length: 100 }, () => {
  const text = runs[Math.floor(random() * runs.length)]!;
  const length = 2 + Math.floor(random() * 7);
  const start = Math.floor(random() * (text.length - length + 1));
  return text.slice(start, start + length);
});
const truth = (phrase: string) => new Set(documents.filter((document) => document.text.includes(phrase)).map((document) => document.url));

const index = client.index<MeiliDocument>(config.index);
const pagefind = await loadNodePagefind(path.join(root, 'dist', 'pagefind'));
const latencies: number[] = [];
const recall = { meili: [] as number[], pagefind: [] as number[] };
const rPrecision = { meili: [] as number[], pagefind: [] as number[] };
for (const phrase of phrases) {
  const expected = truth(phrase);
  const started = performance.now();
  const meili = await meiliSearchPassages(index, parseQuery(phrase), {}, 'all');
  latencies.push(performance.now() - started);
  const local = await searchPassages(pagefind.api, parseQuery(phrase), {}, 'all');
  for (const [name, page] of [['meili', meili], ['pagefind', local]] as const) {
    const urls = page.hits.map((hit) => hit.url);
    recall[name].push(urls.filter((url) => expected.has(url)).length / expected.size);
    rPrecision[name].push(urls.slice(0, expected.size).filter((url) => expected.has(url)).length / expected.size);
  }
}
await client.deleteIndexIfExists(config.index);

latencies.sort((a, b) => a - b);
const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
console.log(`query latency over ${phrases.length} phrases (whole result sets): median ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)]!.toFixed(1)} ms`);
console.log(`${'backend'.padEnd(12)}${'recall'.padStart(9)}${'R-prec'.padStart(9)}`);
for (const name of ['meili', 'pagefind'] as const) console.log(`${name.padEnd(12)}${mean(recall[name]).toFixed(3).padStart(9)}${mean(rPrecision[name]).toFixed(3).padStart(9)}`);
console.log('goal: recall 1.000, R-precision ≥ 0.98 for both');
