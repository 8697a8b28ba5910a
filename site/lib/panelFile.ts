// What the panels below a passage ("in the master plan", and the wording it shares with the plan)
// draw when one opens (scripts/xrefPanels.ts), in two kinds of file, so that a page holds a
// panel's summary, not its list: a document's panels (/xref/panels/<doc>.json, both languages'
// pages share it) and a plan's section names and texts in one language
// (/xref/plans/<plan>/<lang>.json, every page shares it).
// Plain TypeScript, for the endpoints, the unit tests and the page script.

/** Score at which a link's bar is full; scores of right links in the evaluation set have a median near 58. */
export const fullBarScore = 60;

/** How much of a score bar a score fills, as the stylesheet's --share. */
export const barShare = (score: number): string => `${Math.min(100, (score / fullBarScore) * 100).toFixed(0)}%`;

/**
 * One plan section a passage carries out: the section (its id within the plan), the link to its
 * best paragraph (a path below /docs/<plan>/), the score, the shared terms joined by 、 and, for the
 * quote of that paragraph, where its Chinese window opens (-1: not quoted) and where the shared
 * terms stand in it (start-end offsets).
 */
export type PanelEntry = [section: string, href: string, score: number, sharedTerms: string, at: number, marks: string];

/**
 * One stretch of wording a passage shares with a plan, numbered as its mark in the text: its words
 * (a long one by head and tail), the plan's words around the edits bridged over ('' when none),
 * whether it is a set phrase (1) or not (0), the plan, the plan's section (its id within the plan;
 * '' when none), the link to the plan's same words (a path below /docs/<plan>/), and for the English
 * site the English of the sentences holding the words here (null: not translated) and in the plan
 * (an index into the plan's English `sentences`; -1: not translated).
 */
export type ReuseEntry = [words: string, planReads: string, formulaic: 0 | 1, planId: string, section: string, href: string, english: string | null, planEnglish: number];

export interface PanelFile {
  /** By passage (its fragment on the page), by master plan: the sections it carries out, strongest first. */
  panels: Record<string, Record<string, PanelEntry[]>>;
  /** By passage: where the terms it shares with the plans stand in its Chinese (start-end offsets), marked while a panel is open. */
  shared: Record<string, string>;
  /** By passage: the wording it shares with the plans, in reading order. */
  reuse: Record<string, ReuseEntry[]>;
  /** Whether the corpus has several master plans: a shared-wording entry then names its plan. */
  severalPlans: boolean;
}

/** How a list names a plan section in one language: its numbering, its title and the title's language. */
export type SectionLabel = [numbering: string, title: string, titleLang: 'zh' | 'en'];

export interface PlanText {
  /** The plan's short title. */
  title: string;
  /** Every heading a list may name, by its id within the plan. */
  sections: Record<string, SectionLabel>;
  /** The text of every passage in this language (where translated, in English), by its id within the plan. */
  passages: Record<string, string>;
  /** In English: the sentences of the plan that hold wording other documents share, which their entries name by index. */
  sentences: string[];
}

/** The file of a document's panels. */
export const panelFileHref = (documentId: string): string => `/xref/panels/${documentId}.json`;

/** The file of a plan's section names and passage texts in `lang`. */
export const planTextHref = (planId: string, lang: 'zh' | 'en'): string => `/xref/plans/${planId}/${lang}.json`;

/** A plan's section names in one language, by id within the plan: what PlanText's sections hold, alone, for the compare pages. */
export type PlanSections = PlanText['sections'];

/** The file of a plan's section names in `lang`. */
export const planSectionsHref = (planId: string, lang: 'zh' | 'en'): string => `/xref/plans/${planId}/sections/${lang}.json`;

/** The site path (without the language's prefix) of a link the files give below /docs/<document>/ (a plan's, or any document's). */
export const documentPath = (documentId: string, href: string): string => `/docs/${documentId}/${href}`;

/** Where an entry's link leads, and the plan passage its quote is of (null: not quoted). */
export function entryTarget(planId: string, [, href, , , at]: PanelEntry): { path: string; quoted: string | null } {
  return { path: documentPath(planId, href), quoted: at >= 0 ? href.slice(href.indexOf('#') + 1) : null };
}

/**
 * Under a plan heading, a document its "Carried out in" list names without quoting it: the
 * document, the link to its best passage, and the links to its other passages that link there
 * (each shown as its fragment, the part after #); links below /docs/<document>/.
 */
export type BriefEntry = [documentId: string, href: string, also: string[]];

/**
 * The documents a plan heading's "Carried out in" list names beyond those it quotes; both
 * languages' pages share it, and name the documents from the titles file of their language.
 */
export interface CarriedFile {
  entries: BriefEntry[];
}

/** Every document's short title in one language, by id (/xref/titles/<lang>.json): what a page names the documents of a "Carried out in" file by. */
export type DocumentTitles = Record<string, string>;

export const documentTitlesHref = (lang: 'zh' | 'en'): string => `/xref/titles/${lang}.json`;

/** A block's id as a file name: its id within the document, / as . (qingdao-plan-2021/c04/s02 → c04.s02). */
export const blockFileName = (blockId: string): string => blockId.slice(blockId.indexOf('/') + 1).replaceAll('/', '.');

/** The file of the documents a plan heading's "Carried out in" list names beyond those it quotes. */
export const carriedFileHref = (headingId: string): string => `/xref/carried/${headingId.slice(0, headingId.indexOf('/'))}/${blockFileName(headingId)}.json`;
