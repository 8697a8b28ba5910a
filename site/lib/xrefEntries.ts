// The data of the "in the master plan" panels (see panelFile.ts), made from the graph and the
// plans for the endpoints that publish it.
import { hasEnglishTitle, headingTitle, numberingLabel } from '../../ingest/headingLabels.ts';
import type { Lang } from '../i18n/ui.ts';
import { sharedRanges } from './marks.ts';
import type { DocumentData } from './model.ts';
import type { PanelEntry, PanelFile, SectionLabel } from './panelFile.ts';
import { byPlan, planOfTarget } from './plans.ts';
import { termWindow } from './quotes.ts';
import { blockHref, blockPages, fragment, headingsById, pagePath, passagesById } from './reader.ts';
import { linksByPassage, sectionsById, type LinkTarget, type XrefGraph } from './xref.ts';

const offsets = (ranges: ReadonlyArray<readonly [number, number]>): string => ranges.map(([start, end]) => `${start}-${end}`).join(' ');

/** How a list names a plan section in `lang`: the chapter's numbering before a section's own, and its title. */
export function sectionLabel(graph: XrefGraph, master: DocumentData, sectionId: string, lang: Lang): SectionLabel {
  const chapters = headingsById(master);
  const heading = chapters.get(sectionId)!;
  const chapter = chapters.get(sectionsById(graph).get(sectionId)!.chapterId)!;
  const numbering = [chapter !== heading ? numberingLabel(chapter, lang) : '', numberingLabel(heading, lang)].filter(Boolean).join(lang === 'zh' ? '' : ', ');
  return [numbering, headingTitle(heading, lang), lang === 'en' && hasEnglishTitle(heading) ? 'en' : 'zh'];
}

/** One section a passage carries out, as its panel lists it. */
function entry(master: DocumentData, target: LinkTarget): PanelEntry {
  const best = target.paragraphs[0];
  const href = blockHref('zh', master, best?.passageId ?? target.sectionId, blockPages(master)).slice(pagePath('zh', master.id, null).length);
  const passage = best ? passagesById(master).get(best.passageId) : undefined;
  const window = passage ? termWindow(passage.text, passage.tokens, best!.sharedTerms) : { at: -1, marks: [] };
  return [fragment(target.sectionId), href, target.score, target.sharedTerms.join('、'), window.at, offsets(window.marks)];
}

/** The panels of `document`'s paragraphs that carry out a plan (those a reader page gives one, see Blocks.astro), or null when none does. */
export function panelFile(document: DocumentData, graph: XrefGraph, plans: ReadonlyMap<string, DocumentData>): PanelFile | null {
  const links = linksByPassage(graph);
  const planOf = planOfTarget(graph);
  const passages = passagesById(document);
  const file: PanelFile = { panels: {}, shared: {} };
  for (const paragraph of document.blocks) {
    const targets = paragraph.type === 'paragraph' ? (links.get(paragraph.id) ?? []) : [];
    if (targets.length === 0) continue;
    const key = fragment(paragraph.id);
    file.panels[key] = Object.fromEntries(byPlan(graph, targets, planOf).map(([planId, planTargets]) => [planId, planTargets.map((target) => entry(plans.get(planId)!, target))]));
    const passage = passages.get(paragraph.id);
    const shared = passage ? sharedRanges(passage.text, passage.tokens, targets.flatMap((target) => target.sharedTerms)) : [];
    if (shared.length > 0) file.shared[key] = offsets(shared);
  }
  return Object.keys(file.panels).length > 0 ? file : null;
}
