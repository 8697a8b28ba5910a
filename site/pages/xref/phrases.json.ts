// The shared phrases as JSON for download (build/xref/phrases.json, schema in the README).
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () => new Response(await readFile('build/xref/phrases.json'), { headers: { 'content-type': 'application/json' } });
