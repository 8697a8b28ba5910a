// /glossary/counts.json (lib/glossaryFiles.ts): every term's count per document, fetched by the
// glossary page of either language when its rows are sorted by one document.
import type { APIRoute } from 'astro';
import { termCounts } from '../../lib/glossaryPlaces.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await termCounts()), { headers: { 'Content-Type': 'application/json' } });
