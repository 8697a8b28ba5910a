// npm run bench:bytes [-- DIST] — where the bytes of a built site go: per page type (reader pages,
// topics, compare, glossary, the search index, data files) and, inside the reader pages, per
// component (cross-reference and reuse panels, term definitions, the passages of each language,
// their tools, inline CSS and script). Reads the HTML as text (elements found by their class and
// balanced by tag name), so a component is counted with everything nested in it; components may
// overlap (the tools sit inside the passages). Prints; asserts nothing. DIST defaults to dist/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');

/** The outermost elements that start with `opening` (a regular expression), closed by balancing `tag`. */
function elements(html: string, opening: string, tag: string): string[] {
  const found: string[] = [];
  const start = new RegExp(opening, 'g');
  for (let match = start.exec(html); match; match = start.exec(html)) {
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    tags.lastIndex = match.index;
    let depth = 0;
    for (let tagMatch = tags.exec(html); tagMatch; tagMatch = tags.exec(html)) {
      depth += tagMatch[1] ? -1 : 1;
      if (depth === 0) {
        found.push(html.slice(match.index, tags.lastIndex));
        start.lastIndex = tags.lastIndex;
        break;
      }
    }
  }
  return found;
}

const all = (html: string, pattern: RegExp) => html.match(pattern) ?? [];
/** Each reader-page component and how to find its HTML. */
const components: Array<[string, (html: string) => string[]]> = [
  ['inline <style>', (html) => all(html, /<style[\s\S]*?<\/style>/g)],
  ['inline <script>', (html) => all(html, /<script(?![^>]*\ssrc=)[\s\S]*?<\/script>/g)],
  ['term definitions', (html) => elements(html, '<div class="term-defs"', 'div')],
  ['"in the master plan" panels', (html) => elements(html, '<details class="xref"[ >]', 'details')],
  ['"carried out in" panels', (html) => elements(html, '<details class="xref carried"', 'details')],
  ['reuse panels', (html) => elements(html, '<details class="xref reuse"', 'details')],
  ['Chinese passages', (html) => elements(html, '<p class="zh"[ >]', 'p')],
  ['English passages', (html) => elements(html, '<p class="en"[ >]', 'p')],
  ['  of which passage tools', (html) => all(html, /<span class="tools">[\s\S]*?<\/span>/g)],
  ['  of which term tags', (html) => all(html, /<(a|span) class="term"[^>]*>/g)],
  ['table of contents', (html) => elements(html, '<nav class="toc"', 'nav')],
];

/** A file's page type: its first path segment, and the language of an HTML page. */
function pageType(file: string): string {
  if (file.startsWith('pagefind/')) return 'search index (pagefind/)';
  if (file.startsWith('_astro/')) return 'scripts and styles (_astro/)';
  if (/^xref\/(panels|plans|carried|compare)\//u.test(file)) return 'panel data (xref/panels/, plans/, carried/, compare/)';
  if (!file.endsWith('.html')) return `data files (${path.extname(file)})`;
  const english = file.startsWith('en/');
  const section = file.replace(/^en\//, '').split('/')[0]!;
  return `${section === 'index.html' ? 'home' : section} pages (${english ? 'en' : 'zh'})`;
}

const byType = new Map<string, { files: number; bytes: number }>();
const byComponent = new Map<string, number>();
let total = 0;
let readerBytes = 0;
for (const file of readdirSync(dist, { recursive: true }).map(String)) {
  const full = path.join(dist, file);
  if (!statSync(full).isFile()) continue;
  const size = statSync(full).size;
  total += size;
  const type = pageType(file);
  const entry = byType.get(type) ?? { files: 0, bytes: 0 };
  byType.set(type, { files: entry.files + 1, bytes: entry.bytes + size });
  if (!/^(en\/)?docs\/.*\.html$/u.test(file)) continue;
  readerBytes += size;
  const html = readFileSync(full, 'utf8');
  for (const [name, find] of components) {
    byComponent.set(name, (byComponent.get(name) ?? 0) + find(html).reduce((sum, part) => sum + Buffer.byteLength(part), 0));
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2).padStart(8)} MB`;
const share = (bytes: number, of: number) => `${((bytes / of) * 100).toFixed(0).padStart(4)} %`;
console.log(`bench:bytes — ${path.relative(root, dist) || dist}: ${mb(total)} in all\n\nper page type`);
for (const [type, { files, bytes }] of [...byType].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`${mb(bytes)} ${share(bytes, total)}  ${String(files).padStart(5)} files  ${type}`);
}
console.log(`\nin the reader pages (docs/, both languages: ${mb(readerBytes)})`);
for (const [name, bytes] of byComponent) console.log(`${mb(bytes)} ${share(bytes, readerBytes)}  ${name}`);
