// /xref/plans/<plan>/sections/<lang>.json (lib/panelFile.ts planSectionsHref): how the lists name
// every heading of a master plan in one language, by id within the plan, which every compare page
// against the plan draws its cells' sections from (scripts/compare.ts), instead of each compare
// file carrying its own copy in both languages.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../../../lib/reader.ts';
import type { DocumentData } from '../../../../../lib/model.ts';
import { planSections } from '../../../../../lib/panelData.ts';
import { xrefGraph } from '../../../../../lib/xref.ts';

export async function getStaticPaths() {
  const graph = await xrefGraph();
  if (!graph) return [];
  const plans = (await allDocuments()).filter((document) => graph.planIds.includes(document.id));
  return plans.flatMap((plan) => (['zh', 'en'] as const).map((lang) => ({ params: { plan: plan.id, lang }, props: { plan } })));
}

export const GET: APIRoute<{ plan: DocumentData }> = ({ params, props: { plan } }) =>
  new Response(JSON.stringify(planSections(plan, params.lang === 'en' ? 'en' : 'zh')), { headers: { 'Content-Type': 'application/json' } });
