// The search documents both backends index: one per passage, flat, with display metadata.
import { headingLabel } from '../headingLabels.ts';
import type { DocumentModel, Passage } from '../model.ts';

export interface SearchDocument {
  /** The passage id with "/" as "_": Meilisearch ids allow only letters, digits, "-" and "_". */
  id: string;
  passageId: string;
  documentId: string;
  documentTitle: string;
  documentTitleEn: string;
  kind: string;
  level: string;
  year: number;
  chapterId: string | null;
  sectionId: string | null;
  /** Labels of the headings above the passage in Chinese (numbering, title：subtitle), outermost first. */
  headingPath: string[];
  passageKind: Passage['kind'];
  box: string | null;
  text: string;
  /** The passage's jieba words (precise mode, user dictionary), space-separated, as ingest cut them. */
  words: string;
  topics: string[];
  keywords: string[];
}

/** The search documents of one document, in reading order. */
export function searchDocuments(document: DocumentModel): SearchDocument[] {
  return document.passages.map((passage) => ({
    id: passage.id.replaceAll('/', '_'),
    passageId: passage.id,
    documentId: document.id,
    documentTitle: document.meta.title.zh,
    documentTitleEn: document.meta.title.en,
    kind: document.meta.kind,
    level: document.meta.level,
    year: Number(document.meta.date.value.slice(0, 4)),
    chapterId: passage.chapterId,
    sectionId: passage.sectionId,
    headingPath: passage.headingPath.map((heading) => headingLabel(heading, 'zh')),
    passageKind: passage.kind,
    box: passage.box,
    text: passage.text,
    words: passage.tokens.join(' '),
    topics: passage.topics.map((topic) => topic.id),
    keywords: passage.keywords.map((keyword) => keyword.term),
  }));
}
