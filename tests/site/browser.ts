// Chromium driven by playwright-core (Debian's, or the one an npm package ships), and the built site served from dist/.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { PNG } from 'pngjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../helpers.ts';

/** Debian's Chromium: the first choice where it is installed (`apt-get install chromium`). */
export const debianChromium = '/usr/bin/chromium';
export const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots');
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The variables through which the site suites' global set-up hands its choice of browser to every test file. */
const chosenVariable = 'POLICY_READER_CHROMIUM';
const missingVariable = 'POLICY_READER_NO_BROWSER';

export interface ChosenBrowser {
  executablePath: string;
  /** Where it came from, for the line at the end of the run. */
  source: string;
}

/**
 * Finds a Chromium without root and without a download: Debian's where installed, else the one the
 * npm package @sparticuz/chromium ships (unpacked into the temporary folder on first use). Throws why none can be had.
 */
export async function findChromium(): Promise<ChosenBrowser> {
  if (existsSync(debianChromium)) return { executablePath: debianChromium, source: `Debian's Chromium at ${debianChromium}` };
  let packaged: { executablePath: () => Promise<string> };
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch (error) {
    throw new Error(`no Chromium: ${debianChromium} is missing (apt-get install chromium) and @sparticuz/chromium cannot be loaded (${(error as Error).message})`);
  }
  const executablePath = await packaged.executablePath();
  return { executablePath, source: `the Chromium of the npm package @sparticuz/chromium, unpacked at ${executablePath}` };
}

/** Chooses the browser once for the site suites (their global set-up); returns the line the run ends with. */
export async function chooseBrowserForRun(): Promise<string> {
  try {
    const chosen = await findChromium();
    process.env[chosenVariable] = chosen.executablePath;
    delete process.env[missingVariable];
    return `browser tests ran in ${chosen.source}`;
  } catch (error) {
    // In CI a missing browser is a failure, not a skip.
    if (process.env.CI) throw error;
    process.env[missingVariable] = (error as Error).message;
    return `browser tests were SKIPPED: ${(error as Error).message}`;
  }
}

/** Why the browser tests cannot run here, or null when they can (as chosen by the site suites' global set-up). */
export function browserUnavailable(): string | null {
  if (process.env[chosenVariable]) return null;
  return process.env[missingVariable] ?? 'no browser was chosen: the site suites run through `npm test`, whose global set-up finds one';
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env[chosenVariable] ?? (await findChromium()).executablePath;
  return chromium.launch({ executablePath, args: chromiumFlags });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves dist/ as a static host would, on a loopback port chosen by the system. (Not `astro
 * preview`: Astro allows one preview server per project, and a user may have one running.)
 */
export async function serveDist(dist = path.join(projectRoot, 'dist')): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' };
      // Compressed like any static host, so that transfer sizes measured against it are real.
      if (/\bgzip\b/u.test(request.headers['accept-encoding'] ?? '')) {
        headers['content-encoding'] = 'gzip';
        response.writeHead(200, headers).end(gzipSync(body));
      } else response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Session {
  url: string;
  page: Page;
  close: () => Promise<void>;
}

/** Serves dist/ (or another build) and opens a desktop-sized page in Chromium that may use the clipboard. */
export async function openSite(dist?: string): Promise<Session> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  return {
    url: server.url,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/** Saves a screenshot and returns the share of its pixels that are not the page background. */
export async function saveScreenshot(name: string, png: Buffer): Promise<number> {
  await mkdir(screenshotDir, { recursive: true });
  await writeFile(path.join(screenshotDir, `${name}.png`), png);
  const image = PNG.sync.read(png);
  const [r, g, b] = [image.data[0]!, image.data[1]!, image.data[2]!];
  let differing = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    if (Math.abs(image.data[offset]! - r) + Math.abs(image.data[offset + 1]! - g) + Math.abs(image.data[offset + 2]! - b) > 30) differing += 1;
  }
  return differing / (image.width * image.height);
}
