/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// What a first visit shows, in Chromium at a desktop and a phone width: every page type loads
// without a console error or failed request, no text box cuts off its own content, the glossary's
// columns neither overlap nor run off the page, the search facets show names (never ids), and the
// terms shared with the master plan are marked on whole words of the passage's segmentation.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { wordEdges } from '../../ingest/text/wordEdges.ts';
import { browserUnavailable, openSite, type Session } from './browser.ts';

const unavailable = browserUnavailable();
const widths = [1280, 390];

interface BuiltPassage { id: string; text: string; tokens: string[] }
interface BuiltDocument { id: string; meta: { kind: string }; passages: BuiltPassage[] }
const builtDocuments = (): BuiltDocument[] =>
  readdirSync(path.join(projectRoot, 'build', 'documents')).map((file) => JSON.parse(readFileSync(path.join(projectRoot, 'build', 'documents', file), 'utf8')) as BuiltDocument);

/** One page of each type, in both languages, chosen from what the build holds. */
function pageTypes(): string[] {
  const documents = builtDocuments();
  const master = documents.find((document) => document.meta.kind === 'master-plan')!;
  const district = documents.find((document) => document.meta.kind !== 'master-plan')!;
  const neutral = [
    '/',
    `/docs/${master.id}/`,
    `/docs/${master.id}/c01/`,
    `/docs/${district.id}/`,
    `/docs/${district.id}/info/`,
    '/topics/',
    '/topics/ocean-economy/',
    '/compare/',
    `/compare/${district.id}/`,
    '/glossary/',
    `/search/?q=${encodeURIComponent('海洋经济')}`,
  ];
  return [...neutral, ...neutral.map((route) => `/en${route}`).concat(`/en/search/?q=${encodeURIComponent('marine economy')}`)];
}

/** Elements that hide overflow and whose content is larger than their box (the page's own helpers for screen readers excepted). */
const clippedBoxes = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('.visually-hidden, [hidden], template')) continue;
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
      const style = getComputedStyle(element);
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if ((hidesX && element.scrollWidth > element.clientWidth + 1) || (hidesY && element.scrollHeight > element.clientHeight + 1)) {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: "${(element.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return found;
  });

describe.skipIf(unavailable !== null)('a first visit in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads every page type without a console error or a failed request', async () => {
    const { page, url } = session;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${page.url()}: ${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const route of pageTypes()) {
      await page.goto(`${url}${route}`);
      await page.waitForLoadState('networkidle');
      // Headless Chromium asks for no icon itself; a browser asks for the declared one, or for /favicon.ico.
      const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', location.href).href);
      const answer = await page.request.get(icon);
      if (!answer.ok()) problems.push(`${route}: icon ${icon} answers ${answer.status()}`);
    }
    expect(problems).toEqual([]);
  });

  it('cuts off no text box at a desktop or a phone width', async () => {
    const { page, url } = session;
    const found: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of pageTypes()) {
        await page.goto(`${url}${route}`);
        await page.waitForLoadState('networkidle');
        for (const box of await clippedBoxes(page)) found.push(`${width}px ${route}: ${box}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(found).toEqual([]);
  });

  it('lays out the glossary with no overlapping headers and no column off the page', async () => {
    const { page, url } = session;
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const route of ['/glossary/', '/en/glossary/']) {
        await page.goto(`${url}${route}`);
        const layout = await page.evaluate(() => {
          const contentBox = (element: Element) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            return range.getBoundingClientRect();
          };
          const headers = [...document.querySelectorAll('#glossary-table thead th')].filter((header) => (header as HTMLElement).offsetParent !== null).map(contentBox);
          const overlaps = headers.flatMap((a, i) => headers.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map(() => i));
          const pageWidth = document.documentElement.clientWidth;
          const cells = [...document.querySelectorAll('#glossary-table tr:first-child > *, #glossary-table tbody tr:nth-child(-n+20) > *')];
          const offPage = cells.filter((cell) => (cell as HTMLElement).offsetParent !== null && cell.getBoundingClientRect().right > pageWidth + 1).length;
          return { headers: headers.length, overlaps: overlaps.length, offPage, scrollWidth: document.documentElement.scrollWidth, pageWidth };
        });
        expect(layout.headers, `${width}px ${route}`).toBeGreaterThanOrEqual(4);
        expect(layout, `${width}px ${route}`).toMatchObject({ overlaps: 0, offPage: 0, scrollWidth: layout.pageWidth });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('names every search facet in the page language, never by its id', async () => {
    const { page, url } = session;
    for (const route of [`/search/?q=${encodeURIComponent('发展')}`, `/en/search/?q=${encodeURIComponent('发展')}`]) {
      await page.goto(`${url}${route}`);
      await expect.poll(() => page.locator('#facets input[name="chapter"]').count()).toBeGreaterThan(5);
      // Every facet but the year filters by an id (document, kind, level, chapter, topic).
      const facets = await page.locator('#facets .facet:not(:has(input[name="year"]))').evaluateAll((rows) =>
        rows.map((row) => ({ value: row.querySelector('input')!.value, label: row.querySelector('label')!.firstChild!.textContent!.trim() })),
      );
      expect(facets.length).toBeGreaterThan(10);
      for (const { value, label } of facets) {
        expect(label, route).not.toBe(value);
        expect(label, route).not.toMatch(/^[\w-]+\/[\w/-]+$/u);
      }
    }
  });

  it('marks the terms a passage shares with the master plan only on whole words of its segmentation', async () => {
    const { page, url } = session;
    const documents = builtDocuments().filter((document) => document.meta.kind !== 'master-plan');
    let checked = 0;
    for (const built of documents) {
      await page.goto(`${url}/docs/${built.id}/`);
      // The marks are drawn as the cross-references open (scripts/xrefPanels.ts): open them all.
      const panels = page.locator('details.xref:not(.reuse, .carried)');
      await panels.evaluateAll((all) => all.forEach((panel) => ((panel as HTMLDetailsElement).open = true)));
      // A panel's list is drawn after the passage's marks.
      const opened = await panels.count();
      await expect.poll(() => page.locator('details.xref:not(.reuse, .carried) > ol').count()).toBe(opened);
      // Each passage's marks as offsets into its text (the passage tools at the end hold no marks).
      const marked = await page.locator('div.parallel').evaluateAll((paragraphs) =>
        paragraphs.flatMap((paragraph) => {
          const marks: Array<{ fragment: string; start: number; text: string }> = [];
          let offset = 0;
          const walker = document.createTreeWalker(paragraph.querySelector('.zh')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement!.closest('.tools')) continue;
            const mark = node.parentElement!.closest('mark.shared');
            // A term that runs across a glossary term's or a reused span's edge is marked in pieces, one after the other.
            const last = marks.at(-1);
            if (mark && last && last.fragment === paragraph.id && last.start + last.text.length === offset) last.text += node.textContent!;
            else if (mark) marks.push({ fragment: paragraph.id, start: offset, text: node.textContent! });
            offset += node.textContent!.length;
          }
          return marks;
        }),
      );
      const passages = new Map(built.passages.map((passage) => [passage.id.slice(passage.id.indexOf('/') + 1), passage]));
      for (const mark of marked) {
        const passage = passages.get(mark.fragment)!;
        expect(passage.text.slice(mark.start, mark.start + mark.text.length)).toBe(mark.text);
        const edges = wordEdges(passage.text, passage.tokens);
        expect([edges.has(mark.start), edges.has(mark.start + mark.text.length)], `${mark.text} at ${mark.start} in ${passage.id}`).toEqual([true, true]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
