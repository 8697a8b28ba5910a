// /xref/plans/<plan>/zh.json and en.json: how the "in the master plan" panels name each linked
// section of a master plan, and the text of every passage, in Chinese and, where translated, in
// English, by id within the plan (see lib/panelFile.ts). Every reader page of the language draws
// its panels from it (scripts/xrefPanels.ts) when one opens, instead of holding its own copies.
import type { APIRoute } from 'astro';
import { allDocuments, fragment } from '../../../../lib/reader.ts';
import { passageEnglish } from '../../../../lib/english.ts';
import type { DocumentData } from '../../../../lib/model.ts';
import type { PlanText } from '../../../../lib/panelFile.ts';
import { xrefGraph, type XrefGraph } from '../../../../lib/xref.ts';
import { sectionLabel } from '../../../../lib/xrefEntries.ts';

export async function getStaticPaths() {
  const graph = await xrefGraph();
  if (!graph) return [];
  const plans = (await allDocuments()).filter((document) => graph.planIds.includes(document.id));
  return plans.flatMap((plan) => (['zh', 'en'] as const).map((lang) => ({ params: { plan: plan.id, lang }, props: { plan, graph } })));
}

export const GET: APIRoute<{ plan: DocumentData; graph: XrefGraph }> = ({ params, props: { plan, graph } }) => {
  const lang = params.lang === 'en' ? 'en' : 'zh';
  const file: PlanText = { sections: {}, passages: {} };
  for (const section of graph.sections) {
    if (section.documentId === plan.id) file.sections[fragment(section.id)] = sectionLabel(graph, plan, section.id, lang);
  }
  for (const passage of plan.passages) {
    const text = lang === 'en' ? passageEnglish(plan.translations, passage) : passage.text;
    if (text !== null) file.passages[fragment(passage.id)] = text;
  }
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
