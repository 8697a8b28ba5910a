/// <reference lib="dom" />
// Cross-references in Chromium: from a district passage to the master-plan paragraph it carries
// out, and the compare page's heatmap whose cells open the pairs behind them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';

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
    expect(await carried.locator('summary .count').textContent()).toBe(`(${linked})`);
    expect(await saveScreenshot('xref-target', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('quotes the plan’s paragraph when a panel opens, drawn from the plan’s text every page shares', async () => {
    const { page, url } = session;
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`${url}${lang === 'en' ? '/en' : ''}/docs/west-coast-work-report-2020/#pt03/n01/p02`);
      const panel = page.locator('[id="pt03/n01/p02"] + details.xref');
      const quote = panel.locator('blockquote').first();
      expect(await quote.getAttribute('lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
      // The page holds no copy of the plan's words: the quote is drawn when the panel opens.
      expect(await quote.textContent()).toBe('');
      expect(await quote.isVisible()).toBe(false);
      await panel.locator('summary').click();
      await expect.poll(() => quote.textContent()).not.toBe('');
      const texts = (await (await fetch(`${url}/xref/quotes/qingdao-plan-2021/${lang}.json`)).json()) as Record<string, string>;
      const paragraph = texts[(await quote.getAttribute('data-quote'))!]!;
      expect(paragraph).toContain((await quote.textContent())!.replace(/^…|…$/gu, ''));
      if (lang === 'zh') {
        // The marked terms are words both texts share: each stands in the district passage too.
        const marked = await quote.locator('mark').allTextContents();
        const passage = (await page.locator('[id="pt03/n01/p02"] .passage.zh').textContent())!;
        expect(marked.length).toBeGreaterThan(0);
        for (const term of marked) expect(passage).toContain(term);
      }
    }
  });

  it('renders the compare heatmap, and a cell opens the pairs behind it', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/compare/west-coast-work-report-2020/`);
    const cells = page.locator('a.heatmap-cell');
    expect(await cells.count()).toBeGreaterThan(3);
    const cell = cells.first();
    const count = Number(await cell.textContent());
    await cell.click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const pairs = page.locator(`[id="${id}"]`);
    // Each pair is a section under its passage, and each passage is quoted once.
    expect(await pairs.locator('.pair-targets li').count()).toBe(count);
    const quoted = await pairs.locator(':scope > ul > li > a.path').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(quoted).size).toBe(quoted.length);
    await expect.poll(() => pairs.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    expect(await page.locator('details.heatmap-table table td a').count()).toBe(await cells.count());
    expect(await saveScreenshot('compare', await page.screenshot())).toBeGreaterThan(0.02);
  });
});
