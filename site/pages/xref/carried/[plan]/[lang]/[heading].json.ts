// /xref/carried/<plan>/<lang>/<heading>.json (lib/panelFile.ts carriedFileHref): the
// documents a plan heading's "Carried out in" list names beyond the few it quotes, which the
// plan's page draws when the list opens (scripts/xrefPanels.ts), so that the page stays the same
// size however many documents carry the plan out.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../../../lib/reader.ts';
import { backlinksByDocument } from '../../../../../lib/backlinks.ts';
import { briefEntries } from '../../../../../lib/panelData.ts';
import { blockFileName, type BriefEntry } from '../../../../../lib/panelFile.ts';
import { xrefGraph } from '../../../../../lib/xref.ts';

export async function getStaticPaths() {
  const graph = await xrefGraph();
  if (!graph) return [];
  const documents = new Map((await allDocuments()).map((document) => [document.id, document]));
  return Object.entries(graph.carriedOutIn).flatMap(([headingId, backlinks]) => {
    if (backlinksByDocument(backlinks).every(({ quoted }) => quoted)) return [];
    const plan = headingId.slice(0, headingId.indexOf('/'));
    return (['zh', 'en'] as const).map((lang) => ({ params: { plan, lang, heading: blockFileName(headingId) }, props: { entries: briefEntries(backlinks, documents, lang) } }));
  });
}

export const GET: APIRoute<{ entries: BriefEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
