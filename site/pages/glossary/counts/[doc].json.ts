// /glossary/counts/<document>.json (lib/glossaryFiles.ts): how often each term occurs in one
// document, fetched by the glossary page of either language when its rows are sorted by that
// document. One file per document: a sort reads one document's counts, not the whole corpus's.
import type { APIRoute } from 'astro';
import { termCounts } from '../../../lib/glossaryPlaces.ts';
import type { TermCountsFile } from '../../../lib/glossaryFiles.ts';

export async function getStaticPaths() {
  return [...(await termCounts())].map(([doc, file]) => ({ params: { doc }, props: { file } }));
}

export const GET: APIRoute<{ file: TermCountsFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
