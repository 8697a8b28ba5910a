// /topics/passages/<topic>.json (lib/topicFiles.ts): the passages on a topic of the documents its
// page does not quote, fetched by the topic page of either language when a reader opens one.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allDocuments, belowDocument, blockHref, blockPages } from '../../../lib/reader.ts';
import type { TopicPassagesFile } from '../../../lib/topicFiles.ts';
import { topicGroups } from '../../../lib/topics.ts';

export async function getStaticPaths() {
  return (await getCollection('topics')).map((entry) => ({ params: { topic: entry.data.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file: TopicPassagesFile = {};
  for (const { document, others, isQuoted } of topicGroups(await allDocuments(), params.topic!)) {
    if (isQuoted) continue;
    const pages = blockPages(document);
    file[document.id] = others.map((passage) => belowDocument(document, blockHref('zh', document, passage.id, pages)));
  }
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
