// The data of the panels below a passage (see panelFile.ts), made from the graphs and the plans for
// the endpoints that publish it: a document's panel file, and a plan's section names and texts.
import { headingTitle, hasEnglishTitle, numberingLabel } from '../../ingest/headingLabels.ts';
import type { Lang } from '../i18n/ui.ts';
import { englishOfWords, passageEnglish } from './english.ts';
import { sharedRanges } from './marks.ts';
import type { DocumentData } from './model.ts';
import { perObject } from './memo.ts';
import type { CarriedFile, PanelEntry, PanelFile, PlanSections, PlanText, ReuseEntry, SectionLabel } from './panelFile.ts';
import { backlinksByDocument, type Backlink } from './backlinks.ts';
import { byPlan, planOfTarget } from './plans.ts';
import { planAroundEdits, shortQuote, termWindow } from './quotes.ts';
import { belowDocument, blockHref, blockPages, fragment, headingsById, passagesById } from './reader.ts';
import { planWordsLink, spansByPassage, type ReuseGraph, type ReuseSpan, type SharedPhrase } from './reuse.ts';
import { linksByPassage, type LinkTarget, type XrefGraph } from './xref.ts';

const offsets = (ranges: ReadonlyArray<readonly [number, number]>): string => ranges.map(([start, end]) => `${start}-${end}`).join(' ');

/** Each heading of a plan over a passage, with the chapter it lies in. */
const chapterOf = perObject((plan: DocumentData): Map<string, string> => {
  const chapters = new Map<string, string>();
  for (const passage of plan.passages) for (const heading of passage.headingPath) chapters.set(heading.id, passage.headingPath[0]!.id);
  return chapters;
});

/** How a list names a plan's heading in `lang`: its chapter's numbering before a section's own, and its title. */
export function sectionLabel(plan: DocumentData, headingId: string, lang: Lang): SectionLabel {
  const headings = headingsById(plan);
  const heading = headings.get(headingId)!;
  const chapter = headings.get(chapterOf(plan).get(headingId) ?? headingId)!;
  const numbering = [chapter !== heading ? numberingLabel(chapter, lang) : '', numberingLabel(heading, lang)].filter(Boolean).join(lang === 'zh' ? '' : ', ');
  return [numbering, headingTitle(heading, lang), lang === 'en' && hasEnglishTitle(heading) ? 'en' : 'zh'];
}

/** Where a span's link leads, as its mark's label ends: the numbering of the plan's section, after the plan's title when the corpus has several plans (the title alone without a section). */
export function reuseLeadsTo(plan: DocumentData, span: ReuseSpan, lang: Lang, severalPlans: boolean): string {
  const section = span.planSectionId && headingsById(plan).has(span.planSectionId) ? sectionLabel(plan, span.planSectionId, lang)[0] : '';
  return [severalPlans || !section ? plan.meta.shortTitle[lang] : '', section].filter(Boolean).join(lang === 'zh' ? '' : ', ');
}

/** The plan's English of a span's words: the sentences holding them. */
const planEnglish = (plan: DocumentData, span: ReuseSpan): string | null => englishOfWords(plan, span.planPassageId, span.planStart, span.planEnd);

/** The plan's English sentences that shared wording quotes, each once, and where each stands in the list. */
const planSentences = perObject((plan: DocumentData) =>
  perObject((reuse: ReuseGraph) => {
    const index = new Map<string, number>();
    for (const span of reuse.spans) {
      const english = span.planDocumentId === plan.id ? planEnglish(plan, span) : null;
      if (english !== null && !index.has(english)) index.set(english, index.size);
    }
    return index;
  }),
);

/** How the lists name every heading of a plan in `lang`, by id within the plan. */
export const planSections = (plan: DocumentData, lang: Lang): PlanSections =>
  Object.fromEntries([...chapterOf(plan).keys()].map((headingId) => [fragment(headingId), sectionLabel(plan, headingId, lang)]));

/** A plan's section names and passage texts in `lang`. */
export function planText(plan: DocumentData, reuse: ReuseGraph | null, lang: Lang): PlanText {
  const file: PlanText = { title: plan.meta.shortTitle[lang], sections: planSections(plan, lang), passages: {}, sentences: lang === 'en' && reuse ? [...planSentences(plan)(reuse).keys()] : [] };
  for (const passage of plan.passages) {
    const text = lang === 'en' ? passageEnglish(plan.translations, passage) : passage.text;
    if (text !== null) file.passages[fragment(passage.id)] = text;
  }
  return file;
}

