// What a panel below a passage draws when it opens: its list, from the document's panel file
// (/xref/panels/<doc>.json), which both languages' pages share, filled into the page's entry
// templates (#xref-entry, #reuse-entry, in its language) with the plan's section names and texts
// (/xref/plans/<plan>/<lang>.json), which every page shares. An "in the master plan" entry quotes
// a window of the plan's paragraph, in English on the English site where translated, and the
// terms the passage above shares with the plan are marked in its Chinese, which the stylesheet
// shows while the panel is open. A shared-wording entry gives the words, the plan's where edited,
// and on the English site the English of both texts. See lib/panelFile.ts.
import { localePath } from '../../ingest/address.ts';
import { barShare, documentTitlesHref, documentPath, entryTarget, planTextHref, type CarriedFile, type DocumentTitles, type PanelEntry, type PanelFile, type PlanText, type ReuseEntry, type SectionLabel } from '../lib/panelFile.ts';
import { htmlLang } from '../i18n/ui.ts';
import { opening, windowLength, windowRuns } from '../lib/quotes.ts';

const files = new Map<string, Promise<unknown>>();
/** A JSON file of the site, fetched once per page; `fallback` when it cannot be had. */
const json = <T>(url: string, fallback: T): Promise<T> => {
  if (!files.has(url)) files.set(url, fetch(url).then((response) => (response.ok ? response.json() : fallback)).catch(() => fallback));
  return files.get(url) as Promise<T>;
};
const template = document.querySelector<HTMLTemplateElement>('template#xref-entry');
const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
const reuseTemplate = document.querySelector<HTMLTemplateElement>('template#reuse-entry');
const panelFile = () => json<PanelFile>(template!.dataset.panels!, { panels: {}, shared: {}, reuse: {}, severalPlans: false });
const planText = (planId: string, language: 'zh' | 'en') => json<PlanText>(planTextHref(planId, language), { title: planId, sections: {}, passages: {}, sentences: [] });

const rangesOf = (value: string | undefined): Array<[number, number]> =>
  (value ?? '').split(' ').filter(Boolean).map((pair) => pair.split('-').map(Number) as [number, number]);

/** The quote of an entry's plan paragraph: its English opening where the English site has it, else a window of its Chinese with the shared terms marked. */
async function quote(planId: string, entry: PanelEntry, passageId: string): Promise<HTMLQuoteElement | null> {
  const [, , , , at, marks] = entry;
  const element = document.createElement('blockquote');
  element.dataset.quote = passageId;
  const english = lang === 'en' ? (await planText(planId, 'en')).passages[passageId] : undefined;
  if (english !== undefined) {
    element.lang = 'en';
    element.textContent = opening(english, windowLength * 3, 'en');
    return element;
  }
  const chinese = (await planText(planId, 'zh')).passages[passageId];
  if (chinese === undefined) return null;
  element.lang = 'zh-CN';
  element.replaceChildren(
    ...windowRuns(chinese, at, rangesOf(marks)).map((run) => {
      if (!run.marked) return document.createTextNode(run.text);
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      return mark;
    }),
  );
  return element;
}

/** One entry of the list: the section's link, its score bar, the shared terms and the quote. */
async function entryItem(planId: string, entry: PanelEntry): Promise<Node> {
  const [section, , score, sharedTerms] = entry;
  const { path, quoted } = entryTarget(planId, entry);
  const item = template!.content.querySelector('li')!.cloneNode(true) as HTMLLIElement;
  const [numbering, title, titleLang] = (await planText(planId, lang)).sections[section] ?? ['', section, 'zh'];
  const link = item.querySelector('a')!;
  link.setAttribute('href', localePath(lang, path));
  const [numberingSpan, titleSpan] = link.querySelectorAll('span');
  numberingSpan!.textContent = numbering;
  titleSpan!.textContent = title;
  titleSpan!.lang = htmlLang[titleLang];
  const bar = item.querySelector<HTMLElement>('.score')!;
  bar.style.setProperty('--share', barShare(score));
  bar.firstElementChild!.textContent = template!.dataset.score!.replace('{score}', score.toFixed(1));
  item.querySelector('mark')!.textContent = sharedTerms;
  const quotation = quoted === null ? null : await quote(planId, entry, quoted);
  if (quotation) item.append(quotation);
  return item;
}

async function drawList(panel: HTMLDetailsElement, holder: HTMLElement, file: PanelFile): Promise<void> {
  if (panel.querySelector(':scope > ol')) return;
  const planId = panel.dataset.plan ?? template!.dataset.plan!;
  const list = document.createElement('ol');
  list.append(...(await Promise.all((file.panels[holder.id]?.[planId] ?? []).map((entry) => entryItem(planId, entry)))));
  if (!panel.querySelector(':scope > ol')) panel.querySelector('summary')!.after(list);
}

