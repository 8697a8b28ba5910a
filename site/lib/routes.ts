// The static paths of the pages, shared by the Chinese and English routes.
import { getCollection } from 'astro:content';
import { allDocuments, readerPages } from './reader.ts';
import { xrefGraph } from './xref.ts';
import { plansCarriedOut } from './plans.ts';

/** One path per reader page: /docs/<id>/ and, for split documents, /docs/<id>/<chapter>/. */
export async function readerPaths() {
  const documents = await allDocuments();
  return documents.flatMap((document) =>
    readerPages(document).map((page) => ({ params: { doc: document.id, part: page.slug ?? undefined }, props: { documentId: document.id, slug: page.slug } })),
  );
}

/** One path per document. */
export async function documentPaths() {
  return (await allDocuments()).map((document) => ({ params: { doc: document.id }, props: { documentId: document.id } }));
}

/** One path per document that carries out a plan, for its compare page against the first such plan. */
export async function comparePaths() {
  const graph = await xrefGraph();
  return (await allDocuments()).flatMap((document) => plansCarriedOut(graph, document.id).slice(0, 1).map((planId) => ({ params: { doc: document.id }, props: { documentId: document.id, planId } })));
}

/** One path per document × each further plan it carries out (/compare/<id>/<plan>/). */
export async function comparePlanPaths() {
  const graph = await xrefGraph();
  return (await allDocuments()).flatMap((document) => plansCarriedOut(graph, document.id).slice(1).map((planId) => ({ params: { doc: document.id, plan: planId }, props: { documentId: document.id, planId } })));
}

/** One path per topic. */
export async function topicPaths() {
  return (await getCollection('topics')).map((entry) => ({ params: { topic: entry.data.id }, props: { topicId: entry.data.id } }));
}
