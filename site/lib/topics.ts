// Topic figures the pages show: which passages carry a topic, and how much of a text it takes.
import type { Block, DocumentData, Passage } from './model.ts';

import { hasOwnTopic, quotedPerDocument, strongestDocuments, topicPassages } from './topicPassages.ts';

export { hasOwnTopic, topicPassages } from './topicPassages.ts';

const length = (passages: readonly Passage[]): number => passages.reduce((total, passage) => total + passage.text.length, 0);

/** Share (0–1) of a document's passage text in passages that carry the topic. */
export function topicShare(document: DocumentData, topicId: string): number {
  const total = length(document.passages);
  return total === 0 ? 0 : length(document.passages.filter((passage) => hasOwnTopic(passage, topicId))) / total;
}

/** A document's passages on a topic as the topic page lists them (see topicPassages); `isQuoted` when the page quotes the document. */
export interface TopicGroup { document: DocumentData; quoted: Passage[]; others: Passage[]; isQuoted: boolean }

/** The documents holding a topic's passages, in the order given, each with its passages as the topic page lists them: the strongest quoted in the documents the topic takes most of (strongestDocuments), the others linked. */
export function topicGroups(documents: readonly DocumentData[], topicId: string): TopicGroup[] {
  const quoted = strongestDocuments(documents.map((document) => ({ id: document.id, share: topicShare(document, topicId) })));
  return documents
    .map((document) => ({ document, isQuoted: quoted.has(document.id), ...topicPassages(document.passages, topicId, quoted.has(document.id) ? quotedPerDocument : 0) }))
    .filter((group) => group.quoted.length + group.others.length > 0);
}

/** The topics of the passages under a heading, strongest first (sum of scores), at most `limit`. */
export function sectionTopics(document: DocumentData, headingId: string, limit = 3): string[] {
  const totals = new Map<string, number>();
  for (const passage of document.passages) {
    if (!passage.headingPath.some((heading) => heading.id === headingId)) continue;
    for (const topic of passage.topics) {
      if (!topic.inherited) totals.set(topic.id, (totals.get(topic.id) ?? 0) + topic.score);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([id]) => id);
}

/** Counts of a document's structure. */
export function structureCounts(document: DocumentData): Record<'chapters' | 'sections' | 'headings' | 'boxes' | 'tables' | 'figures' | 'passages', number> {
  const count = (test: (block: Block) => boolean) => document.blocks.filter(test).length;
  return {
    chapters: count((block) => block.type === 'heading' && block.form === 'chapter'),
    sections: count((block) => block.type === 'heading' && block.form === 'section'),
    headings: count((block) => block.type === 'heading'),
    boxes: count((block) => block.type === 'box'),
    tables: count((block) => block.type === 'table'),
    figures: count((block) => block.type === 'figure'),
    passages: document.passages.length,
  };
}
