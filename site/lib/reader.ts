// How documents are split into reader pages, and the URL of every block.
import { getCollection } from 'astro:content';
import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/ui.ts';
import type { Block, DocumentData, HeadingBlock } from './model.ts';

/** Documents longer than this (in content characters) with chapters are read one chapter a page. */
const splitAboveCharacters = 30_000;

export interface ReaderPage {
  documentId: string;
  /** The chapter segment of the URL (c03), or null for the document's first page. */
  slug: string | null;
  /** The chapter heading of the page, or null for a front page or an unsplit document. */
  chapter: HeadingBlock | null;
  blocks: Block[];
}

/** The fragment of a block: its id without the document prefix (c03/s01/p04). */
export function fragment(blockId: string): string {
  return blockId.slice(blockId.indexOf('/') + 1);
}

/** Splits a document into pages: by chapter when it is long and has chapters, else one page. */
export function readerPages(document: DocumentData): ReaderPage[] {
  const chapters = document.blocks.filter((block): block is HeadingBlock => block.type === 'heading' && block.form === 'chapter');
  if (chapters.length === 0 || document.source.characters <= splitAboveCharacters) {
    return [{ documentId: document.id, slug: null, chapter: null, blocks: document.blocks }];
  }
  const pages: ReaderPage[] = [{ documentId: document.id, slug: null, chapter: null, blocks: [] }];
  for (const block of document.blocks) {
    if (block.type === 'heading' && block.form === 'chapter') {
      pages.push({ documentId: document.id, slug: fragment(block.id), chapter: block, blocks: [] });
    }
    pages[pages.length - 1]!.blocks.push(block);
  }
  return pages;
}

/** The site path of a reader page. */
export function pagePath(lang: Lang, documentId: string, slug: string | null): string {
  return localePath(lang, `/docs/${documentId}/${slug ? `${slug}/` : ''}`);
}

/** The page slug each block id of a document is on. */
export function blockPages(document: DocumentData): Map<string, string | null> {
  const pages = new Map<string, string | null>();
  for (const page of readerPages(document)) {
    for (const block of page.blocks) {
      pages.set(block.id, page.slug);
      if (block.type === 'box') for (const item of block.items) pages.set(item.id, page.slug);
    }
  }
  return pages;
}

/** The site path with fragment of a block or box item. */
export function blockHref(lang: Lang, document: DocumentData, blockId: string, pages = blockPages(document)): string {
  return `${pagePath(lang, document.id, pages.get(blockId) ?? null)}#${fragment(blockId)}`;
}

/** All documents: the master plan first, then by kind and date. */
export async function allDocuments(): Promise<DocumentData[]> {
  const order = ['master-plan', 'congress-report', 'government-work-report', 'news-feature', 'policy-document'];
  const entries = await getCollection('documents');
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => order.indexOf(a.meta.kind) - order.indexOf(b.meta.kind) || a.meta.date.value.localeCompare(b.meta.date.value) || a.id.localeCompare(b.id));
}
