// Reading a built site as the checks see it: every page with its route and ids, and the internal
// links or #fragments that do not resolve. The site suite uses it on dist/; run on its own,
// `node tests/site/siteCheck.ts DIST` checks any built site (another corpus's, say).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/** The internal links (page → href) whose page, file or #fragment does not exist. */
export function brokenLinks(dist: string, site = readSite(dist)): string[] {
  const broken: string[] = [];
  for (const page of site.pages) {
    for (const match of page.html.matchAll(/\shref="([^"]*)"/gu)) {
      const href = decode(match[1]!);
      if (/^[a-z]+:/iu.test(href)) continue;
      const url = new URL(href, `http://site${page.route}`);
      const target = site.byRoute.get(url.pathname);
      if (!target) {
        if (!existsSync(path.join(dist, url.pathname))) broken.push(`${page.route} → ${href}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment)) broken.push(`${page.route} → ${href}`);
    }
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
