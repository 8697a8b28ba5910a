// The cross-references for download, as ingest wrote them (build/xref/links.csv).
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () =>
  new Response(await readFile('build/xref/links.csv'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
