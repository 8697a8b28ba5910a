// /xref/plans/<plan>/zh.json and en.json: how the panels below a passage name the headings of a
// master plan, the text of every passage, in Chinese and, where translated, in English, by id
// within the plan, and in English the plan's sentences that shared wording quotes (see
// lib/panelFile.ts). Every reader page of the language draws its panels from it
// (scripts/xrefPanels.ts) when one opens, instead of holding its own copies.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../../lib/reader.ts';
import type { DocumentData } from '../../../../lib/model.ts';
import { planText } from '../../../../lib/panelData.ts';
import { reuseGraph, type ReuseGraph } from '../../../../lib/reuse.ts';
import { xrefGraph } from '../../../../lib/xref.ts';

export async function getStaticPaths() {
  const [graph, reuse] = await Promise.all([xrefGraph(), reuseGraph()]);
  if (!graph) return [];
  const plans = (await allDocuments()).filter((document) => graph.planIds.includes(document.id));
  return plans.flatMap((plan) => (['zh', 'en'] as const).map((lang) => ({ params: { plan: plan.id, lang }, props: { plan, reuse } })));
}

export const GET: APIRoute<{ plan: DocumentData; reuse: ReuseGraph | null }> = ({ params, props: { plan, reuse } }) =>
  new Response(JSON.stringify(planText(plan, reuse, params.lang === 'en' ? 'en' : 'zh')), { headers: { 'Content-Type': 'application/json' } });
