// /xref/panels/<doc>.json: the "in the master plan" panels of one document's passages (see
// lib/panelFile.ts), which its reader pages of both languages draw when a panel opens
// (scripts/xrefPanels.ts) instead of each page holding every list.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../lib/reader.ts';
import { xrefGraph } from '../../../lib/xref.ts';
import { panelFile } from '../../../lib/xrefEntries.ts';
import type { PanelFile } from '../../../lib/panelFile.ts';

export async function getStaticPaths() {
  const graph = await xrefGraph();
  if (!graph) return [];
  const documents = await allDocuments();
  const plans = new Map(documents.filter((document) => graph.planIds.includes(document.id)).map((plan) => [plan.id, plan]));
  return documents.flatMap((document) => {
    const file = panelFile(document, graph, plans);
    return file ? [{ params: { doc: document.id }, props: { file } }] : [];
  });
}

export const GET: APIRoute<{ file: PanelFile }> = ({ props }) =>
  new Response(JSON.stringify(props.file), { headers: { 'Content-Type': 'application/json' } });