/** One section a passage carries out, as its panel lists it. */
function xrefEntry(plan: DocumentData, target: LinkTarget): PanelEntry {
  const best = target.paragraphs[0];
  const href = belowDocument(plan, blockHref('zh', plan, best?.passageId ?? target.sectionId, blockPages(plan)));
  const passage = best ? passagesById(plan).get(best.passageId) : undefined;
  const window = passage ? termWindow(passage.text, passage.tokens, best!.sharedTerms) : { at: -1, marks: [] };
  return [fragment(target.sectionId), href, target.score, target.sharedTerms.join('、'), window.at, offsets(window.marks)];
}

/** One stretch of wording a passage shares with a plan, as its list gives it. */
function reuseEntry(document: DocumentData, plan: DocumentData, span: ReuseSpan, reuse: ReuseGraph, stretches: Map<string, SharedPhrase['plan']>): ReuseEntry {
  const heading = span.planSectionId && headingsById(plan).has(span.planSectionId) ? fragment(span.planSectionId) : '';
  const href = belowDocument(plan, planWordsLink('zh', plan, span, stretches, blockPages(plan)));
  const english = planEnglish(plan, span);
  return [
    shortQuote(span.text),
    span.edits.length > 0 ? planAroundEdits(span.planText, span.edits) : '',
    span.formulaic ? 1 : 0,
    plan.id,
    heading,
    href,
    englishOfWords(document, span.passageId, span.start, span.end),
    english === null ? -1 : planSentences(plan)(reuse).get(english)!,
  ];
}

export interface PanelSources {
  graph: XrefGraph | null;
  reuse: ReuseGraph | null;
  /** The master plans, by id. */
  plans: ReadonlyMap<string, DocumentData>;
  /** The plan's stretches of repeated words by plan passage (lib/reuse.ts planStretches). */
  stretches: Map<string, SharedPhrase['plan']>;
}

/** The panels of `document`'s paragraphs (those a reader page gives panels, see Blocks.astro), or null when it has none. */
export function panelFile(document: DocumentData, { graph, reuse, plans, stretches }: PanelSources): PanelFile | null {
  const links = graph ? linksByPassage(graph) : new Map<string, LinkTarget[]>();
  const spans = spansByPassage(reuse);
  const passages = passagesById(document);
  const file: PanelFile = { panels: {}, shared: {}, reuse: {}, severalPlans: plans.size > 1 };
  for (const paragraph of document.blocks) {
    if (paragraph.type !== 'paragraph') continue;
    const key = fragment(paragraph.id);
    const targets = links.get(paragraph.id) ?? [];
    if (graph && targets.length > 0) {
      const planOf = planOfTarget(graph);
      file.panels[key] = Object.fromEntries(byPlan(graph, targets, planOf).map(([planId, planTargets]) => [planId, planTargets.map((target) => xrefEntry(plans.get(planId)!, target))]));
      const passage = passages.get(paragraph.id);
      const shared = passage ? sharedRanges(passage.text, passage.tokens, targets.flatMap((target) => target.sharedTerms)) : [];
      if (shared.length > 0) file.shared[key] = offsets(shared);
    }
    const taken = (spans.get(paragraph.id) ?? []).filter((span) => plans.has(span.planDocumentId));
    if (reuse && taken.length > 0) file.reuse[key] = taken.map((span) => reuseEntry(document, plans.get(span.planDocumentId)!, span, reuse, stretches));
  }
  return Object.keys(file.panels).length + Object.keys(file.reuse).length > 0 ? file : null;
}

/** The documents a plan heading's "Carried out in" list names without quoting them (see CarriedOutIn.astro); null when it quotes them all. */
export function carriedFile(backlinks: readonly Backlink[], documents: ReadonlyMap<string, DocumentData>): CarriedFile | null {
  const file: CarriedFile = { entries: [] };
  for (const { best, others, quoted } of backlinksByDocument(backlinks)) {
    if (quoted) continue;
    const document = documents.get(best.documentId)!;
    const pages = blockPages(document);
    const href = (passageId: string) => belowDocument(document, blockHref('zh', document, passageId, pages));
    file.entries.push([document.id, href(best.passageId), others.map((other) => href(other.passageId))]);
  }
  return file.entries.length > 0 ? file : null;
}
