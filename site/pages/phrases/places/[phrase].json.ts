// /phrases/places/<phrase>.json (lib/phrasePlaces.ts): the documents holding a phrase beyond the
// few its row on the phrases page lists, with their places, drawn by both languages' pages when asked.
import type { APIRoute } from 'astro';
import { allDocuments, blockPages } from '../../../lib/reader.ts';
import { sharedPhrases } from '../../../lib/reuse.ts';
import { placesFile } from '../../../lib/phrasePlaces.ts';
import type { PlacesFile } from '../../../lib/placesFile.ts';

export async function getStaticPaths() {
  const documents = await allDocuments();
  const byId = new Map(documents.map((document) => [document.id, document]));
  const pages = new Map(documents.map((document) => [document.id, blockPages(document)]));
  return (await sharedPhrases()).flatMap((phrase) => {
    const file = placesFile(phrase, byId, pages);
    return file ? [{ params: { phrase: phrase.id }, props: { file } }] : [];
  });
}

export const GET: APIRoute<{ file: PlacesFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
