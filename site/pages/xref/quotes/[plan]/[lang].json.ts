// /xref/quotes/<plan>/zh.json and en.json: the text of every passage of a master plan, in Chinese
// and, where translated, in English, by passage id. The "in the master plan" panels of every
// reader page of both languages draw their quotes from it (scripts/xrefPanels.ts) when opened,
// instead of each page holding its own copies of the plan's words.
import type { APIRoute } from 'astro';
import { allDocuments } from '../../../../lib/reader.ts';
import { passageEnglish } from '../../../../lib/english.ts';
import type { DocumentData } from '../../../../lib/model.ts';

export async function getStaticPaths() {
  const plans = (await allDocuments()).filter((document) => document.meta.kind === 'master-plan');
  return plans.flatMap((plan) => (['zh', 'en'] as const).map((lang) => ({ params: { plan: plan.id, lang }, props: { plan } })));
}

export const GET: APIRoute<{ plan: DocumentData }> = ({ params, props }) => {
  const texts: Record<string, string> = {};
  for (const passage of props.plan.passages) {
    const text = params.lang === 'en' ? passageEnglish(props.plan.translations, passage) : passage.text;
    if (text !== null) texts[passage.id] = text;
  }
  return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json' } });
};
