/// <reference lib="dom" />
// Shared wording in Chromium: a district passage's spans taken from the plan are marked inside
// its Chinese (under the glossary's marks, inside the reading modes), listed below it, and a
// span's link leads to the plan paragraph holding the same words; the plan's section says how
// much was taken over and by whom; the compare page gives each document's share.
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

  it('marks the plan’s clause in the congress report and follows its link to the plan’s words', async () => {
    const { page, url } = session;
    await page.goto(`${url}/docs/west-coast-congress-report-2021/#n04/i01/p01`);
    const unit = page.locator('[id="n04/i01/p01"]');
    const marks = unit.locator('.zh mark.reused');
    const marked = (await marks.allTextContents()).join('');
    expect(marked).toContain(clause);
    // The mark is drawn (an underline), and the English of the reading modes holds none.
    expect(await marks.first().evaluate((mark) => getComputedStyle(mark).borderBottomStyle)).toBe('solid');
    expect(await unit.locator('.en mark.reused').count()).toBe(0);
    // Each mark names its entry in the list below the passage.
    const number = await unit.locator('mark.reused', { hasText: '9+5' }).first().getAttribute('data-reuse');
    const list = page.locator('[id="n04/i01/p01"] ~ details.reuse').first();
    await list.locator('summary').click();
    const entry = list.locator(`li[data-reuse="${number}"]`);
    expect(await entry.locator('q').first().textContent()).toContain(clause);
    const link = entry.locator('a.reuse-target');
    expect(await link.textContent()).toContain('第二章');
    const fragment = decodeURIComponent((await link.getAttribute('href'))!.split('#')[1]!);
    await link.click();
    await page.waitForURL(/\/docs\/qingdao-plan-2021\/c02\//u);
    const paragraph = page.locator(`[id="${fragment}"]`);
    expect(await paragraph.locator('.zh').textContent()).toContain(clause);
    await expect.poll(() => paragraph.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    // The plan's section says how much of it the district texts took, and who.
    const taken = page.locator(`[id="${fragment.split('/').slice(0, 2).join('/')}"] ~ .reuse-taken`).first();
    expect(await taken.textContent()).toContain('西海岸新区第二次党代会报告');
    expect(await saveScreenshot('reuse-target', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('keeps the glossary’s term links whole where a span runs through them, in both reading modes', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/docs/west-coast-congress-report-2021/`);
    await page.locator('.reading-mode input[value="both"]').check();
    // A glossary term inside shared wording: the reuse mark sits inside the term, never around it.
    const nested = page.locator('.parallel .zh :is(a, span).term mark.reused');
    expect(await nested.count()).toBeGreaterThan(0);
    expect(await page.locator('.parallel .zh mark.reused :is(a, span).term').count()).toBe(0);
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
