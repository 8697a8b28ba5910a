/// <reference lib="dom" />
// The shared-phrases page in Chromium: every phrase without script (longest first), each
// place a link to its passage at the words; with script, sorting by a column and filtering by
// text, document and set phrase; a row lists its first three documents and the rest when asked;
// the ZIP it offers holds the same phrases as CSV and JSON.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';

const unavailable = browserUnavailable();
const clause = '落实黄河流域省会和胶东经济圈“9+5”城市陆海联动合作倡议';

interface Phrase {
  id: string;
  text: string;
  length: number;
  formulaic: boolean;
  documents: string[];
  plan: Array<{ passageId: string; start: number }>;
  occurrences: Array<{ documentId: string; passageId: string; start: number; text: string; exact: boolean }>;
}

describe.skipIf(unavailable !== null)('the shared-phrases page in Chromium', () => {
  let session: Session;
  const phrases = (): Phrase[] => (JSON.parse(readFileSync('build/xref/phrases.json', 'utf8')) as { phrases: Phrase[] }).phrases;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists every phrase without script, longest first, and a place’s link lands on its words', async () => {
    const context = await session.page.context().browser()!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.url}/phrases/`);
    const rows = page.locator('#phrases-table tbody tr');
    expect(await rows.count()).toBe(phrases().length);
    const lengths = (await page.locator('#phrases-table tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    // The congress report's copy of the plan's clause: the plan and the report hold it.
    const row = page.locator('#phrases-table tbody tr', { hasText: clause }).first();
    // The row names its documents by their place in the document filter's list (after "all").
    const named = (await row.getAttribute('data-documents'))!.split(' ').map((position) => page.locator('#phrases-document option').nth(Number(position) + 1).getAttribute('value'));
    expect(await Promise.all(named)).toEqual(['qingdao-plan-2021', 'west-coast-congress-report-2021']);
    const place = row.locator('li', { hasText: '西海岸新区第二次党代会报告' }).locator('a').first();
    expect(await place.getAttribute('aria-label')).toBe('西海岸新区第二次党代会报告第 1 处');
    const fragment = decodeURIComponent((await place.getAttribute('href'))!.split('#')[1]!);
    expect(fragment).toMatch(/^n04\/i01\/p01\/w\d+$/u);
    await place.click();
    await page.waitForURL(/\/docs\/west-coast-congress-report-2021\//u);
    const words = page.locator(`[id="${fragment}"]`);
    expect(await words.evaluate((element) => element.tagName)).toBe('MARK');
    const marked = (await page.locator(`mark:is([id="${fragment}"], [data-words="${fragment}"])`).allTextContents()).join('');
    const occurrence = phrases().flatMap((phrase) => phrase.occurrences).find((candidate) => candidate.passageId === 'west-coast-congress-report-2021/n04/i01/p01' && fragment.endsWith(`/w${candidate.start}`))!;
    expect(marked).toBe(occurrence.text);
    expect(marked).toContain(clause);
    await expect.poll(() => words.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(300);
    await context.close();
  });

  it('lists the places of a row’s first three documents, counts the rest, and lists them when asked or when filtered by one', async () => {
    const widest = phrases().filter((phrase) => phrase.documents.length > 3);
    expect(widest.length).toBeGreaterThan(0);
    const phrase = widest[0]!;
    const rest = phrase.documents.slice(3);
    const row = (page: Page) => page.locator(`#phrase-${phrase.id}`);
    const context = await session.page.context().browser()!.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${session.url}/phrases/`);
    expect(await row(still).locator('.where li:not(.places-more)').count()).toBe(3);
    expect(await row(still).locator('li.places-more').textContent()).toContain(`另有 ${rest.length} 份文献`);
    expect(await row(still).locator('li.places-more button').isVisible()).toBe(false);
    await context.close();

    const { page, url } = session;
    for (const list of [() => row(page).locator('li.places-more button').click(), () => page.locator('#phrases-document').selectOption(rest[0]!)]) {
      await page.goto(`${url}/en/phrases/`);
      await list();
      await expect.poll(() => row(page).locator('li.places-more').count()).toBe(0);
      expect(await row(page).locator('.where li').count()).toBe(phrase.documents.length);
      const drawn = row(page).locator('.where li').nth(3);
      const places = phrase.occurrences.filter((place) => place.documentId === rest[0]);
      expect(await drawn.locator('a').count()).toBe(places.length);
      const link = drawn.locator('a').first();
      const title = (await drawn.textContent())!.split(':')[0]!;
      // The file names the document by id; the page names it by its short title in English.
      const corpus = JSON.parse(readFileSync('build/corpus.json', 'utf8')) as { documents: Array<{ id: string; shortTitle: { en: string } }> };
      expect(title).toBe(corpus.documents.find((document) => document.id === rest[0])!.shortTitle.en);
      expect(await link.getAttribute('aria-label')).toBe(places[0]!.exact ? `Place 1 in ${title}` : `Place 1 in ${title}, with a changed word`);
      await link.click();
      await page.waitForURL(new RegExp(`/en/docs/${rest[0]}/`, 'u'));
      const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(fragment).toMatch(new RegExp(`/w${places[0]!.start}$`, 'u'));
      expect((await page.locator(`mark:is([id="${fragment}"], [data-words="${fragment}"])`).allTextContents()).join('')).toBe(places[0]!.text);
    }
  });

  it('sorts by a column and filters by text, document and set phrase', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/phrases/`);
    const visibleRows = page.locator('#phrases-table tbody tr:not([hidden])');
    const total = phrases().length;
    await page.locator('th[data-sort="length"] button').click();
    expect(await page.locator('th[data-sort="length"]').getAttribute('aria-sort')).toBe('ascending');
    const lengths = (await page.locator('#phrases-table tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    await page.locator('th[data-sort="documents"] button').click();
    expect(await page.locator('th[data-sort="length"]').getAttribute('aria-sort')).toBeNull();
    const counts = (await page.locator('#phrases-table tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect(counts[0]).toBe(Math.max(...phrases().map((phrase) => phrase.documents.length)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await page.locator('#phrases-filter').fill('获得感');
    const found = phrases().filter((phrase) => [phrase.text, ...phrase.occurrences.map((place) => place.text)].join(' ').includes('获得感'));
    expect(found.length).toBeGreaterThan(0);
    expect(await visibleRows.count()).toBe(found.length);
    expect(await page.locator('#phrases-shown').textContent()).toBe(`${found.length} of ${total} phrases shown`);
    // A document's own wording of a phrase (an edited copy) finds it too.
    const wording = phrases().flatMap((phrase) => phrase.occurrences.map((place) => place.text)).find((text) => !phrases().some((phrase) => phrase.text.includes(text)));
    expect(wording).toBeDefined();
    await page.locator('#phrases-filter').fill(wording!);
    const holding = phrases().filter((phrase) => [phrase.text, ...phrase.occurrences.map((place) => place.text)].some((text) => text.includes(wording!)));
    expect(await visibleRows.count()).toBe(holding.length);
    await page.locator('#phrases-filter').fill('');

    await page.locator('#phrases-document').selectOption('west-coast-work-report-2020');
    const inWorkReport = phrases().filter((phrase) => phrase.documents.includes('west-coast-work-report-2020'));
    expect(await visibleRows.count()).toBe(inWorkReport.length);
    await page.locator('#phrases-document').selectOption('');

    await page.locator('#phrases-formulaic').selectOption('true');
    const formulaic = phrases().filter((phrase) => phrase.formulaic);
    expect(formulaic.length).toBeGreaterThan(0);
    expect(await visibleRows.count()).toBe(formulaic.length);
    expect((await visibleRows.locator('td:last-child').allTextContents()).every((text) => text.startsWith('yes'))).toBe(true);
    await page.locator('#phrases-formulaic').selectOption('false');
    expect(await visibleRows.count()).toBe(total - formulaic.length);
    expect(await saveScreenshot('phrases', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('offers the phrases as CSV (one row per place) and JSON in the ZIP it links, and the compare index links the page', async () => {
    const { page, url } = session;
    await page.goto(`${url}/phrases/`);
    const href = await page.locator('a[download]').getAttribute('href');
    const files = unzipSync(new Uint8Array(await (await fetch(`${url}${href}`)).arrayBuffer()));
    const csv = strFromU8(files['phrases.csv']!);
    const places = phrases().reduce((total, phrase) => total + phrase.plan.length + phrase.occurrences.length, 0);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(places + 1);
    expect(csv).toContain(clause);
    const json = JSON.parse(strFromU8(files['phrases.json']!)) as { phrases: Phrase[] };
    expect(json.phrases.map((phrase) => phrase.id)).toEqual(phrases().map((phrase) => phrase.id));
    await page.goto(`${url}/compare/`);
    await page.locator('a[href="/phrases/"]').click();
    await page.waitForURL(/\/phrases\/$/u);
    expect(await page.locator('h1').textContent()).toBe('与总体规划相同的表述');
  });
});
