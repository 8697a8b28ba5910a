// /xref/compare/<plan>/<doc>.json: the pairs behind each cell of a document's compare page
// against a plan (see lib/compareFile.ts), which the Chinese and the English page draw when a cell
// opens (scripts/compare.ts) instead of each holding every list. Each file is made when it is
// written, so the build never holds them all.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../../lib/reader.ts';
import { compareFile } from '../../../../lib/compareData.ts';
import type { DocumentData } from '../../../../lib/model.ts';
import { planGraph, plansCarriedOut } from '../../../../lib/plans.ts';
import { xrefGraph, type XrefGraph } from '../../../../lib/xref.ts';

interface Props { document: DocumentData; plan: DocumentData; graph: XrefGraph }

export async function getStaticPaths() {
  const [graph, documents] = await Promise.all([xrefGraph(), allDocuments()]);
  if (!graph) return [];
  const byId = new Map(documents.map((document) => [document.id, document]));
  return documents.flatMap((document) =>
    plansCarriedOut(graph, document.id).map((planId) => ({ params: { plan: planId, doc: document.id }, props: { document, plan: byId.get(planId)!, graph } satisfies Props })),
  );
}

export const GET: APIRoute<Props> = ({ props: { document, plan, graph } }) =>
  new Response(JSON.stringify(compareFile(document, plan, planGraph(graph, plan.id))), { headers: { 'Content-Type': 'application/json' } });
