// The reader pages of the documents of build/ (the splitting rule is in ingest/address.ts).
import { documentModels } from './buildFiles.ts';
import type { Block, DocumentData, HeadingBlock } from './model.ts';
import { blockHref as addressHref, fragment, isSplit, pagePath, pageSlugs } from '../../ingest/address.ts';
import type { Lang } from '../i18n/ui.ts';
import { perObject } from './memo.ts';

export { fragment, pagePath, wordsFragment, wordsHref } from '../../ingest/address.ts';

export interface ReaderPage {
  documentId: string;
  /** The chapter segment of the URL (c03), or null for the document's first page. */
  slug: string | null;
  /** The chapter heading of the page, or null for a front page or an unsplit document. */
  chapter: HeadingBlock | null;
  blocks: Block[];
}

/** Splits a document into pages: by chapter when it is long and has chapters, else one page. */
export function readerPages(document: DocumentData): ReaderPage[] {
  if (!isSplit(document)) return [{ documentId: document.id, slug: null, chapter: null, blocks: document.blocks }];
  const pages: ReaderPage[] = [{ documentId: document.id, slug: null, chapter: null, blocks: [] }];
  for (const block of document.blocks) {
    if (block.type === 'heading' && block.form === 'chapter') {
      pages.push({ documentId: document.id, slug: fragment(block.id), chapter: block, blocks: [] });
    }
    pages[pages.length - 1]!.blocks.push(block);
  }
  return pages;
}

/** The page slug each block id of a document is on. */
export const blockPages = perObject(pageSlugs);

/** The site path with fragment of a block, on its page. */
export const blockHref = (lang: Lang, document: DocumentData, blockId: string, pages = blockPages(document)): string => addressHref(lang, document, blockId, pages);

/**
 * A Chinese reader link as a path below /docs/<doc>/, as the files the page scripts draw from give
 * it (the script puts the language's prefix before it).
 * @example belowDocument(plan, '/docs/qingdao-plan-2021/c13/#c13/s03') // 'c13/#c13/s03'
 */
export const belowDocument = (document: { id: string }, href: string): string => href.slice(pagePath('zh', document.id, null).length);

/** A document's headings by id. */
export const headingsById = perObject((document: DocumentData): Map<string, HeadingBlock> => new Map(document.blocks.flatMap((block) => (block.type === 'heading' ? [[block.id, block] as const] : []))));

/** A document's passages by id. */
export const passagesById = perObject((document: DocumentData) => new Map(document.passages.map((passage) => [passage.id, passage])));

/** All documents: the master plan first, then by kind and date. */
export async function allDocuments(): Promise<DocumentData[]> {
  const order = ['master-plan', 'plan', 'regulation', 'measures', 'opinions', 'notice', 'congress-report', 'government-work-report', 'report', 'speech', 'policy-document', 'news-feature', 'news'];
  return [...(await documentModels())].sort((a, b) => order.indexOf(a.meta.kind) - order.indexOf(b.meta.kind) || a.meta.date.value.localeCompare(b.meta.date.value) || a.id.localeCompare(b.id));
}
