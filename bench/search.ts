// npm run bench:search — phrase search quality and cost against the plain substring truth.
// The phrase sets are built from the corpus each run (seeded): from the passages, quoted terms,
// random 2–4 character infixes and 5–8 character phrases; from the headings, box titles,
// captions and notes, whole titles and 4–8 character infixes; and phrases that run from a lead
// the ingest lifted out of its paragraph (五是打造国际一流营商环境。聚焦…) into the paragraph.
// The truth is everything the reader prints, read from the document models. Measured, in the same run:
//   project: Pagefind over the project's bigram tokens, one record per passage (dist/pagefind);
//   baseline: a plain Pagefind index of the same reader pages (zh HTML, Pagefind's own zh-CN
//             segmentation), judged per page.
//   jieba:    the same records with jieba's words (user dictionary) instead of bigrams, phrase
//             queries of the query's jieba words: the other candidate segmentation.
// Needs a built site (npm run build).
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchPassages, type PagefindApi } from '../search/engine.ts';
import { loadNodePagefind } from '../search/pagefind/nodeClient.ts';
import { parseQuery } from '../search/query.ts';
import { blockHref, captionId, pageSlugs, type PagedDocument } from '../ingest/address.ts';
import { loadSegmenter, words } from '../ingest/stages/segment.ts';

const root = path.resolve(import.meta.dirname, '..');
const build = path.join(root, 'build');

// Everything a reader sees, read from the document models (not from the search documents, so
// that the truth does not depend on what the index holds): each passage, and each heading, box
// title, table caption and note and figure caption, with the anchor it is printed at.
interface Unit { text: string; url: string; page: string; kind: string }
interface DocumentModelJson {
  id: string;
  source: { file: string; characters: number };
  blocks: Array<{ type: string; id: string; line: number; form?: string; numbering?: string | null; title?: string | null; subtitle?: string | null; number?: number | null; caption?: string; note?: string | null; text?: string; items?: Array<{ id: string }> }>;
  passages: Array<{ id: string; text: string }>;
}
const corpus = JSON.parse(await readFile(path.join(build, 'corpus.json'), 'utf8')) as { documents: Array<{ id: string }> };
const models = await Promise.all(corpus.documents.map(async (entry) => JSON.parse(await readFile(path.join(build, 'documents', `${entry.id}.json`), 'utf8')) as DocumentModelJson));
const unit = (model: DocumentModelJson, blockId: string, text: string, kind: string, slugs: ReturnType<typeof pageSlugs>): Unit => {
  const url = blockHref('zh', model as unknown as PagedDocument, blockId, slugs);
  return { text, url, page: url.split('#')[0]!, kind };
};
const passages: Unit[] = [];
const titles: Unit[] = [];
/** Lifted leads: a heading printed at the start of its paragraph's line (一是…。, ———…。), as printed. */
const lifted: Array<{ lead: string; paragraph: Unit }> = [];
const wholeTitleCandidates: string[] = [];
const compactText = (text: string) => text.replace(/[\s\u3000]+/gu, '');
for (const model of models) {
  const slugs = pageSlugs(model as unknown as PagedDocument);
  for (const passage of model.passages) passages.push(unit(model, passage.id, passage.text, 'passage', slugs));
  const source = (await readFile(path.join(root, 'corpus', model.source.file), 'utf8')).split(/\r?\n/u);
  model.blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      const printed = `${block.numbering ?? ''}${block.title}`;
      // A numbered lead is typed with its numbering (五是打造国际一流营商环境); any title without it.
      wholeTitleCandidates.push(block.title!, ...(block.subtitle ? [block.subtitle] : []), ...(block.numbering && !/^第/u.test(block.numbering) ? [printed] : []));
      titles.push(unit(model, block.id, block.subtitle ? `${printed}\n${block.subtitle}` : printed, `heading:${block.form}`, slugs));
      const next = model.blocks[index + 1];
      if (next?.type === 'paragraph' && next.line === block.line) {
        // The punctuation that closed the lead, as the source prints it (the model keeps title and paragraph apart).
        const line = compactText(source.slice(block.line - 1, block.line + 4).join(''));
        const at = line.indexOf(compactText(printed));
        const end = at === -1 ? '' : line[at + compactText(printed).length] ?? '';
        lifted.push({ lead: `${printed}${end}`, paragraph: passages.find((candidate) => candidate.url.endsWith(`#${next.id.slice(next.id.indexOf('/') + 1)}`) && candidate.text === next.text)! });
      }
    } else if (block.type === 'box' && block.title) {
      titles.push(unit(model, block.id, `专栏${block.number ?? ''} ${block.title}`, 'box-title', slugs));
      wholeTitleCandidates.push(block.title);
    } else if (block.type === 'table') {
      // The caption and note have an anchor of their own since issue 12; the passage before had them at the table's.
      titles.push(unit(model, captionId(block.id), `表${block.number ?? ''} ${block.caption}`, 'caption', slugs));
      if (block.note) titles.push(unit(model, captionId(block.id), block.note, 'caption', slugs));
      wholeTitleCandidates.push(block.caption!);
    } else if (block.type === 'figure') {
      titles.push(unit(model, block.id, `图${block.number ?? ''} ${block.caption}`, 'caption', slugs));
      wholeTitleCandidates.push(block.caption!);
    }
  });
}
const units = [...passages, ...titles];

