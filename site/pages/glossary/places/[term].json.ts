// /glossary/places/<term>.json (lib/glossaryFiles.ts): where a term occurs, fetched by the
// glossary page of either language when a reader opens the term's places.
import type { APIRoute } from 'astro';
import { termPlaces } from '../../../lib/glossaryPlaces.ts';
import type { TermPlacesFile } from '../../../lib/glossaryFiles.ts';

export async function getStaticPaths() {
  return [...(await termPlaces())].filter(([, file]) => file.length > 0).map(([term, file]) => ({ params: { term }, props: { file } }));
}

export const GET: APIRoute<{ file: TermPlacesFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
