// Where every block of the model lives on the reader site: its page and #fragment, in each
// language. One function of the model, below both the search layer and the site, so that the
// index's URLs and the reader's anchors cannot disagree. Plain TypeScript, no Astro.

/** The reader's languages: Chinese at the root, English under /en/. */
export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'zh';

/**
 * A site path in a language.
 * @example localePath('en', '/topics/') // '/en/topics/'
 */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === defaultLang ? clean : `/${lang}${clean}`;
}

/** What page-splitting needs of a document of build/documents/. */
export interface PagedDocument {
  id: string;
  source: { characters: number };
  blocks: ReadonlyArray<{ type: string; id: string; form?: string; items?: ReadonlyArray<{ id: string }> }>;
}

/** Documents longer than this (in content characters) with chapters are read one chapter a page. */
export const splitAboveCharacters = 30_000;

/**
 * The fragment of a block: its id without the document prefix.
 * @example fragment('qingdao-plan-2021/c03/s01/p04') // 'c03/s01/p04'
 */
export function fragment(blockId: string): string {
  return blockId.slice(blockId.indexOf('/') + 1);
}

/**
 * The id of a table's caption, with its note: a place of its own, so that a search hit on the
 * caption and one on the table's cells are two places (and two search records).
 * @example captionId('qingdao-plan-2021/c01/s06/table1') // 'qingdao-plan-2021/c01/s06/table1/caption'
 */
export const captionId = (tableId: string): string => `${tableId}/caption`;

const isChapter = (block: PagedDocument['blocks'][number]): boolean => block.type === 'heading' && block.form === 'chapter';

/** True when the document is read one chapter a page. */
export function isSplit(document: PagedDocument): boolean {
  return document.source.characters > splitAboveCharacters && document.blocks.some(isChapter);
}

/** The page (chapter slug, or null for the first page) of every block, box item and table caption of a document. */
export function pageSlugs(document: PagedDocument): Map<string, string | null> {
  const pages = new Map<string, string | null>();
  let slug: string | null = null;
  const split = isSplit(document);
  for (const block of document.blocks) {
    if (split && isChapter(block)) slug = fragment(block.id);
    pages.set(block.id, slug);
    for (const item of block.items ?? []) pages.set(item.id, slug);
    if (block.type === 'table') pages.set(captionId(block.id), slug);
  }
  return pages;
}

/**
 * The site path of a reader page.
 * @example pagePath('en', 'qingdao-plan-2021', 'c13') // '/en/docs/qingdao-plan-2021/c13/'
 */
export function pagePath(lang: Lang, documentId: string, slug: string | null): string {
  return localePath(lang, `/docs/${documentId}/${slug ? `${slug}/` : ''}`);
}

/**
 * The site path with fragment of a block or box item.
 * @example blockHref('zh', plan, 'qingdao-plan-2021/c13/s03') // '/docs/qingdao-plan-2021/c13/#c13/s03'
 */
export function blockHref(lang: Lang, document: PagedDocument, blockId: string, pages = pageSlugs(document)): string {
  return `${pagePath(lang, document.id, pages.get(blockId) ?? null)}#${fragment(blockId)}`;
}

/**
 * The fragment of a stretch of words inside a block, by the offset (UTF-16) it starts at in the
 * block's text: where a link to shared wording lands, on either side.
 * @example wordsFragment('qingdao-plan-2021/c02/s01/p04', 186) // 'c02/s01/p04/w186'
 */
export const wordsFragment = (blockId: string, start: number): string => `${fragment(blockId)}/w${start}`;

/**
 * The site path with fragment of a stretch of words inside a block.
 * @example wordsHref('zh', plan, 'qingdao-plan-2021/c02/s01/p04', 186) // '/docs/qingdao-plan-2021/c02/#c02/s01/p04/w186'
 */
export function wordsHref(lang: Lang, document: PagedDocument, blockId: string, start: number, pages = pageSlugs(document)): string {
  return `${pagePath(lang, document.id, pages.get(blockId) ?? null)}#${wordsFragment(blockId, start)}`;
}
