// The shared phrases for download, one row per place, as ingest wrote them (build/xref/phrases.csv).
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () =>
  new Response(await readFile('build/xref/phrases.csv'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
