/// <reference lib="dom" />
// Search in Chromium: type a query, grouped results with the whole phrase marked, filters,
// state in the URL, the concordance and its export, and a hostile query that stays text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openSite, saveScreenshot, type Session } from './browser.ts';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('search in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSite();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('answers a query typed in the header with results grouped by document and the whole phrase marked', async () => {
    const { page, url } = session;
    await page.goto(`${url}/`);
    await page.locator('#site-search').fill('双招双引');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await expect.poll(() => page.locator('.result-group').count()).toBeGreaterThan(1);
    const exactHits = page.locator('.hit:not(.loose)');
    expect(await exactHits.count()).toBeGreaterThanOrEqual(2);
    for (const hit of await exactHits.all()) expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    expect(new Set(await page.locator('.hit mark').allTextContents())).toEqual(new Set(['双招双引']));
    expect(await saveScreenshot('search', await page.screenshot())).toBeGreaterThan(0.02);
  });

  it('shows the hits before the filter index is in, and the counts per filter value once it is', async () => {
    const { page, url } = session;
    // The filter index grows with the corpus: its files are held back until the hits are shown.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route('**/pagefind/filter/**', async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${url}/search/?q=${encodeURIComponent('"海洋经济"')}`);
      await expect.poll(() => page.locator('.result-group').count()).toBe(2);
      expect(await page.locator('#facets input[name="document"]').count()).toBe(0);
      expect(await page.locator('#facets').getAttribute('aria-busy')).toBe('true');
      expect(asked).toBeGreaterThan(0);
      release();
      await expect.poll(() => page.locator('#facets input[name="document"]').count()).toBe(2);
      expect(await page.locator('#facets').getAttribute('aria-busy')).toBe('false');
      const counts = (await page.locator('#facets input[name="document"] + label .facet-count').allTextContents()).map(Number);
      expect(counts.every((count) => count > 0)).toBe(true);
    } finally {
      release();
      await page.unroute('**/pagefind/filter/**');
    }
  });

  it('filters by document, keeps the state in the URL, and the back button restores the previous state', async () => {
    const { page, url } = session;
    await page.goto(`${url}/search/?q=${encodeURIComponent('"海洋经济"')}`);
    await expect.poll(() => page.locator('.result-group').count()).toBe(2);
    await page.locator('input[name="document"][value="west-coast-feature-2022"]').check();
    await page.waitForURL(/document=west-coast-feature-2022/u);
    await expect.poll(() => page.locator('.result-group').count()).toBe(1);
    const filtered = page.url();
    await page.goto(filtered);
    await expect.poll(() => page.locator('.result-group').count()).toBe(1);
    expect(await page.locator('input[name="document"][value="west-coast-feature-2022"]').isChecked()).toBe(true);
    expect(await page.locator('#search-input').inputValue()).toBe('"海洋经济"');
    // Going to the URL the page is on replaces its history entry: one step back is the query
    // before the filter (a second would leave for the previous test's page).
    await page.goBack();
    await expect.poll(() => page.locator('.result-group').count()).toBe(2);
    expect(await page.locator('input[name="document"][value="west-coast-feature-2022"]').isChecked()).toBe(false);
  });

  it("counts and filters by a document's kind, level and year, which the index answers through the documents", async () => {
    const { page, url } = session;
    await page.goto(`${url}/search/?q=${encodeURIComponent('海洋')}`);
    await expect.poll(() => page.locator('#facets input[name="kind"]').count()).toBeGreaterThan(1);
    const table = (await page.evaluate(async () => (await fetch('/pagefind/document-filters.json')).json())) as Record<string, Record<'kind' | 'level' | 'year', string>>;
    const facetCounts = async (name: string) => {
      const values = await page.locator(`#facets input[name="${name}"]`).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      const counts = (await page.locator(`#facets input[name="${name}"] + label .facet-count`).allTextContents()).map(Number);
      return new Map(values.map((value, index) => [value, counts[index]!]));
    };
    const documents = await facetCounts('document');
    for (const name of ['kind', 'level', 'year'] as const) {
      const sums = new Map<string, number>();
      for (const [id, count] of documents) sums.set(table[id]![name], (sums.get(table[id]![name]) ?? 0) + count);
      expect(await facetCounts(name)).toEqual(sums);
    }
    const [kind] = [...(await facetCounts('kind')).keys()];
    await page.locator(`input[name="kind"][value="${kind}"]`).check();
    await page.waitForURL(new RegExp(`kind=${kind}`, 'u'));
    await expect.poll(async () => [...(await facetCounts('document')).keys()].every((id) => table[id]!.kind === kind)).toBe(true);
    expect((await facetCounts('document')).size).toBeGreaterThan(0);
    expect(await page.locator(`input[name="kind"][value="${kind}"]`).isChecked()).toBe(true);
  });

  it('lists every occurrence in the concordance and exports it', async () => {
    const { page, url } = session;
    await page.goto(`${url}/en/search/?q=${encodeURIComponent('海洋经济')}`);
    await page.getByRole('button', { name: 'Concordance' }).click();
    await page.waitForURL(/view=concordance/u);
    await expect.poll(() => page.locator('table.kwic tr').count()).toBeGreaterThan(5);
    expect(new Set(await page.locator('.kwic-match').allTextContents())).toEqual(new Set(['海洋经济']));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of csv) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('document,url,left,match,right,offset,kind,heading');
    expect(lines.length - 1).toBe(await page.locator('table.kwic tr').count());
  });

  it('shows a hostile query as text and runs nothing', async () => {
    const { page, url } = session;
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(`${url}/search/?q=${encodeURIComponent(payload)}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(payload);
    expect(await page.locator('main img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
  });
});
