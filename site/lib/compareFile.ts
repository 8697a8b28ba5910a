// What a compare page's cells list when one opens (scripts/compare.ts): the pairs behind each cell
// of the heatmap, in one file per document and plan (/xref/compare/<plan>/<doc>.json) that the
// Chinese and the English page share, instead of each page holding every list in its language;
// the plan's sections are named from the plan's sections file of the page's language
// (/xref/plans/<plan>/sections/<lang>.json, lib/panelFile.ts planSectionsHref), which every
// compare page against the plan shares.
// Plain TypeScript, for the endpoint, the unit tests and the page script.

/**
 * A plan section a passage links to: the section (its id within the plan), the link to its best
 * paragraph (a path below /docs/<plan>/), the score, and the first five shared terms joined by 、.
 */
export type PairTarget = [section: string, href: string, score: number, sharedTerms: string];

/** A passage of the document: the link to it (a path below /docs/<doc>/), its opening in Chinese, and in English where translated (null: not). */
export type PairPassage = [href: string, zh: string, en: string | null];

export interface CompareFile {
  /** The passages the cells quote, by their fragment: each quoted once however many cells hold it. */
  passages: Record<string, PairPassage>;
  /** By cell (its element's id): the passages behind it in reading order, each with the sections of the cell's chapter it links. */
  cells: Record<string, Array<[passage: string, targets: PairTarget[]]>>;
}

/** The file of the pairs of a document's compare page against a plan. */
export const compareFileHref = (documentId: string, planId: string): string => `/xref/compare/${planId}/${documentId}.json`;

/**
 * The id of a heatmap cell's list: its row (1-based) and its chapter's own id.
 * @example pairsId(0, 'qingdao-plan-2021/c04') // 'pairs-1-c04'
 */
export const pairsId = (rowIndex: number, chapterId: string): string => `pairs-${rowIndex + 1}-${chapterId.split('/').pop()}`;
