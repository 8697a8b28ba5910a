// The shared phrases for download: phrases.csv and phrases.json as ingest wrote them, in one ZIP.
import type { APIRoute } from 'astro';
import { archive, downloads } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => new Response(await archive(downloads.phrases), { headers: { 'content-type': 'application/zip' } });