/** A shared-wording list: each entry's words, the plan's words where edited, the set-phrase tag, the link to the plan's same words, and on the English site the English of both texts, each said once. */
async function drawReuse(panel: HTMLDetailsElement, entries: readonly ReuseEntry[], severalPlans: boolean): Promise<void> {
  if (panel.querySelector(':scope > ol') || !reuseTemplate) return;
  const texts = new Map<string, PlanText>();
  for (const planId of new Set(entries.map((entry) => entry[3]))) texts.set(planId, await planText(planId, lang));
  const first = new Map<string, number>();
  /** The English once: a later entry with the same English points to the first. */
  const once = (english: string | null | undefined, entry: number): string => {
    if (english === null || english === undefined) return reuseTemplate.dataset.noEnglish!;
    const seen = first.get(english);
    if (seen !== undefined) return reuseTemplate.dataset.sameEnglish!.replace('{n}', String(seen));
    first.set(english, entry);
    return english;
  };
  const list = document.createElement('ol');
  entries.forEach(([words, planReads, formulaic, planId, section, href, english, planEnglish], index) => {
    const item = reuseTemplate.content.querySelector('li')!.cloneNode(true) as HTMLLIElement;
    const plan = texts.get(planId)!;
    item.dataset.reuse = String(index + 1);
    if (formulaic) item.className = 'formulaic';
    else item.querySelector('.tag')!.remove();
    item.querySelector('q')!.textContent = words;
    if (planReads) item.querySelector('.plan-reads q')!.textContent = planReads;
    else item.querySelector('.plan-reads')!.remove();
    const [numbering, title, titleLang]: SectionLabel = section ? (plan.sections[section] ?? [section, '', 'zh']) : [plan.title, '', lang];
    const link = item.querySelector<HTMLAnchorElement>('a.reuse-target')!;
    link.setAttribute('href', localePath(lang, documentPath(planId, href)));
    const [numberingSpan, titleSpan] = link.querySelectorAll('span');
    numberingSpan!.textContent = severalPlans && section ? [plan.title, numbering].join(lang === 'zh' ? '' : ', ') : numbering;
    titleSpan!.textContent = title;
    titleSpan!.lang = htmlLang[titleLang];
    const [here, inPlan] = item.querySelectorAll('.reuse-en dd');
    if (here && inPlan) {
      here.textContent = once(english, index + 1);
      inPlan.textContent = once(planEnglish >= 0 ? plan.sentences[planEnglish] : null, index + 1);
    }
    list.append(item);
  });
  if (!panel.querySelector(':scope > ol')) panel.querySelector('summary')!.after(list);
}

/** A plan heading's "Carried out in" list: the documents it names beyond those the page quotes, each at its best passage with its other passages. */
async function drawCarried(panel: HTMLDetailsElement): Promise<void> {
  const more = panel.querySelector<HTMLElement>(':scope > ol > li.carried-more[data-more]');
  if (!more) return;
  const [file, titles] = await Promise.all([json<CarriedFile | null>(more.dataset.more!, null), json<DocumentTitles>(documentTitlesHref(lang), {})]);
  if (!file || !more.isConnected) return;
  const link = (text: string, href: string): HTMLAnchorElement => {
    const element = document.createElement('a');
    element.textContent = text;
    element.setAttribute('href', localePath(lang, href));
    return element;
  };
  more.replaceWith(
    ...file.entries.map(([documentId, href, also]) => {
      const item = document.createElement('li');
      item.className = 'brief';
      item.append(link(titles[documentId] ?? documentId, documentPath(documentId, href)));
      if (also.length > 0) {
        const others = document.createElement('span');
        others.className = 'also';
        others.append(more.dataset.also!, ...also.flatMap((at, index) => [...(index > 0 ? [lang === 'zh' ? '、' : ', '] : []), link(at.slice(at.indexOf('#') + 1), documentPath(documentId, at))]));
        item.append(others);
      }
      return item;
    }),
  );
}

/** Wraps the characters of `root`'s text in the ranges given (offsets into its text) in marks of `className`, a mark per text node. */
function markRanges(root: Element, ranges: ReadonlyArray<readonly [number, number]>, className: string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Array<[Text, number]> = [];
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // The passage tools (scripts/reader.ts) stand after the text and hold none of it.
    if (node.parentElement?.closest('.tools')) continue;
    nodes.push([node, offset]);
    offset += node.data.length;
  }
  for (const [node, start] of nodes) {
    const end = start + node.data.length;
    const cuts = ranges.filter(([from, to]) => from < end && to > start).map(([from, to]) => [Math.max(from, start) - start, Math.min(to, end) - start] as const);
    if (cuts.length === 0) continue;
    const pieces: Array<string | Node> = [];
    let last = 0;
    for (const [from, to] of cuts) {
      if (from > last) pieces.push(node.data.slice(last, from));
      const mark = document.createElement('mark');
      mark.className = className;
      mark.textContent = node.data.slice(from, to);
      pieces.push(mark);
      last = to;
    }
    if (last < node.data.length) pieces.push(node.data.slice(last));
    node.replaceWith(...pieces);
  }
}

/** The passage a panel lists the cross-references of: the nearest passage holder before it. */
function passageOf(panel: Element): HTMLElement | null {
  let holder = panel.previousElementSibling;
  while (holder && !holder.matches('.parallel')) holder = holder.previousElementSibling;
  return holder as HTMLElement | null;
}

function drawSharedTerms(holder: HTMLElement, file: PanelFile): void {
  const chinese = holder.querySelector(':scope > .zh');
  if (!chinese || chinese.querySelector('mark.shared')) return;
  markRanges(chinese, rangesOf(file.shared[holder.id]), 'shared');
}

async function drawPanel(panel: HTMLDetailsElement): Promise<void> {
  const holder = passageOf(panel);
  if (!holder || !template) return;
  const file = await panelFile();
  if (panel.matches('.reuse')) return drawReuse(panel, file.reuse[holder.id] ?? [], file.severalPlans);
  drawSharedTerms(holder, file);
  await drawList(panel, holder, file);
}

// toggle does not bubble: heard on the way down.
document.addEventListener(
  'toggle',
  (event) => {
    const panel = event.target;
    if (!(panel instanceof HTMLDetailsElement) || !panel.open) return;
    if (panel.matches('details.carried')) void drawCarried(panel);
    else if (panel.matches('details.xref')) void drawPanel(panel);
  },
  true,
);
for (const panel of document.querySelectorAll<HTMLDetailsElement>('details.xref:not(.carried)[open]')) void drawPanel(panel);
for (const panel of document.querySelectorAll<HTMLDetailsElement>('details.carried[open]')) void drawCarried(panel);
