// The static paths of the pages, shared by the Chinese and English routes.
import { getCollection } from 'astro:content';
import { allDocuments, readerPages } from './reader.ts';
import { xrefGraph } from './xref.ts';

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

/** One path per document other than the master plan, for the compare pages. */
export async function comparePaths() {
  const graph = await xrefGraph();
  return (await allDocuments()).filter((document) => document.id !== graph?.masterDocumentId).map((document) => ({ params: { doc: document.id }, props: { documentId: document.id } }));
}

/** One path per topic. */
export async function topicPaths() {
  return (await getCollection('topics')).map((entry) => ({ params: { topic: entry.data.id }, props: { topicId: entry.data.id } }));
}
