// npm run bench:search — phrase search quality and cost against the plain substring truth.
// The phrase set is built from the corpus each run (seeded): quoted terms, random 2–4
// character infixes, 5–8 character phrases. Measured, in the same run:
//   project: Pagefind over the project's bigram tokens, one record per passage (dist/pagefind);
//   baseline: a plain Pagefind index of the same reader pages (zh HTML, Pagefind's own zh-CN
//             segmentation), judged per page.
//   jieba:    the same records with jieba's words (user dictionary) instead of bigrams, phrase
//             queries of the query's jieba words: the other candidate segmentation.
// Needs a built site (npm run build).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchPassages, type PagefindApi } from '../search/engine.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';
import { parseQuery } from '../search/query.ts';
import { loadSearchInputs } from '../search/buildData.ts';
import { loadSegmenter, words } from '../ingest/stages/segment.ts';

const root = path.resolve(import.meta.dirname, '..');
const build = path.join(root, 'build');

// The passages as both backends index them, with the reader URL each one has.
const inputs = await loadSearchInputs(build);
const passages = inputs.documents.map((passage) => {
  const url = inputs.urls.get(passage.passageId)!;
  return { text: passage.text, url, page: url.split('#')[0]! };
});

// A small seeded generator, so that every run measures the same phrases.
let seed = 20211;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const cjkRun = /[\u4e00-\u9fff]+/gu;
const infixes = (min: number, max: number, count: number): string[] => {
  const found = new Set<string>();
  const runs = passages.flatMap((passage) => passage.text.match(cjkRun) ?? []).filter((run) => run.length >= max);
  while (found.size < count) {
    const run = runs[Math.floor(random() * runs.length)]!;
    const length = min + Math.floor(random() * (max - min + 1));
    const start = Math.floor(random() * (run.length - length + 1));
    found.add(run.slice(start, start + length));
  }
  return [...found];
};
const quoted = [...new Set(passages.flatMap((passage) => [...passage.text.matchAll(/“([\u4e00-\u9fff]{2,8})”/gu)].map((match) => match[1]!)))].sort().filter(() => random() < 0.5).slice(0, 40);
const phraseSets: Record<string, string[]> = { 'quoted terms': quoted, '2–4 char infixes': infixes(2, 4, 60), '5–8 char phrases': infixes(5, 8, 40) };

const truthPassages = (phrase: string) => new Set(passages.filter((passage) => passage.text.includes(phrase)).map((passage) => passage.url));
const truthPages = (phrase: string) => new Set(passages.filter((passage) => passage.text.includes(phrase)).map((passage) => passage.page));

interface Scores { recall: number; rPrecision: number; quotedPrecision: number; wholeHighlight: number; queries: number }

function mean(values: number[]): number {
  return values.length === 0 ? 1 : values.reduce((total, value) => total + value, 0) / values.length;
}

async function measureProject(api: PagefindApi, phrases: string[]): Promise<Scores> {
  const recall: number[] = [];
  const rPrecision: number[] = [];
  const precision: number[] = [];
  const highlight: number[] = [];
  for (const phrase of phrases) {
    const truth = truthPassages(phrase);
    const plain = await searchPassages(api, parseQuery(phrase), {}, 'all');
    const ranked = plain.hits.map((hit) => hit.url);
    recall.push(ranked.filter((url) => truth.has(url)).length / truth.size);
    rPrecision.push(ranked.slice(0, truth.size).filter((url) => truth.has(url)).length / truth.size);
    const exact = await searchPassages(api, parseQuery(`"${phrase}"`), {}, 'all');
    precision.push(exact.hits.length === 0 ? 0 : exact.hits.filter((hit) => truth.has(hit.url)).length / exact.hits.length);
    highlight.push(mean(exact.hits.map((hit) => (hit.excerpt.includes(`<mark>${phrase}</mark>`) ? 1 : 0))));
  }
  return { recall: mean(recall), rPrecision: mean(rPrecision), quotedPrecision: mean(precision), wholeHighlight: mean(highlight), queries: phrases.length };
}

interface PlainResult { data(): Promise<{ url: string; excerpt: string }> }
async function measureBaseline(api: { search(term: string): Promise<{ results: PlainResult[] }> }, phrases: string[]): Promise<Scores> {
  const recall: number[] = [];
  const rPrecision: number[] = [];
  const precision: number[] = [];
  const highlight: number[] = [];
  for (const phrase of phrases) {
    const truth = truthPages(phrase);
    const results = await Promise.all((await api.search(phrase)).results.map((result) => result.data()));
    const ranked = results.map((result) => result.url.replace(/index\.html$/u, ''));
    recall.push(ranked.filter((url) => truth.has(url)).length / truth.size);
    rPrecision.push(ranked.slice(0, truth.size).filter((url) => truth.has(url)).length / truth.size);
    const exact = await Promise.all((await api.search(`"${phrase}"`)).results.map((result) => result.data()));
    precision.push(exact.length === 0 ? 0 : exact.filter((result) => truth.has(result.url.replace(/index\.html$/u, ''))).length / exact.length);
    highlight.push(mean(results.map((result) => (result.excerpt.includes(`<mark>${phrase}</mark>`) ? 1 : 0))));
  }
  return { recall: mean(recall), rPrecision: mean(rPrecision), quotedPrecision: mean(precision), wholeHighlight: mean(highlight), queries: phrases.length };
}

