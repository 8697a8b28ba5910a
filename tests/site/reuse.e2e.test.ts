/// <reference lib="dom" />
// Shared wording in Chromium: a district passage's spans taken from the plan are marked inside
// its Chinese (one mark around the glossary's terms, inside the reading modes), each followed by a
// numbered link to the plan paragraph at the same words, listed below it with the English of
// both passages on the English site; the plan's section says how much was taken over and by whom;
// the compare page gives each document's share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';

const unavailable = browserUnavailable();
const clause = '落实黄河流域省会和胶东经济圈“9+5”城市陆海联动合作倡议';

describe.skipIf(unavailable !== null)('shared wording in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('marks the plan’s clause in the congress report, and its mark and its entry both lead to the plan’s words', async () => {
    const { page, url } = session;
    await page.goto(`${url}/docs/west-coast-congress-report-2021/#n04/i01/p01`);
    const unit = page.locator('[id="n04/i01/p01"]');
    const marks = unit.locator('.zh mark.reused');
    const marked = (await marks.allTextContents()).join('');
    expect(marked).toContain(clause);
    // The mark is drawn (an underline), and the English holds none.
    expect(await marks.first().evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('solid');
    expect(await unit.locator('.en mark.reused').count()).toBe(0);
    // The clause is one mark, around the glossary's terms it holds, which keep their links.
    const clauseMark = unit.locator('.zh mark.reused', { hasText: '9+5' });
    expect(await clauseMark.count()).toBe(1);
    expect(await clauseMark.locator('a.term').allTextContents()).toEqual(['黄河流域', '胶东经济圈']);
    // Each mark is followed by a link numbered as its entry in the list below the passage (the
    // marks counted in order), whose label says where it leads, as the entry's link does.
    const number = await clauseMark.evaluate((element) => {
      const next = element.nextElementSibling as HTMLElement | null;
      if (!next?.matches('a[data-n]')) return null;
      return String([...element.closest('.zh')!.querySelectorAll('a[data-n]')].indexOf(next) + 1) === next.dataset.n ? next.dataset.n! : null;
    });
    expect(number).toMatch(/^\d+$/u);
    // Its number is drawn, not text: a copied passage holds only its own words.
    const mark = unit.locator(`.zh a[data-n="${number}"]`);
    expect(await mark.evaluate((element) => [element.textContent, getComputedStyle(element, '::after').content])).toEqual(['', `"${number}"`]);
    const list = page.locator('[id="n04/i01/p01"] ~ details.reuse').first();
    // The list is drawn when it opens: the page holds its summary only.
    expect(await list.locator('li').count()).toBe(0);
    await list.locator('summary').click();
    const entry = list.locator(`li[data-reuse="${number}"]`);
    expect(await entry.locator('q').first().textContent()).toContain(clause);
    const link = entry.locator('a.reuse-target');
    const numbering = (await link.locator('span').first().textContent())!;
    expect(numbering).toMatch(/^第二章/u);
    expect(await mark.getAttribute('aria-label')).toBe(`与总体规划相同的文字 ${number}：${numbering}`);
    expect(await mark.getAttribute('href')).toBe(await link.getAttribute('href'));
    // Follow the mark: the plan's paragraph, at the same words, lit and on screen.
    const fragment = decodeURIComponent((await mark.getAttribute('href'))!.split('#')[1]!);
    expect(fragment).toMatch(/\/w\d+$/u);
    await mark.click();
    await page.waitForURL(/\/docs\/qingdao-plan-2021\/c02\//u);
    const words = page.locator(`[id="${fragment}"]`);
    expect(await words.evaluate((element) => element.closest('.parallel')!.querySelector('.zh')!.textContent)).toContain(clause);
    const lit = (await page.locator(`mark.lit:is([id="${fragment}"], [data-words="${fragment}"])`).allTextContents()).join('');
    expect(lit).toContain(clause);
    await expect.poll(() => words.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    // The plan's section says how much of it the district texts took, and who.
    const section = fragment.split('/').slice(0, 2).join('/');
    const taken = page.locator(`[id="${section}"] ~ .reuse-taken`).first();
    expect(await taken.textContent()).toContain('西海岸新区第二次党代会报告');
    expect(await saveScreenshot('reuse-target', await page.screenshot())).toBeGreaterThan(0.02);
    // The list's link lands at the same words.
    await page.goBack();
    if (!(await list.evaluate((details) => (details as HTMLDetailsElement).open))) await list.locator('summary').click();
    await link.click();
    await page.waitForURL(/\/docs\/qingdao-plan-2021\/c02\//u);
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(fragment);
  });

  it('leads from the marks to the plan’s words without script, the list saying so', async () => {
    const context = await session.page.context().browser()!.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${session.url}/docs/west-coast-congress-report-2021/#n04/i01/p01`);
      const list = page.locator('[id="n04/i01/p01"] ~ details.reuse').first();
      await list.locator('summary').click();
      expect(await list.locator(':scope > p').textContent()).toBe('标出的文字链接到规划原文。');
      const link = page.locator('[id="n04/i01/p01"] .zh a[data-n]').first();
      expect(await link.getAttribute('href')).toMatch(/^\/docs\/qingdao-plan-2021\/.*#.*\/w\d+$/u);
    } finally {
      await context.close();
    }
  });

  it('never puts a link inside another where shared wording runs through a glossary term, whatever the term notes', async () => {
    const { page, url } = session;
    await page.goto(`${url}/docs/west-coast-congress-report-2021/`);
    // 黄河流域 is a term inside the clause: the term keeps its link inside the mark, the mark's own link follows it.
    const clauseUnit = page.locator('[id="n04/i01/p01"] .zh');
    expect(await clauseUnit.locator('mark.reused a.term').count()).toBeGreaterThan(0);
    expect(await clauseUnit.locator('a[data-n]').count()).toBeGreaterThan(1);
    for (const mode of ['first', 'all', 'off']) {
      await page.locator('#term-mode').selectOption(mode);
      expect(await page.locator('a a').count()).toBe(0);
    }
    expect(await page.locator('mark.reused .term').count()).toBeGreaterThan(0);
  });

  it('gives the English of both passages beside the Chinese spans on the English site, and lands in English reading', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/docs/west-coast-congress-report-2021/#n04/i01/p01`);
    const list = page.locator('[id="n04/i01/p01"] ~ details.reuse').first();
    await list.locator('summary').click();
    const entry = list.locator('li', { hasText: clause }).first();
    await entry.waitFor();
    const [here, plan] = await entry.locator('.reuse-en dd').allTextContents();
    // The sentence holding the clause in each text: the report's and the plan's own English.
    expect(here).toMatch(/^Implement the initiative for land-sea cooperation/u);
    expect(plan).toContain('"9+5" land-sea linkage cooperation initiative');
    expect(here).not.toContain('inland ports');
    await entry.scrollIntoViewIfNeeded();
    expect(await saveScreenshot('reuse-english', await page.screenshot())).toBeGreaterThan(0.02);
    // The English site reads in English: the plan's words are in the hidden Chinese, so the
    // reader brings their passage up instead.
    await entry.locator('a.reuse-target').click();
    await page.waitForURL(/\/en\/docs\/qingdao-plan-2021\/c02\//u);
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const passage = page.locator(`.parallel:has([id="${fragment}"])`);
    await expect.poll(() => passage.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(300);
    expect(await passage.locator('.en').isVisible()).toBe(true);
  });

  it('keeps the glossary’s term links whole where a span runs through them, in both reading modes', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/docs/west-coast-congress-report-2021/`);
    await page.locator('.reading-mode input[value="both"]').check();
    // A glossary term inside shared wording: the mark goes around it, the term whole, never cut into pieces.
    const held = page.locator('.parallel .zh mark.reused :is(a, span).term');
    expect(await held.count()).toBeGreaterThan(0);
    expect(await page.locator('[id="n04/i01/p01"] .zh mark.reused :is(a, span).term').allTextContents()).toContain('黄河流域');
    expect(await page.locator('.parallel .zh mark.reused mark.reused').count()).toBe(0);
    const unit = page.locator('.parallel:has(.zh mark.reused)').first();
    const zh = (await unit.locator('.zh').boundingBox())!;
    const en = (await unit.locator('.en').boundingBox())!;
    expect(en.x).toBeGreaterThan(zh.x + zh.width - 1);
    await unit.scrollIntoViewIfNeeded();
    expect(await saveScreenshot('reuse-both', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('gives each document’s share of the plan’s wording on the compare pages', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/compare/west-coast-congress-report-2021/`);
    const share = await page.locator('p.reuse-share').textContent();
    expect(Number(/([\d.]+) %/u.exec(share ?? '')?.[1])).toBeGreaterThan(10);
    const longest = page.locator('ol.reuse-longest li');
    expect(await longest.count()).toBeGreaterThan(3);
    await page.goto(`${url}/compare/`);
    expect(await page.locator('.card .reuse-share').count()).toBe(4);
  });
});
