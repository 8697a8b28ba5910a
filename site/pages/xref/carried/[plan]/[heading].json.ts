// /xref/carried/<plan>/<heading>.json (lib/panelFile.ts carriedFileHref): the documents a plan
// heading's "Carried out in" list names beyond the few it quotes, which the plan's pages of both
// languages draw when the list opens (scripts/xrefPanels.ts), so that a page stays the same size
// however many documents carry the plan out.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../../lib/reader.ts';
import { carriedFile } from '../../../../lib/panelData.ts';
import { blockFileName, type CarriedFile } from '../../../../lib/panelFile.ts';
import { xrefGraph } from '../../../../lib/xref.ts';

export async function getStaticPaths() {
  const graph = await xrefGraph();
  if (!graph) return [];
  const documents = new Map((await allDocuments()).map((document) => [document.id, document]));
  return Object.entries(graph.carriedOutIn).flatMap(([headingId, backlinks]) => {
    const file = carriedFile(backlinks, documents);
    return file ? [{ params: { plan: headingId.slice(0, headingId.indexOf('/')), heading: blockFileName(headingId) }, props: { file } }] : [];
  });
}

export const GET: APIRoute<{ file: CarriedFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
