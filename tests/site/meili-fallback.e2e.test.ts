// The search page of a site built for a real Meilisearch (the bundled binary, started by this
// file so that it can be stopped mid-test): a query answered by the server with its facet
// counts, the fall-back to the built-in index when the server is stopped while the page is
// open, only the search-only key in dist/, and a build that refuses to publish the master key.
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, loadSearchInputs } from '../../search/buildData.ts';
import { meiliConnection } from '../../search/meilisearch/client.ts';
import { meiliDocuments } from '../../search/meilisearch/documents.ts';
import { findBundledBinary, startLocalServer, type LocalServer } from '../../search/meilisearch/localServer.ts';
import { ensureSearchKey, pushIndex } from '../../search/meilisearch/push.ts';
import { loadMeiliConfig } from '../../search/meilisearch/settings.ts';
import { projectRoot, searchConfigDir } from '../helpers.ts';
import { browserUnavailable, openSite, type Session } from './browser.ts';

const browserMissing = browserUnavailable();
const bundled = findBundledBinary();
if ('missing' in bundled && process.env.CI && process.platform === 'linux' && process.arch === 'x64') throw new Error(bundled.missing);
const { MEILI_ADMIN_KEY: _unused, ...withoutAdminKey } = process.env;
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Every file of a folder, as text. */
async function allText(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(html|js|json|css)$/u.test(entry.name)) parts.push(await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return parts.join('\n');
}

describe.skipIf(browserMissing !== null || 'missing' in bundled)('search on a site built for Meilisearch', () => {
  let server: LocalServer;
  let searchKey: string;
  let outDir: string;
  let session: Session;
  let requests: string[] = [];

  beforeAll(async () => {
    server = await startLocalServer();
    const build = path.join(projectRoot, 'build');
    const connection = meiliConnection(server.url, server.masterKey);
    const config = await loadMeiliConfig(searchConfigDir, await loadLexicon(build));
    const inputs = await loadSearchInputs(build);
    await pushIndex(connection, config, meiliDocuments(inputs.documents, inputs.urls, inputs.headingsEn));
    searchKey = await ensureSearchKey(connection, config.index);
    outDir = path.join(await mkdtemp(path.join(tmpdir(), 'policy-reader-meili-site-')), 'dist');
    // The master key is in the build's environment, as MEILI_MASTER_KEY: the build checks the public key with it and must not publish it.
    execFileSync(process.execPath, [astro, 'build', '--silent', '--outDir', outDir], {
      cwd: projectRoot,
      stdio: 'pipe',
      env: { ...withoutAdminKey, MEILI_MASTER_KEY: server.masterKey, PUBLIC_MEILI_URL: server.url, PUBLIC_MEILI_SEARCH_KEY: searchKey },
    });
    await cp(path.join(projectRoot, 'dist', 'pagefind'), path.join(outDir, 'pagefind'), { recursive: true });
    session = await openSite(outDir);
    session.page.on('request', (request) => requests.push(request.url()));
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    await server?.stop();
    if (outDir) await rm(path.dirname(outDir), { recursive: true, force: true });
  });

  it('answers from Meilisearch, with its facet counts', async () => {
    requests = [];
    const { page, url } = session;
    const answer = page.waitForResponse((response) => response.url().startsWith(`${server.url}/multi-search`) && response.request().method() === 'POST');
    await page.goto(`${url}/search/?q=${encodeURIComponent('海洋经济')}`);
    const response = await answer;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { results: Array<{ facetDistribution: Record<string, Record<string, number>>; estimatedTotalHits: number }> };
    await expect.poll(() => page.locator('.result-group').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-status').textContent()).not.toContain('检索服务器未响应');
    expect(await page.locator('.hit mark').first().textContent()).toBe('海洋经济');
    // The counts beside the document filters are the server's.
    const served = body.results[0]!.facetDistribution.documentId!;
    expect(Object.keys(served).length).toBeGreaterThan(1);
    for (const [documentId, count] of Object.entries(served)) {
      const label = page.locator(`label[for="${`facet-document-${documentId}`.replace(/[^\w-]/gu, '_')}"] .facet-count`);
      expect((await label.textContent())?.trim(), documentId).toBe(String(count));
    }
    // Pagefind was not asked.
    expect(requests.filter((request) => request.includes('/pagefind/'))).toEqual([]);
  });

  it('falls back to the built-in index when the server is stopped while the page is open, and says so', async () => {
    const { page } = session;
    await server.stop({ keepData: true });
    requests = [];
    await page.locator('#search-input').fill('营商环境');
    await page.locator('#search-input').press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('检索服务器未响应');
    await expect.poll(() => page.locator('.result-group').count()).toBeGreaterThan(0);
    expect(await page.locator('.hit mark').first().textContent()).toBe('营商环境');
    expect(requests.some((request) => request.startsWith(`${server.url}/`))).toBe(true);
    expect(requests.some((request) => request.includes('/pagefind/'))).toBe(true);
  });

  it('publishes the search-only key and never the master key', async () => {
    const published = await allText(outDir);
    expect(published).toContain(searchKey);
    expect(published).not.toContain(server.masterKey);
  });

  it('refuses to build a site that would publish the master key', async () => {
    const failed = await promisify(execFile)(process.execPath, [astro, 'build', '--silent', '--outDir', path.join(path.dirname(outDir), 'refused')], {
      cwd: projectRoot,
      env: { ...withoutAdminKey, MEILI_MASTER_KEY: server.masterKey, PUBLIC_MEILI_URL: server.url, PUBLIC_MEILI_SEARCH_KEY: server.masterKey },
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).not.toBeNull();
    expect(`${failed!.stdout}${failed!.stderr}`).toContain('PUBLIC_MEILI_SEARCH_KEY is the MEILI_MASTER_KEY of this environment');
  }, 180_000);
});
