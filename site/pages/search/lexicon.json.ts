// /search/lexicon.json: the whole cross-lingual lexicon, for queries with latin letters.
import type { APIRoute } from 'astro';
import { readLexicon } from '../../lib/lexicon.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await readLexicon()), { headers: { 'Content-Type': 'application/json' } });
