// Reading a built site as the checks see it: every page with its route and ids, and the internal
// links or #fragments that do not resolve. The site suite uses it on dist/; run on its own,
// `node tests/site/siteCheck.ts DIST` checks any built site (another corpus's, say).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localePath } from '../../ingest/address.ts';
import { documentPath, entryTarget, type CarriedFile, type PanelFile } from '../../site/lib/panelFile.ts';
import type { PlacesFile } from '../../site/lib/placesFile.ts';
import type { TermPlacesFile } from '../../site/lib/glossaryFiles.ts';
import type { CompareFile } from '../../site/lib/compareFile.ts';
import type { TopicPassagesFile } from '../../site/lib/topicFiles.ts';

export interface Page { file: string; route: string; html: string; ids: Set<string> }

const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** Every HTML page under `dist`, by route (/docs/x/). */
export function readSite(dist: string): { pages: Page[]; byRoute: Map<string, Page> } {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const pages = files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const route = `/${path.relative(dist, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/u, '/');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => decode(match[1]!)));
    return { file, route, html, ids };
  });
  return { pages, byRoute: new Map(pages.map((page) => [page.route, page])) };
}

/** The JSON files under a folder of dist/, each with its route and its parsed content. */
function jsonFiles<Content>(dist: string, ...folder: string[]): Array<{ route: string; content: Content }> {
  const root = path.join(dist, ...folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { route: `/${path.relative(dist, file).split(path.sep).join('/')}`, content: JSON.parse(readFileSync(file, 'utf8')) as Content };
    });
}

/** A link of a file both languages' pages draw from, as each language's page draws it. */
const inBothLanguages = (route: string, target: string) => (['zh', 'en'] as const).map((lang) => ({ route, href: localePath(lang, target) }));

/** The links the page script draws from the panel files (/xref/panels/<doc>.json), in both languages, as the reader page of each language would have them. */
export function panelLinks(dist: string): Array<{ route: string; href: string }> {
  return jsonFiles<PanelFile>(dist, 'xref', 'panels').flatMap(({ route, content }) => {
    const paths = [
      ...Object.values(content.panels).flatMap((plans) => Object.entries(plans).flatMap(([planId, entries]) => entries.map((entry) => entryTarget(planId, entry).path))),
      ...Object.values(content.reuse).flatMap((entries) => entries.map(([, , , planId, , href]) => documentPath(planId, href))),
    ];
    return paths.flatMap((target) => inBothLanguages(route, target));
  });
}

/** The links the page script draws from the "Carried out in" files (/xref/carried/<plan>/<heading>.json), in both languages. */
export function carriedLinks(dist: string): Array<{ route: string; href: string }> {
  return jsonFiles<CarriedFile>(dist, 'xref', 'carried').flatMap(({ route, content }) =>
    content.entries.flatMap(([documentId, href, also]) => [href, ...also].flatMap((target) => inBothLanguages(route, documentPath(documentId, target)))),
  );
}

/** The links a compare page's script draws from the compare files (/xref/compare/<plan>/<doc>.json), in both languages. */
export function compareLinks(dist: string): Array<{ route: string; href: string }> {
  return jsonFiles<CompareFile>(dist, 'xref', 'compare').flatMap(({ route, content }) => {
    const [planId, documentId] = route.slice('/xref/compare/'.length, -'.json'.length).split('/') as [string, string];
    const paths = [
      ...Object.values(content.passages).map(([href]) => `/docs/${documentId}/${href}`),
      ...Object.values(content.cells).flatMap((pairs) => pairs.flatMap(([, targets]) => targets.map(([, href]) => documentPath(planId, href)))),
    ];
    return paths.flatMap((target) => inBothLanguages(route, target));
  });
}

/** The links a topic page draws from the topics' passages files (/topics/passages/<topic>.json), in both languages. */
export function topicPassagesLinks(dist: string): Array<{ route: string; href: string }> {
  return jsonFiles<TopicPassagesFile>(dist, 'topics', 'passages').flatMap(({ route, content }) =>
    Object.entries(content).flatMap(([documentId, hrefs]) => hrefs.flatMap((href) => inBothLanguages(route, `/docs/${documentId}/${href}`))),
  );
}

/** The links the phrases page draws from the phrases' places files (/phrases/places/<phrase>.json), in both languages. */
export function placesLinks(dist: string): Array<{ route: string; href: string }> {
  return jsonFiles<PlacesFile>(dist, 'phrases', 'places').flatMap(({ route, content }) => content.entries.flatMap(([documentId, places]) => places.flatMap(([href]) => inBothLanguages(route, documentPath(documentId, href)))));
}

/** The links the glossary page draws from the terms' places files (/glossary/places/<term>.json), in both languages. */
export function termPlacesLinks(dist: string): Array<{ route: string; href: string }> {
  return jsonFiles<TermPlacesFile>(dist, 'glossary', 'places').flatMap(({ route, content }) => content.flatMap(([documentId, hrefs]) => hrefs.flatMap((href) => inBothLanguages(route, documentPath(documentId, href)))));
}

/** The internal links (page → href) whose page, file or #fragment does not exist, in the pages and the files the page script draws from. */
export function brokenLinks(dist: string, site = readSite(dist)): string[] {
  const broken: string[] = [];
  const links = site.pages.flatMap((page) => [...page.html.matchAll(/\shref="([^"]*)"/gu)].map((match) => ({ route: page.route, href: decode(match[1]!) })));
  for (const { route, href } of [...links, ...panelLinks(dist), ...carriedLinks(dist), ...compareLinks(dist), ...topicPassagesLinks(dist), ...placesLinks(dist), ...termPlacesLinks(dist)]) {
    if (/^[a-z]+:/iu.test(href)) continue;
    const url = new URL(href, `http://site${route}`);
    const target = site.byRoute.get(url.pathname);
    if (!target) {
      if (!existsSync(path.join(dist, url.pathname))) broken.push(`${route} → ${href}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !target.ids.has(fragment)) broken.push(`${route} → ${href}`);
  }
  return broken;
}

if (import.meta.main) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node tests/site/siteCheck.ts DIST');
    process.exit(2);
  }
  const site = readSite(path.resolve(dist));
  const broken = brokenLinks(path.resolve(dist), site);
  console.log(`${site.pages.length} pages, ${broken.length} broken links`);
  for (const line of broken) console.log(`  ${line}`);
  process.exit(broken.length === 0 ? 0 : 1);
}
