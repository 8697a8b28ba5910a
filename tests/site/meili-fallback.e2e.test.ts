// A site built for a Meilisearch server that does not answer: the search page falls back to
// the built-in index and says so. (A closed port on loopback, not a stand-in server.)
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { browserUnavailable, openSite, type Session } from './browser.ts';

const unavailable = browserUnavailable();

describe.skipIf(unavailable !== null)('search on a site built for Meilisearch', () => {
  let session: Session;
  let requests: string[] = [];

  beforeAll(async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-meili-site-')), 'dist');
    execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', outDir], {
      cwd: projectRoot,
      stdio: 'pipe',
      env: { ...process.env, PUBLIC_MEILI_URL: 'http://127.0.0.1:9', PUBLIC_MEILI_SEARCH_KEY: 'search-only-key' },
    });
    await cp(path.join(projectRoot, 'dist', 'pagefind'), path.join(outDir, 'pagefind'), { recursive: true });
    session = await openSite(outDir);
    session.page.on('request', (request) => requests.push(request.url()));
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('asks the server first, then answers from Pagefind and says so', async () => {
    requests = [];
    const { page, url } = session;
    await page.goto(`${url}/search/?q=${encodeURIComponent('海洋经济')}`);
    await expect.poll(() => page.locator('.result-group').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-status').textContent()).toContain('检索服务器未响应');
    expect(requests.some((request) => request.startsWith('http://127.0.0.1:9/'))).toBe(true);
    expect(await page.locator('.hit mark').first().textContent()).toBe('海洋经济');
  });
});
