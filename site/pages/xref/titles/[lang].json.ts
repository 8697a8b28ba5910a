// /xref/titles/<lang>.json (lib/panelFile.ts documentTitlesHref): every document's short title in
// one language, by id, which a plan page draws a "Carried out in" file's documents by
// (scripts/xrefPanels.ts), so that those files, one per plan section, name documents by id only.
import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../../../ingest/address.ts';
import { allDocuments } from '../../../lib/reader.ts';
import type { DocumentTitles } from '../../../lib/panelFile.ts';

export const getStaticPaths = () => languages.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const titles: DocumentTitles = Object.fromEntries((await allDocuments()).map((document) => [document.id, document.meta.shortTitle[lang]]));
  return new Response(JSON.stringify(titles), { headers: { 'Content-Type': 'application/json' } });
};
