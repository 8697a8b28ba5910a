/// <reference lib="dom" />
// Headings, box titles and captions on the search page in Chromium: found as what they are, with
// a link to their own anchor on the reader page, which is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openSite, type Session } from './browser.ts';
import { titleSamples } from './titleSamples.ts';

const unavailable = browserUnavailable();
const titleKinds = ['heading', 'box-title', 'caption'];

describe.skipIf(unavailable !== null)('titles on the search page in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(titleSamples().map((sample) => [sample.sample, sample] as const))('shows the %s title as its kind, linked to its own anchor, which the reader page has', async (_, sample) => {
    const { page, url } = session;
    await page.goto(`${url}/search/?q=${encodeURIComponent(`"${sample.query}"`)}`);
    const hit = page.locator(`.hit[data-kind="${sample.kind}"]:has(a.path[href="${sample.url}"])`);
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('.record-kind').textContent()).toBeTruthy();
    expect(await hit.locator('mark').first().textContent()).toBe(sample.query);
    // Titles come before the passages that hold the same phrase.
    const kinds = await page.locator('.hit:not(.loose)').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
    const firstPassage = kinds.findIndex((kind) => !titleKinds.includes(kind));
    expect(firstPassage === -1 || kinds.slice(firstPassage).every((kind) => !titleKinds.includes(kind))).toBe(true);
    await hit.locator('a.path').click();
    await page.waitForURL((target) => `${target.pathname}${target.hash}` === sample.url);
    const anchor = decodeURIComponent(sample.url.split('#')[1]!);
    expect(await page.evaluate((id) => document.getElementById(id) !== null, anchor)).toBe(true);
  });

  it('lists a heading in the concordance as a heading, with its heading path', async () => {
    const { page, url } = session;
    await page.goto(`${url}/search/?q=${encodeURIComponent('"国际一流营商环境"')}&view=concordance`);
    const headingRows = page.locator('table.kwic tr[data-kind="heading"]');
    await expect.poll(() => headingRows.count()).toBe(2);
    expect(await headingRows.first().locator('.kwic-doc').textContent()).toContain('第十三章');
  });
});
