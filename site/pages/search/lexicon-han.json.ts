// /search/lexicon-han.json: the glossary forms and traditional characters, for Chinese queries.
import type { APIRoute } from 'astro';
import { hanLexicon, readLexicon } from '../../lib/lexicon.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(hanLexicon(await readLexicon())), { headers: { 'Content-Type': 'application/json' } });
