/// <reference lib="dom" />
// Glossary notes and cross-lingual search as a reader uses them, in Chromium: a note on hover
// and on keyboard focus, the notes turned off, the glossary page filtered and sorted, and an
// English query answered with Chinese passages that name the term they matched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';
import { projectRoot } from '../helpers.ts';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('glossary notes and cross-lingual search in Chromium', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSite();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  const note = (id: string) => page.locator(`[id="term-def-${id}"]`);

  it('shows a term’s pinyin, English and explanation on hover', async () => {
    await page.goto(`${session.url}/docs/qingdao-plan-2021/c02/`);
    const term = page.locator('a.term[href$="#yi-dai-yi-lu"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect.poll(() => note('yi-dai-yi-lu').isVisible()).toBe(true);
    const text = await note('yi-dai-yi-lu').innerText();
    expect(text).toContain('yī dài yī lù');
    expect(text).toContain('the Belt and Road Initiative');
    // Placed just under the term.
    const [termBox, noteBox] = [await term.boundingBox(), await note('yi-dai-yi-lu').boundingBox()];
    expect(noteBox!.y).toBeGreaterThan(termBox!.y);
    expect(noteBox!.y - (termBox!.y + termBox!.height)).toBeLessThan(20);
    expect(await saveScreenshot('term-note-hover', await page.screenshot())).toBeGreaterThan(0.02);
    await page.mouse.move(5, 5);
    await expect.poll(() => note('yi-dai-yi-lu').isVisible()).toBe(false);
  });

  it('shows the note on keyboard focus, describes the link with it, and closes it on Escape', async () => {
    const term = page.locator('a.term').first();
    // A first occurrence names its term in its link's fragment.
    const id = (await term.getAttribute('href'))!.split('#')[1]!;
    await term.focus();
    await expect.poll(() => note(id).isVisible()).toBe(true);
    expect(await term.getAttribute('aria-describedby')).toBe(`term-def-${id}`);
    expect(await note(id).getAttribute('role')).toBe('tooltip');
    await page.keyboard.press('Escape');
    await expect.poll(() => note(id).isVisible()).toBe(false);
  });

  it('on a phone, shows the note on the first tap and follows the link on the second', async () => {
    const phone = await page.context().browser()!.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const tab = await phone.newPage();
      await tab.goto(`${session.url}/docs/qingdao-plan-2021/c02/`);
      const term = tab.locator('a.term[href$="#yi-dai-yi-lu"]').first();
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      await expect.poll(() => tab.locator('[id="term-def-yi-dai-yi-lu"]').isVisible()).toBe(true);
      expect(tab.url()).toMatch(/\/c02\/$/u);
      // The note fits the narrow screen, beside the term.
      const box = (await tab.locator('[id="term-def-yi-dai-yi-lu"]').boundingBox())!;
      const termBox = (await term.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y >= termBox.y + termBox.height || box.y + box.height <= termBox.y).toBe(true);
      expect(await saveScreenshot('term-note-phone', await tab.screenshot())).toBeGreaterThan(0.02);
      await term.tap();
      await tab.waitForURL(/\/glossary\/#yi-dai-yi-lu$/u);
    } finally {
      await phone.close();
    }
  });

  it('annotates every occurrence on request, and none when turned off, and remembers it', async () => {
    const firstOnly = await page.locator('a.term').count();
    await page.selectOption('#term-mode', 'all');
    await expect.poll(() => page.locator('a.term').count()).toBeGreaterThan(firstOnly);
    // An occurrence switched on is a link to its entry, described by its note like the first.
    // (The page's own links name their term in the href alone; the script's carry data-term.)
    const switched = page.locator('a.term[data-term]:not([data-first])').first();
    const id = await switched.getAttribute('data-term');
    expect([await switched.getAttribute('href'), await switched.getAttribute('aria-describedby')]).toEqual([`/glossary/#${id}`, `term-def-${id}`]);
    await page.selectOption('#term-mode', 'off');
    await expect.poll(() => page.locator('a.term').count()).toBe(0);
    // The words stay in the text.
    expect(await page.locator('main').innerText()).toContain('一带一路');
    await page.reload();
    expect(await page.locator('#term-mode').inputValue()).toBe('off');
    expect(await page.locator('a.term').count()).toBe(0);
    await page.selectOption('#term-mode', 'first');
    await expect.poll(() => page.locator('a.term').count()).toBe(firstOnly);
  });

  it('lists the glossary with counts per document, filters by pinyin and sorts by count', async () => {
    await page.goto(`${session.url}/en/glossary/`);
    const rows = page.locator('#glossary-table tbody tr:not([hidden])');
    expect(await rows.count()).toBeGreaterThanOrEqual(150);
    await page.fill('#glossary-filter', 'shuāng zhāo');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('attracting investment and talent');
    await page.fill('#glossary-filter', '');
    await page.getByRole('button', { name: 'Where it occurs' }).click();
    expect(await page.locator('th[data-sort="total"]').getAttribute('aria-sort')).toBe('descending');
    const totals = await rows.evaluateAll((elements) => elements.slice(0, 5).map((row) => Number((row as HTMLElement).dataset.total)));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(await rows.first().getAttribute('id')).toBe('gao-zhi-liang-fa-zhan');
    expect(await saveScreenshot('glossary', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('sorts by the count in one document (from that document’s counts file, fetched for it), the terms it does not hold last', async () => {
    const built = JSON.parse(readFileSync(path.join(projectRoot, 'build', 'glossary.json'), 'utf8')) as { terms: Array<{ id: string; documents: Array<{ documentId: string; count: number }> }> };
    const documentId = 'west-coast-feature-2022';
    const countIn = new Map(built.terms.map((term) => [term.id, term.documents.find((entry) => entry.documentId === documentId)?.count ?? 0]));
    await page.goto(`${session.url}/glossary/`);
    expect(await page.locator(`#glossary-table [data-doc-${documentId}]`).count()).toBe(0);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.selectOption('#glossary-sort-document', documentId);
    // The counts are fetched for the sort.
    const counts = async () => (await page.locator('#glossary-table tbody tr').evaluateAll((rows) => rows.map((row) => row.id))).map((id) => countIn.get(id)!);
    await expect.poll(async () => { const now = await counts(); return now.every((count, index) => index === 0 || count <= now[index - 1]!); }).toBe(true);
    expect((await counts()).filter((count) => count > 0).length).toBeGreaterThan(5);
    expect(fetched.filter((file) => file.startsWith('/glossary/'))).toEqual([`/glossary/counts/${documentId}.json`]);
  });

  it('fetches a term’s places when they are opened, one file for that term, and its links reach the passages', async () => {
    const built = JSON.parse(readFileSync(path.join(projectRoot, 'build', 'glossary.json'), 'utf8')) as { terms: Array<{ id: string; documents: Array<{ documentId: string; places: Array<{ id: string }> }> }> };
    const term = built.terms.find((candidate) => candidate.id === 'shuang-zhao-shuang-yin')!;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${session.url}/en/glossary/`);
    const details = page.locator(`tr[id="${term.id}"] details`);
    await details.locator('summary').click();
    const items = details.locator('li');
    await expect.poll(() => items.count()).toBe(term.documents.length);
    expect(fetched.filter((file) => file.startsWith('/glossary/'))).toEqual([`/glossary/places/${term.id}.json`]);
    const first = term.documents[0]!;
    // The file names the document by id; the page names it by its short title in English.
    const corpus = JSON.parse(readFileSync(path.join(projectRoot, 'build', 'corpus.json'), 'utf8')) as { documents: Array<{ id: string; shortTitle: { en: string } }> };
    const titles = term.documents.map(({ documentId }) => `${corpus.documents.find((document) => document.id === documentId)!.shortTitle.en}: `);
    expect((await items.allTextContents()).map((text, index) => text.startsWith(titles[index]!))).toEqual(titles.map(() => true));
    expect(await items.first().locator('a').count()).toBe(first.places.length);
    const link = items.first().locator('a').first();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/en/docs/${first.documentId}/`, 'u'));
    await link.click();
    await page.waitForURL(new RegExp(`/en/docs/${first.documentId}/`, 'u'));
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(`${first.documentId}/${fragment}`).toBe(first.places[0]!.id);
    expect(await page.locator(`[id="${fragment}"]`).count()).toBe(1);
  });

  it('answers an English query with Chinese passages and shows the term it matched', async () => {
    await page.goto(`${session.url}/en/search/?q=${encodeURIComponent('marine economy')}`);
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(3);
    expect(await page.locator('#search-expansions').innerText()).toContain('marine economy → 海洋经济');
    // A hit holds the term in its Chinese, or (the English leg) the words in its English translation, and says which.
    let chinese = 0;
    for (const hit of await page.locator('.hit').all()) {
      if ((await hit.locator('.matched').count()) > 0) {
        chinese += 1;
        expect(await hit.locator('mark').first().innerText()).toBe('海洋经济');
        expect(await hit.locator('.matched').innerText()).toContain('海洋经济');
      } else {
        expect(await hit.locator('.matched-en').innerText()).toContain('“marine economy” in the English translation');
        expect(await hit.locator('mark').first().innerText()).toMatch(/marine|economy/iu);
      }
    }
    expect(chinese).toBeGreaterThan(3);
    expect(await saveScreenshot('search-english', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('answers an English query with a word that has no Chinese, saying what each hit lacks, with both texts', async () => {
    await page.goto(`${session.url}/en/search/?q=${encodeURIComponent('sewage zorblax')}`);
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(3);
    for (const hit of await page.locator('.hit').all()) expect(await hit.locator('.missing').innerText()).toBe('Lacks: zorblax');
    // A passage shows its other language under the excerpt: Chinese excerpts their English, and the reverse.
    const other = page.locator('.hit .excerpt-other').first();
    expect(await other.getAttribute('lang')).toMatch(/^(en|zh-CN)$/u);
    expect((await other.innerText()).length).toBeGreaterThan(20);
  });
});
