// npm run bench:site — build time, pages, bytes per page type, and Lighthouse performance and
// accessibility scores for the home page and the largest chapter page, in Chromium (Debian's, or @sparticuz/chromium's).
// Prints; asserts nothing. Options: `--no-build` measures the dist/ there is; `--pages /a/,/b/`
// scores only those pages; `--runs N` scores each page N times (Lighthouse varies run to run);
// `--reading both` scores reader pages in the parallel mode: a copy of each page opened in it (what
// the reader's stored choice does before drawing), written beside it for the run and removed after.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium, serveDist } from '../tests/site/browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const build = !process.argv.includes('--no-build');
const runs = Number(option('--runs') ?? 1);
const chosenPages = option('--pages')?.split(',');
const readingMode = option('--reading');
const dist = path.join(root, 'dist');

function timed(label: string, args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe' });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(28)} ${seconds.toFixed(1)} s`);
  return seconds;
}

if (build) {
  console.log('build');
  timed('ingest', ['ingest/cli.ts']);
  timed('astro build', [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);
  timed('search index (pagefind)', ['search/pagefind/buildIndex.ts']);
}

const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
const pages = files.filter((file) => file.endsWith('.html'));
const route = (file: string) => `/${path.relative(dist, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface PageSize { route: string; html: number; css: number; js: number; gzip: number }
const sizes: PageSize[] = pages.map((file) => {
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].reduce((total, match) => total + Buffer.byteLength(match[1]!), 0);
  const inlineJs = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gu)].reduce((total, match) => total + Buffer.byteLength(match[1]!), 0);
  const externalJs = [...html.matchAll(/<script[^>]*src="([^"]+)"/gu)].reduce((total, match) => total + statSync(path.join(dist, match[1]!)).size, 0);
  return { route: route(file), html: Buffer.byteLength(html), css, js: inlineJs + externalJs, gzip: gzipSync(html).length };
});

const pageType = (page: PageSize) => {
  const neutral = page.route.replace(/^\/en\//u, '/');
  if (neutral === '/') return 'home';
  if (neutral.startsWith('/topics/')) return neutral === '/topics/' ? 'topic index' : 'topic';
  if (neutral.startsWith('/compare/')) return neutral === '/compare/' ? 'compare index' : 'compare';
  if (neutral.endsWith('/info/')) return 'document info';
  if (neutral === '/glossary/') return 'glossary';
  return /\/c\d+\/$/u.test(neutral) ? 'chapter' : 'document';
};
console.log(`\n${pages.length} pages, ${files.length - pages.length} other files\n`);
console.log(`${'page type'.padEnd(16)}${'pages'.padStart(6)}${'HTML median'.padStart(14)}${'HTML max'.padStart(12)}${'CSS (inline)'.padStart(14)}${'JS'.padStart(10)}${'gzip max'.padStart(12)}`);
for (const type of ['home', 'document', 'chapter', 'document info', 'topic index', 'topic', 'compare index', 'compare', 'glossary']) {
  const group = sizes.filter((page) => pageType(page) === type).sort((a, b) => a.html - b.html);
  if (group.length === 0) continue;
  const median = group[Math.floor(group.length / 2)]!;
  const max = group[group.length - 1]!;
  console.log(`${type.padEnd(16)}${String(group.length).padStart(6)}${kb(median.html).padStart(14)}${kb(max.html).padStart(12)}${kb(max.css).padStart(14)}${kb(max.js).padStart(10)}${kb(Math.max(...group.map((page) => page.gzip))).padStart(12)}`);
}

const largest = (type: string) => sizes.filter((page) => pageType(page) === type && !page.route.startsWith('/en/')).sort((a, b) => b.html - a.html)[0]!;
/** Copies written for --reading, removed at the end. */
const modeCopies: string[] = [];
/** The route of a copy of a reader page that opens in a reading mode (a page without modes is scored as it is). */
function openedIn(route: string, mode: string): string {
  const file = path.join(dist, route, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (!/<div class="reader" data-reading="/u.test(html)) return route;
  const copy = path.join(dist, route, `index.${mode}.html`);
  writeFileSync(copy, html.replace(/(<div class="reader" data-reading=")[a-z]+"/u, `$1${mode}"`));
  modeCopies.push(copy);
  return `${route}index.${mode}.html`;
}
const server = await serveDist();
const browser = await findChromium();
const chrome = await chromeLauncher.launch({ chromePath: browser.executablePath, chromeFlags: chromiumFlags });
console.log(`\nLighthouse (mobile defaults, in ${browser.source}, served gzipped from loopback)`);
console.log('pages: home, largest chapter, largest one-page document, largest compare page, the glossary, a search in Chinese and one in English');
console.log(`${'page'.padEnd(40)}${'performance'.padStart(13)}${'accessibility'.padStart(15)}${'transferred'.padStart(13)}`);
try {
  const targets = chosenPages ?? ['/', largest('chapter').route, largest('document').route, largest('compare').route, '/glossary/', `/search/?q=${encodeURIComponent('海洋经济')}`, `/en/search/?q=${encodeURIComponent('marine economy')}`];
  const scored = readingMode ? targets.map((route) => openedIn(route, readingMode)) : targets;
  for (const target of scored.flatMap((page) => Array.from({ length: runs }, () => page))) {
    const result = await lighthouse(`${server.url}${target}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const lhr = result!.lhr;
    const transferred = (lhr.audits['total-byte-weight']?.numericValue ?? 0) as number;
    const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && lhr.categories.accessibility!.auditRefs.some((ref) => ref.id === audit.id));
    console.log(`${decodeURIComponent(target).padEnd(40)}${lhr.categories.performance!.score!.toFixed(2).padStart(13)}${lhr.categories.accessibility!.score!.toFixed(2).padStart(15)}${kb(transferred).padStart(13)}`);
    for (const audit of failing) console.log(`  accessibility: ${audit.id}: ${audit.title}`);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
  }
} finally {
  chrome.kill();
  await server.stop();
  for (const file of modeCopies) rmSync(file, { force: true });
}
console.log('\nreference, quoted from the issue and not measured here: an Astro Starlight site of the master plan,');
console.log('one chapter a page: performance 0.99, accessibility 1.00, about 220 KB transferred for a chapter page.');
console.log('goal: at least that, with the largest chapter page under 150 KB transferred.');
