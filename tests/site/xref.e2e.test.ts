/// <reference lib="dom" />
// Cross-references in Chromium: from a district passage to the master-plan paragraph it carries
// out, and the compare page's heatmap whose cells open the pairs behind them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';
import { projectRoot } from '../helpers.ts';
import type { CarriedFile } from '../../site/lib/panelFile.ts';
import type { Locator } from 'playwright-core';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('cross-references in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('follows a district passage to the master-plan paragraph it carries out', async () => {
    const { page, url } = session;
    await page.goto(`${url}/docs/west-coast-work-report-2020/#pt03/n01/p02`);
    const panel = page.locator('[id="pt03/n01/p02"] + details.xref');
    await panel.locator('summary').click();
    // The terms both texts share are marked in the district passage once the panel is open.
    await expect.poll(() => page.locator('[id="pt03/n01/p02"] mark.shared').first().evaluate((mark) => getComputedStyle(mark).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const target = panel.locator('a.xref-target').first();
    expect(await target.textContent()).toContain('第二章第四节');
    const href = (await target.getAttribute('href'))!;
    const fragment = decodeURIComponent(href.split('#')[1]!);
    await target.click();
    await page.waitForURL(/\/docs\/qingdao-plan-2021\/c02\//u);
    const paragraph = page.locator(`[id="${fragment}"]`);
    await expect.poll(() => paragraph.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await paragraph.textContent()).toContain('海洋');
    // The master-plan section lists the district passages that carry it out.
    const carried = page.locator('[id="c02/s04"] ~ details.carried').first();
    await carried.locator('summary').click();
    // One entry per document, at its best passage; its other passages are short links, and the
    // summary counts every passage.
    const entries = carried.locator(':scope > ol > li');
    expect(await entries.count()).toBeGreaterThan(0);
    const documents = await entries.evaluateAll((items) => items.map((item) => /\/docs\/([^/]+)\//u.exec(item.querySelector('a')!.getAttribute('href')!)![1]));
    expect(new Set(documents).size).toBe(documents.length);
    const linked = (await entries.count()) + (await carried.locator('.also a').count());
    expect(/\((\d+)\)$/u.exec((await carried.locator('summary').textContent())!)![1]).toBe(String(linked));
    expect(await saveScreenshot('xref-target', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('draws a panel’s list when it opens, quoting the plan’s paragraph from the plan’s text every page shares', async () => {
    const { page, url } = session;
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${url}${lang === 'en' ? '/en' : ''}/docs/west-coast-work-report-2020/#pt03/n01/p02`);
      const panel = page.locator('[id="pt03/n01/p02"] + details.xref');
      // The page holds the summary, not the list nor any copy of the plan's words.
      expect(await panel.locator('li').count()).toBe(0);
      const count = Number(/\((\d+)\)$/u.exec((await panel.locator('summary').textContent())!)![1]);
      await panel.locator('summary').click();
      await expect.poll(() => panel.locator(':scope > ol > li').count()).toBe(count);
      const first = panel.locator('li').first();
      expect(await first.locator('a.xref-target').getAttribute('href')).toMatch(lang === 'en' ? /^\/en\/docs\/qingdao-plan-2021\// : /^\/docs\/qingdao-plan-2021\//);
      expect(await first.locator('.score .visually-hidden').textContent()).toMatch(lang === 'en' ? /^Similarity \d+\.\d$/u : /^相似度 \d+\.\d$/u);
      const quote = first.locator('blockquote');
      expect(await quote.getAttribute('lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
      const texts = ((await (await fetch(`${url}/xref/plans/qingdao-plan-2021/${lang}.json`)).json()) as { passages: Record<string, string> }).passages;
      const paragraph = texts[(await quote.getAttribute('data-quote'))!]!;
      expect(paragraph).toContain((await quote.textContent())!.replace(/^…|…$/gu, ''));
      // The quote is of the paragraph the entry's link opens.
      expect(decodeURIComponent((await first.locator('a.xref-target').getAttribute('href'))!.split('#')[1]!)).toBe(await quote.getAttribute('data-quote'));
      if (lang === 'zh') {
        // The marked terms are words both texts share: each stands in the district passage too.
        const marked = await quote.locator('mark').allTextContents();
        const passage = (await page.locator('[id="pt03/n01/p02"] > .zh').textContent())!;
        expect(marked.length).toBeGreaterThan(0);
        for (const term of marked) expect(passage).toContain(term);
      }
      // Closed and opened again, the list is drawn once.
      await panel.locator('summary').click();
      await panel.locator('summary').click();
      expect(await panel.locator(':scope > ol > li').count()).toBe(count);
    }
  });

  it('leads from a panel to the compare page without script, which offers every link in its download', async () => {
    const context = await session.page.context().browser()!.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${session.url}/docs/west-coast-work-report-2020/#pt03/n01/p02`);
      const panel = page.locator('[id="pt03/n01/p02"] + details.xref');
      const count = Number(/\((\d+)\)$/u.exec((await panel.locator('summary').textContent())!)![1]);
      await panel.locator('summary').click();
      const link = panel.locator(':scope > p a');
      expect(await link.isVisible()).toBe(true);
      await link.click();
      await page.waitForURL(/\/compare\/west-coast-work-report-2020\/$/u);
      // The cells list their pairs with script only; without, the page offers the download, whose
      // CSV holds this passage's links, one row each.
      const download = page.locator('main p:has(> a[href="/xref/links.zip"])');
      expect(await download.isVisible()).toBe(true);
      const csv = strFromU8(unzipSync(readFileSync(path.join(projectRoot, 'dist', 'xref', 'links.zip')))['links.csv']!);
      expect(csv.split('\n').filter((row) => row.startsWith('west-coast-work-report-2020,west-coast-work-report-2020/pt03/n01/p02,'))).toHaveLength(count);
    } finally {
      await context.close();
    }
  });

  /** Puts the line a list of more documents than the corpus has would end in, pointing at the stand-in file. */
  const standInMore = (carried: Locator, text: string, also: string) =>
    carried.evaluate((details, [line, prefix]) => {
      const more = Object.assign(document.createElement('li'), { className: 'carried-more', textContent: line! });
      Object.assign(more.dataset, { more: '/xref/carried/stand-in.json', also: prefix! });
      details.querySelector(':scope > ol')!.append(more);
    }, [text, also]);

  it('draws the documents a "Carried out in" list names beyond those it quotes, from the section’s file', async () => {
    const { page, url } = session;
    // The corpus has at most four documents under a section, all quoted: a list of more is stood in
    // for by the line the page would hold and a file of the endpoint's shape.
    const file: CarriedFile = {
      entries: [
        ['west-coast-work-report-2020', '#pt03/n01/p02', ['#pt03/n01/p04', '#pt03/n02/p01']],
        ['west-coast-feature-2022', '#p03', []],
      ],
    };
    // The file names its documents by id; the page names them from the titles file of its language.
    const corpus = JSON.parse(readFileSync(path.join(projectRoot, 'build', 'corpus.json'), 'utf8')) as { documents: Array<{ id: string; shortTitle: { zh: string; en: string } }> };
    const workReport = corpus.documents.find((document) => document.id === 'west-coast-work-report-2020')!.shortTitle;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.route('**/xref/carried/stand-in.json', (route) => route.fulfill({ json: file }));
    await page.goto(`${url}/docs/qingdao-plan-2021/c02/`);
    const carried = page.locator('[id="c02/s04"] ~ details.carried').first();
    const quoted = await carried.locator(':scope > ol > li').count();
    await standInMore(carried, '另有 2 份文献', '另见：');
    await carried.locator('summary').click();
    await expect.poll(() => carried.locator('li.brief').count()).toBe(2);
    expect(await carried.locator('li.carried-more').count()).toBe(0);
    expect(await carried.locator(':scope > ol > li').count()).toBe(quoted + 2);
    const [first, second] = [carried.locator('li.brief').nth(0), carried.locator('li.brief').nth(1)];
    expect(await first.locator(':scope > a').getAttribute('href')).toBe('/docs/west-coast-work-report-2020/#pt03/n01/p02');
    expect(await first.textContent()).toBe(`${workReport.zh}另见：pt03/n01/p04、pt03/n02/p01`);
    expect(fetched).toContain('/xref/titles/zh.json');
    expect(await first.locator('.also a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/docs/west-coast-work-report-2020/#pt03/n01/p04', '/docs/west-coast-work-report-2020/#pt03/n02/p01']);
    expect(await second.locator('.also').count()).toBe(0);
    // The English page draws the same file in English: titles and links in its language.
    await page.goto(`${url}/en/docs/qingdao-plan-2021/c02/`);
    const english = page.locator('[id="c02/s04"] ~ details.carried').first();
    await standInMore(english, 'and 2 more documents', 'Also at: ');
    await english.locator('summary').click();
    await expect.poll(() => english.locator('li.brief').count()).toBe(2);
    expect(await english.locator('li.brief').first().textContent()).toBe(`${workReport.en}Also at: pt03/n01/p04, pt03/n02/p01`);
    expect(fetched).toContain('/xref/titles/en.json');
    expect(await english.locator('li.brief > a').first().getAttribute('href')).toBe('/en/docs/west-coast-work-report-2020/#pt03/n01/p02');
    await page.unroute('**/xref/carried/stand-in.json');
  });

  it('renders the compare heatmap, and a cell opens the pairs behind it', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/compare/west-coast-work-report-2020/`);
    const cells = page.locator('a.heatmap-cell');
    expect(await cells.count()).toBeGreaterThan(3);
    const cell = cells.first();
    const count = Number(await cell.textContent());
    // Its label, the cell's name, is its tooltip once pointed at.
    await cell.hover();
    expect(await cell.getAttribute('title')).toBe(await cell.getAttribute('aria-label'));
    await cell.click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const pairs = page.locator(`[id="${id}"]`);
    // The cell opens and draws its pairs from the compare file: each pair a section under its
    // passage, each passage quoted once.
    await expect.poll(() => pairs.locator('.pair-targets li').count()).toBe(count);
    expect(await pairs.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    const quoted = await pairs.locator(':scope > ul > li > a.path').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(quoted).size).toBe(quoted.length);
    // On the English site: the passages quoted in English (the report is translated), every link to an English page.
    expect(quoted.every((href) => href!.startsWith('/en/docs/west-coast-work-report-2020/'))).toBe(true);
    expect(await pairs.locator('a.path > span').first().getAttribute('lang')).toBe('en');
    const targets = await pairs.locator('.pair-targets a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets.every((href) => href!.startsWith('/en/docs/qingdao-plan-2021/'))).toBe(true);
    // Each named in English, from the plan's sections file of the page's language.
    const names = await pairs.locator('.pair-targets a').allTextContents();
    expect(names.filter((name) => !/^Chapter \d+/u.test(name))).toEqual([]);
    await expect.poll(() => pairs.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    expect(await page.locator('details.heatmap-table table td a').count()).toBe(await cells.count());
    expect(await saveScreenshot('compare', await page.screenshot())).toBeGreaterThan(0.02);
  });
});
