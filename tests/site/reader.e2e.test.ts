/// <reference lib="dom" />
// The reader as a person uses it, in Chromium: home page, master plan, table of contents,
// language switch, topic chip, copy citation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';
import type { TopicPassagesFile } from '../../site/lib/topicFiles.ts';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the reader in Chromium', () => {
  let session: Session;
  let page: Page;
  let server: { url: string };

  beforeAll(async () => {
    session = await openSite();
    page = session.page;
    server = session;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens the home page with every document', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('.card').count()).toBe(5);
    expect(await page.locator('h1').textContent()).toBe('政策文本阅读器');
    expect(await saveScreenshot('home', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('opens the master plan and reaches a section through the table of contents', async () => {
    await page.getByRole('link', { name: '青岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要' }).first().click();
    await page.waitForURL(/\/docs\/qingdao-plan-2021\/$/u);
    await page.locator('nav.toc').getByRole('link', { name: /^第二章/u }).click();
    await page.waitForURL(/\/docs\/qingdao-plan-2021\/c02\/$/u);
    await page.locator('nav.toc').getByRole('link', { name: '第三节 打造“一带一路”国际合作新平台' }).click();
    await page.waitForURL(/#c02\/s03$/u);
    const heading = page.locator('[id="c02/s03"]');
    await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    await expect.poll(() => page.locator('nav.toc a[aria-current="location"]').textContent()).toContain('第三节');
    expect(await saveScreenshot('master-plan-section', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('switches language and stays on the same section', async () => {
    await page.locator('#lang-switch').click();
    await page.waitForURL(/\/en\/docs\/qingdao-plan-2021\/c02\/#c02\/s03$/u);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const heading = page.locator('[id="c02/s03"]');
    expect(await heading.textContent()).toContain('Section 3 Build a New Platform for Belt and Road International Cooperation');
    await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await saveScreenshot('master-plan-section-en', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('follows a topic chip to its topic page', async () => {
    const chip = page.locator('[id="c02/s03"] + .chips a').first();
    const name = (await chip.textContent())!;
    await chip.click();
    await page.waitForURL(/\/en\/topics\/[a-z-]+\/$/u);
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('.hits li').count()).toBeGreaterThan(0);
    // Each document's passages on the topic: a few quoted, every other one a link, as many as its heading counts.
    const groups = await page.locator('.topic-group').evaluateAll((sections) =>
      sections.map((section) => ({ counted: Number(/(\d+) passages/u.exec(section.querySelector('h2')!.textContent!)![1]), quoted: section.querySelectorAll('.hits li').length, linked: section.querySelectorAll('.also a').length })),
    );
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      expect(group.quoted + group.linked).toBe(group.counted);
      expect(group.quoted).toBe(Math.min(3, group.counted));
    }
    expect(await saveScreenshot('topic', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('lists, when opened, the passages of a document a topic page does not quote, from the topic’s file', async () => {
    // The corpus has five documents, all quoted (a page quotes ten): a document beyond them is
    // stood in for by the line the page would hold and a file of the endpoint's shape.
    const file: TopicPassagesFile = { 'west-coast-work-report-2020': ['#pt03/n01/p02', '#pt03/n01/p04'] };
    await page.route('**/topics/passages/ocean-economy.json', (route) => route.fulfill({ json: file }));
    for (const [prefix, separator] of [['', '、'], ['/en', ', ']] as const) {
      await page.goto(`${server.url}${prefix}/topics/ocean-economy/`);
      const group = page.locator('.topic-group').last();
      await group.evaluate((section) => {
        const more = Object.assign(document.createElement('details'), { className: 'topic-more' });
        more.dataset.document = 'west-coast-work-report-2020';
        more.append(Object.assign(document.createElement('summary'), { textContent: 'List its passages' }));
        section.append(more);
      });
      await group.locator('details.topic-more > summary').click();
      const links = group.locator('details.topic-more a');
      await expect.poll(() => links.count()).toBe(2);
      expect(await links.evaluateAll((elements) => elements.map((link) => link.getAttribute('href')))).toEqual([`${prefix}/docs/west-coast-work-report-2020/#pt03/n01/p02`, `${prefix}/docs/west-coast-work-report-2020/#pt03/n01/p04`]);
      expect(await group.locator('details.topic-more > p').textContent()).toBe(`pt03/n01/p02${separator}pt03/n01/p04`);
    }
    await page.unroute('**/topics/passages/ocean-economy.json');
  });

  it('copies the passage with a citation: title, numbering, block id and URL', async () => {
    await page.goto(`${server.url}/docs/qingdao-plan-2021/c02/#c02/s03/p02`);
    const passage = page.locator('[id="c02/s03/p02"]');
    await passage.hover();
    await passage.getByRole('button', { name: '引用：复制本段的引用' }).click();
    await expect.poll(() => page.locator('#live-status').textContent()).toBe('引用已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const text = (await passage.locator('.zh').evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelector('.tools')?.remove();
      return copy.textContent ?? '';
    })).trim();
    expect(text.length).toBeGreaterThan(20);
    expect(copied).toBe(`${text}\n— 《青岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》第二章第三节，段落 c02/s03/p02。${server.url}/docs/qingdao-plan-2021/c02/#c02/s03/p02`);
  });

  it('draws the tools on every line of every passage, a table’s at its caption, and Cite there copies the table’s place', async () => {
    await page.goto(`${server.url}/en/docs/qingdao-plan-2021/c01/`);
    const lines = page.locator('.parallel > :is(.zh, .en), .table-scroll.passage > table > caption');
    expect(await lines.count()).toBeGreaterThan(20);
    expect(await page.locator('.tools').count()).toBe(await lines.count());
    expect(await lines.evaluateAll((elements) => elements.every((line) => line.lastElementChild?.matches('.tools') && line.querySelector('.tools a')!.getAttribute('href') === `#${line.closest('.parallel, .table-scroll')!.id}`))).toBe(true);
    const table = page.locator('[id="c01/s06/table1"]');
    await table.locator('caption').hover();
    await table.locator('caption').getByRole('button', { name: 'Cite: copy a citation of this passage' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('table1');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Chapter 1, Section 6, passage c01/s06/table1`);
  });
});
