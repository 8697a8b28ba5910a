/// <reference lib="dom" />
// The reading modes in Chromium: each site language opens in its own text (also without script),
// the reader switches to the other or to both side by side (stacked on a phone), the choice
// persists per site language, the English says it is unofficial and links the original, and
// Cite copies the text being read. The passages come from what the build translated.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { pageSlugs, pagePath, type PagedDocument } from '../../ingest/address.ts';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';

const unavailable = browserUnavailable();

interface BuiltDocument extends PagedDocument {
  translations: Record<string, { en: string; stale: boolean }>;
}

/** A translated paragraph without a lead, its page in each language and its English. */
function translatedParagraph(): { documentId: string; fragment: string; zhPage: string; enPage: string; en: string } | null {
  for (const file of readdirSync(path.join(projectRoot, 'build', 'documents'))) {
    const document = JSON.parse(readFileSync(path.join(projectRoot, 'build', 'documents', file), 'utf8')) as BuiltDocument;
    const slugs = pageSlugs(document);
    for (const block of document.blocks) {
      const fragment = block.id.slice(document.id.length + 1);
      const english = document.translations[fragment];
      if (block.type !== 'paragraph' || !english || english.stale || 'lead' in block && (block as { lead: string | null }).lead) continue;
      const slug = slugs.get(block.id) ?? null;
      return { documentId: document.id, fragment, zhPage: pagePath('zh', document.id, slug), enPage: pagePath('en', document.id, slug), en: english.en };
    }
  }
  return null;
}

const sample = unavailable === null ? translatedParagraph() : null;

describe.skipIf(unavailable !== null || sample === null)('reading modes in Chromium', () => {
  let session: Session;
  const unit = () => session.page.locator(`[id="${sample!.fragment}"]`);

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens the English site in English, with the note that the translation is unofficial and a link to the original', async () => {
    const { page, url } = session;
    await page.goto(`${url}${sample!.enPage}`);
    await expect.poll(() => unit().locator('.en').isVisible()).toBe(true);
    expect(await unit().locator('.zh').isVisible()).toBe(false);
    expect((await unit().locator('.en').innerText()).trim()).toContain(sample!.en.slice(0, 40));
    const note = page.locator('.unofficial');
    expect(await note.innerText()).toContain('unofficial');
    expect(await note.locator('a').getAttribute('href')).toBe(sample!.zhPage);
  });

  it('opens the Chinese site in Chinese', async () => {
    const { page, url } = session;
    await page.goto(`${url}${sample!.zhPage}`);
    expect(await unit().locator('.zh').isVisible()).toBe(true);
    expect(await unit().locator('.en').isVisible()).toBe(false);
  });

  it('shows both side by side on a desktop, one above the other on a phone, and keeps the choice', async () => {
    const { page, url } = session;
    await page.goto(`${url}${sample!.enPage}`);
    await page.locator('.reading-mode input[value="both"]').check();
    const boxes = async () => ({ zh: (await unit().locator('.zh').boundingBox())!, en: (await unit().locator('.en').boundingBox())! });
    const wide = await boxes();
    expect(wide.en.x).toBeGreaterThan(wide.zh.x + wide.zh.width - 1);
    expect(Math.abs(wide.en.y - wide.zh.y)).toBeLessThan(5);
    await unit().scrollIntoViewIfNeeded();
    expect(await saveScreenshot('reading-both', await page.screenshot())).toBeGreaterThan(0.02);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    expect(await page.locator('.reader').getAttribute('data-reading')).toBe('both');
    const narrow = await boxes();
    expect(narrow.en.y).toBeGreaterThanOrEqual(narrow.zh.y + narrow.zh.height - 1);
    await unit().scrollIntoViewIfNeeded();
    expect(await saveScreenshot('reading-both-phone', await page.screenshot())).toBeGreaterThan(0.02);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The Chinese site keeps a choice of its own.
    await page.goto(`${url}${sample!.zhPage}`);
    expect(await page.locator('.reader').getAttribute('data-reading')).toBe('zh');
  });

  it('copies both texts with the citation in parallel mode, and says the English is unofficial', async () => {
    const { page, url } = session;
    await page.goto(`${url}${sample!.enPage}#${sample!.fragment}`);
    await page.locator('.reading-mode input[value="both"]').check();
    await unit().locator('.en').hover();
    await unit().locator('.en button.cite').click();
    await expect.poll(() => page.locator('#live-status').textContent()).toBe('Citation copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [zh, en, citation] = copied.split('\n');
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(en).toContain(sample!.en.slice(0, 40));
    expect(citation).toContain('unofficial translation by Policy Reader');
    expect(citation).toContain(`${url}${sample!.enPage}#${sample!.fragment}`);
  });

  it('marks glossary terms in the English text, each opening the note with its Chinese and pinyin', async () => {
    const { page, url } = session;
    await page.goto(`${url}${sample!.enPage}`);
    await page.locator('.reading-mode input[value="en"]').check();
    const term = page.locator('.parallel > .en a.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const note = page.locator(`[id="term-def-${(await term.getAttribute('href'))!.split('#')[1]}"]`);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.innerText()).toMatch(/\p{Script=Han}/u);
  });

  it('reads each language completely without script', async () => {
    const browser = session.page.context().browser()!;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.url}${sample!.enPage}`);
    expect(await page.locator(`[id="${sample!.fragment}"] .en`).isVisible()).toBe(true);
    await page.goto(`${session.url}${sample!.zhPage}`);
    expect(await page.locator(`[id="${sample!.fragment}"] .zh`).isVisible()).toBe(true);
    expect(await page.locator(`[id="${sample!.fragment}"] .en`).isVisible()).toBe(false);
    await context.close();
  });
});