/** Passages found by a phrase query of the jieba words of the phrase, over an index of jieba words. */
async function measureJieba(api: PagefindApi, phrases: string[]): Promise<Scores> {
  const recall: number[] = [];
  const rPrecision: number[] = [];
  const precision: number[] = [];
  for (const phrase of phrases) {
    const truth = truthPassages(phrase);
    const found = await api.search(`"${words(phrase).join(' ')}"`);
    const metas = await Promise.all((found?.results ?? []).map(async (result) => (await result.data()).meta as unknown as { url: string }));
    const ranked = metas.map((meta) => meta.url);
    recall.push(ranked.filter((url) => truth.has(url)).length / truth.size);
    rPrecision.push(ranked.slice(0, truth.size).filter((url) => truth.has(url)).length / truth.size);
    precision.push(ranked.length === 0 ? 0 : ranked.filter((url) => truth.has(url)).length / ranked.length);
  }
  return { recall: mean(recall), rPrecision: mean(rPrecision), quotedPrecision: mean(precision), wholeHighlight: Number.NaN, queries: phrases.length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

// The project's index, as the site serves it; first and warm query cost.
const project = await loadNodePagefind(path.join(root, 'dist', 'pagefind'));
const firstStarted = performance.now();
const bytesBefore = project.bytesFetched();
await searchPassages(project.api, parseQuery('海洋经济'), {}, 20);
// pagefind.js itself is loaded by import, not fetched through the counter: add it.
const scriptBytes = (await readFile(path.join(root, 'dist', 'pagefind', 'pagefind.js'))).length;
const first = { ms: performance.now() - firstStarted, bytes: project.bytesFetched() - bytesBefore + scriptBytes };
const warmStarted = performance.now();
const warmBefore = project.bytesFetched();
await searchPassages(project.api, parseQuery('营商环境'), {}, 20);
const warm = { ms: performance.now() - warmStarted, bytes: project.bytesFetched() - warmBefore };

// The baseline: Pagefind's own indexing of the Chinese reader pages.
const baselineDir = await mkdtemp(path.join(tmpdir(), 'policy-reader-pagefind-plain-'));
const { index } = await pagefind.createIndex({});
await index!.addDirectory({ path: path.join(root, 'dist'), glob: 'docs/**/*.html' });
await index!.writeFiles({ outputPath: path.join(baselineDir, 'pagefind') });
await pagefind.close();
const baseline = await loadNodePagefind(path.join(baselineDir, 'pagefind'));

// The jieba variant: the same records, jieba words as content.
loadSegmenter(path.join(root, 'search-config', 'user-dict.txt'));
const { index: jiebaIndex } = await pagefind.createIndex({ forceLanguage: 'en' });
for (const passage of passages) {
  await jiebaIndex!.addCustomRecord({ url: passage.url, content: words(passage.text).join(' '), language: 'en', meta: { url: passage.url } });
}
await jiebaIndex!.writeFiles({ outputPath: path.join(baselineDir, 'jieba') });
await pagefind.close();
const jieba = await loadNodePagefind(path.join(baselineDir, 'jieba'));

console.log(`${passages.length} passages, ${new Set(passages.map((passage) => passage.page)).size} pages; truth: plain substring match\n`);
const header = `${'phrase set'.padEnd(20)}${'engine'.padEnd(10)}${'queries'.padStart(8)}${'recall'.padStart(9)}${'R-prec'.padStart(9)}${'"quoted" prec'.padStart(15)}${'whole-phrase mark'.padStart(19)}`;
console.log(header);
for (const [name, phrases] of Object.entries(phraseSets)) {
  for (const [engine, scores] of [
    ['project', await measureProject(project.api, phrases)],
    ['jieba', await measureJieba(jieba.api, phrases)],
    ['baseline', await measureBaseline(baseline.api as unknown as Parameters<typeof measureBaseline>[0], phrases)],
  ] as const) {
    console.log(`${name.padEnd(20)}${engine.padEnd(10)}${String(scores.queries).padStart(8)}${scores.recall.toFixed(3).padStart(9)}${scores.rPrecision.toFixed(3).padStart(9)}${scores.quotedPrecision.toFixed(3).padStart(15)}${(Number.isNaN(scores.wholeHighlight) ? '–' : `${(scores.wholeHighlight * 100).toFixed(1)}%`).padStart(19)}`);
  }
}
console.log(`\nproject, first query (pagefind.js, the index entry, wasm, index chunks and 20 fragments): ${kb(first.bytes)} read, ${first.ms.toFixed(0)} ms (after loading)`);
console.log(`project, warm query: ${kb(warm.bytes)} read, ${warm.ms.toFixed(0)} ms`);
console.log('bytes are the index files read, uncompressed on disk (Pagefind files are already compressed); times are in Node on this machine');
console.log('goal: recall 1.000, R-precision ≥ 0.98, quoted precision 1.000, whole-phrase highlight 100%, first query under 300 KB');
await rm(baselineDir, { recursive: true, force: true });