// A small seeded generator, so that every run measures the same phrases.
let seed = 20211;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const cjkRun = /[\u4e00-\u9fff]+/gu;
const infixes = (texts: readonly string[], min: number, max: number, count: number): string[] => {
  const found = new Set<string>();
  const runs = texts.flatMap((text) => text.match(cjkRun) ?? []).filter((run) => run.length >= max);
  while (found.size < count) {
    const run = runs[Math.floor(random() * runs.length)]!;
    const length = min + Math.floor(random() * (max - min + 1));
    const start = Math.floor(random() * (run.length - length + 1));
    found.add(run.slice(start, start + length));
  }
  return [...found];
};
const passageTexts = passages.map((passage) => passage.text);
const quoted = [...new Set(passageTexts.flatMap((text) => [...text.matchAll(/“([\u4e00-\u9fff]{2,8})”/gu)].map((match) => match[1]!)))].sort().filter(() => random() < 0.5).slice(0, 40);
const passageSets: Record<string, string[]> = { 'quoted terms': quoted, '2–4 char infixes': infixes(passageTexts, 2, 4, 60), '5–8 char phrases': infixes(passageTexts, 5, 8, 40) };
// Issue 12's sets, drawn after the passage sets so that those stay as they were. Whole titles
// with quotation marks are left out: the query syntax reads “…” as a quoted phrase.
const titleTexts = titles.flatMap((title) => title.text.split('\n'));
const wholeTitles = [...new Set(wholeTitleCandidates)].filter((text) => !/["“”\s]/u.test(text) && /[\u4e00-\u9fff]{2}/u.test(text));
const crossing = lifted.map(({ lead, paragraph }) => {
  // From 1–4 characters before the end of the lead's title to 2–5 characters into the paragraph.
  const before = 1 + Math.floor(random() * 4);
  const after = 2 + Math.floor(random() * 4);
  return `${lead.slice(-1 - before)}${paragraph.text.slice(0, after)}`;
});
const titleSets: Record<string, string[]> = {
  'whole titles': wholeTitles.filter(() => random() < 0.5).slice(0, 60),
  'title 4–8 infixes': infixes(titleTexts, 4, 8, 60),
  'lead → paragraph': crossing,
};
const phraseSets: Record<string, string[]> = { ...passageSets, ...titleSets };
const fingerprint = (phrases: readonly string[]) => createHash('sha256').update(phrases.join('\n')).digest('hex').slice(0, 8);

/** Where a phrase is printed: the anchors of the units holding it, and for crossing phrases the paragraph it runs into. */
function truthUnits(phrase: string, within: readonly Unit[]): Unit[] {
  const found = within.filter((candidate) => candidate.text.includes(phrase));
  for (const { lead, paragraph } of lifted) {
    const line = `${lead}${paragraph.text}`;
    for (let at = line.indexOf(phrase); at !== -1; at = line.indexOf(phrase, at + 1)) {
      // An occurrence belongs to the unit its last character is printed in.
      if (at < lead.length && at + phrase.length > lead.length && !found.includes(paragraph)) found.push(paragraph);
    }
  }
  return found;
}
let truthScope: readonly Unit[] = units;
const truthPassages = (phrase: string) => new Set(truthUnits(phrase, truthScope).map((found) => found.url));
const truthPages = (phrase: string) => new Set(truthUnits(phrase, truthScope).map((found) => found.page));

interface Scores { recall: number; rPrecision: number; quotedPrecision: number; wholeHighlight: number; queries: number }

function mean(values: number[]): number {
  return values.length === 0 ? 1 : values.reduce((total, value) => total + value, 0) / values.length;
}

/** The project's misses, printed at the end. */
const misses = new Set<string>();

async function measureProject(api: PagefindApi, phrases: string[], counted: (hit: object) => boolean = () => true): Promise<Scores> {
  const recall: number[] = [];
  const rPrecision: number[] = [];
  const precision: number[] = [];
  const highlight: number[] = [];
  for (const phrase of phrases) {
    const truth = truthPassages(phrase);
    const plain = await searchPassages(api, parseQuery(phrase), {}, 'all');
    // A table's caption and its cells are two records at one anchor: each anchor counts once.
    const ranked = [...new Set(plain.hits.filter(counted).map((hit) => hit.url))];
    recall.push(ranked.filter((url) => truth.has(url)).length / truth.size);
    rPrecision.push(ranked.slice(0, truth.size).filter((url) => truth.has(url)).length / truth.size);
    const exact = await searchPassages(api, parseQuery(`"${phrase}"`), {}, 'all');
    exact.hits = exact.hits.filter(counted);
    precision.push(exact.hits.length === 0 ? 0 : exact.hits.filter((hit) => truth.has(hit.url)).length / exact.hits.length);
    if (ranked.filter((url) => truth.has(url)).length < truth.size || exact.hits.length === 0 || exact.hits.some((hit) => !truth.has(hit.url))) misses.add(`"${phrase}": printed at ${[...truth].slice(0, 3).join(' ')}${truth.size > 3 ? ` and ${truth.size - 3} more` : ''}; found ${ranked.filter((url) => truth.has(url)).length} of them, quoted ${exact.hits.filter((hit) => truth.has(hit.url)).length} of ${exact.hits.length}`);
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
    const ranked = [...new Set(results.map((result) => result.url.replace(/index\.html$/u, '')))];
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
    const ranked = [...new Set(metas.map((meta) => meta.url))];
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

console.log(`${passages.length} passages and ${titles.length} headings, box titles, captions and notes on ${new Set(units.map((found) => found.page)).size} pages; truth: plain substring match over everything printed, at the anchor it is printed at`);
console.log(`phrase sets (sha256 of the phrases, to show they stay fixed): ${Object.entries(phraseSets).map(([name, phrases]) => `${name} ${fingerprint(phrases)}`).join(', ')}\n`);
const header = `${'phrase set'.padEnd(20)}${'engine'.padEnd(20)}${'queries'.padStart(8)}${'recall'.padStart(9)}${'R-prec'.padStart(9)}${'"quoted" prec'.padStart(15)}${'whole-phrase mark'.padStart(19)}`;
const row = (name: string, engine: string, scores: Scores) =>
  console.log(`${name.padEnd(20)}${engine.padEnd(20)}${String(scores.queries).padStart(8)}${scores.recall.toFixed(3).padStart(9)}${scores.rPrecision.toFixed(3).padStart(9)}${scores.quotedPrecision.toFixed(3).padStart(15)}${(Number.isNaN(scores.wholeHighlight) ? '–' : `${(scores.wholeHighlight * 100).toFixed(1)}%`).padStart(19)}`);
console.log(header);
const passageHit = (hit: object) => !['heading', 'box-title', 'caption'].includes((hit as { kind?: string }).kind ?? 'paragraph');
for (const [name, phrases] of Object.entries(phraseSets)) {
  row(name, 'project', await measureProject(project.api, phrases));
  if (name in passageSets) {
    // As this set was scored before headings were indexed: passages only, in the truth and in the hits.
    truthScope = passages;
    row(name, 'project, passages', await measureProject(project.api, phrases, passageHit));
    truthScope = units;
  }
  row(name, 'jieba', await measureJieba(jieba.api, phrases));
  row(name, 'baseline', await measureBaseline(baseline.api as unknown as Parameters<typeof measureBaseline>[0], phrases));
}
const indexBytes = async (dir: string): Promise<{ bytes: number; files: number }> => {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    // The index proper: fragments, word index, filters and metadata; not Pagefind's UI scripts.
    if (!entry.isFile() || !/\.pf_(fragment|index|filter|meta)$/u.test(entry.name)) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
};
const size = await indexBytes(path.join(root, 'dist', 'pagefind'));
const shownMisses = 12;
console.log(misses.size > 0 ? `\nproject misses (${misses.size}${misses.size > shownMisses ? `, the first ${shownMisses}` : ''}):\n  ${[...misses].slice(0, shownMisses).join('\n  ')}` : '\nproject: no misses');
console.log(`\nproject index: ${kb(size.bytes)} in ${size.files} files (fragments, word index, filters, metadata)`);
console.log(`\nproject, first query (pagefind.js, the index entry, wasm, index chunks and 20 fragments): ${kb(first.bytes)} read, ${first.ms.toFixed(0)} ms (after loading)`);
console.log(`project, warm query: ${kb(warm.bytes)} read, ${warm.ms.toFixed(0)} ms`);
console.log('bytes are the index files read, uncompressed on disk (Pagefind files are already compressed); times are in Node on this machine');
console.log('goal: recall 1.000, R-precision ≥ 0.98, quoted precision 1.000, whole-phrase highlight 100%, first query under 300 KB');
await rm(baselineDir, { recursive: true, force: true });
