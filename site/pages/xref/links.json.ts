// The cross-references as JSON for download (build/xref/links.json, schema in the README).
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';

export const GET: APIRoute = async () => new Response(await readFile('build/xref/links.json'), { headers: { 'content-type': 'application/json' } });
