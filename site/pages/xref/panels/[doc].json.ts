// /xref/panels/<doc>.json: the panels below one document's passages ("in the master plan" and the
// wording shared with it, see lib/panelFile.ts), which its reader pages of both languages draw
// when a panel opens (scripts/xrefPanels.ts) instead of each page holding every list.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../lib/reader.ts';
import { xrefGraph } from '../../../lib/xref.ts';
import { planStretches, reuseGraph, sharedPhrases } from '../../../lib/reuse.ts';
import { panelFile } from '../../../lib/panelData.ts';
import type { PanelFile } from '../../../lib/panelFile.ts';

export async function getStaticPaths() {
  const [graph, reuse, documents] = await Promise.all([xrefGraph(), reuseGraph(), allDocuments()]);
  const planIds = graph?.planIds ?? [];
  const plans = new Map(documents.filter((document) => planIds.includes(document.id)).map((plan) => [plan.id, plan]));
  const stretches = planStretches(reuse ? await sharedPhrases() : []);
  return documents.flatMap((document) => {
    const file = panelFile(document, { graph, reuse, plans, stretches });
    return file ? [{ params: { doc: document.id }, props: { file } }] : [];
  });
}

export const GET: APIRoute<{ file: PanelFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
