// Pagefind's own browser API (dist/pagefind/pagefind.js), run in Node: its fetches of index
// files are answered from the folder, and counted, so the CLI and the bench query exactly
// what the site serves, the document filters included (documentFilters.ts).
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../engine.ts';
import { documentFilterFile, withDocumentFilters, type DocumentFilterTable } from './documentFilters.ts';

export interface NodePagefind {
  api: PagefindApi;
  /** Bytes read from the index so far (what a browser would fetch, before HTTP compression). */
  bytesFetched: () => number;
}

let bytes = 0;
let shimmed = false;

function shimFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return networkFetch(input, init);
    const body = await readFile(fileURLToPath(url.split(/[?#]/u)[0]!));
    bytes += body.length;
    return new Response(body);
  }) as typeof fetch;
}

/** Loads the index in `pagefindDir` (dist/pagefind). */
export async function loadNodePagefind(pagefindDir: string): Promise<NodePagefind> {
  shimFileFetch();
  const base = pathToFileURL(`${pagefindDir.replace(/\/$/u, '')}/`).href;
  const module = (await import(`${base}pagefind.js`)) as PagefindApi & { options(options: Record<string, unknown>): Promise<void>; init(): Promise<void> };
  // baseUrl: result URLs stay site-relative (/docs/…), as in the browser.
  await module.options({ basePath: base, baseUrl: '/' });
  await module.init();
  // An index that Pagefind wrote alone (the tests' small ones) has no table: its filters are its own.
  const tableUrl = `${base}${documentFilterFile}`;
  const hasTable = await access(fileURLToPath(tableUrl)).then(() => true, () => false);
  const api = hasTable ? withDocumentFilters(module, async () => (await (await fetch(tableUrl)).json()) as DocumentFilterTable) : module;
  return { api, bytesFetched: () => bytes };
}
