// The cross-references for download: links.csv and links.json as ingest wrote them, in one ZIP.
import type { APIRoute } from 'astro';
import { archive, downloads } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => new Response(await archive(downloads.links), { headers: { 'content-type': 'application/zip' } });
