// /en/glossary/places.json: every term's occurrences as English reader URLs (see lib/glossaryPlaces.ts).
import type { APIRoute } from 'astro';
import { glossaryPlaces } from '../../../lib/glossaryPlaces.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await glossaryPlaces('en')), { headers: { 'Content-Type': 'application/json' } });
