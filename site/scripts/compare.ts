// A compare page's cells: each lists the pairs behind it when it opens (or when the heatmap or the
// table leads to it), from the document's compare file, which the Chinese and the English page
// share (lib/compareFile.ts): each passage quoted once, in English on the English site where
// translated, above the plan sections of the cell's chapter it links, with score and shared terms.
// A heatmap cell's label becomes its tooltip when pointed at.
import { localePath } from '../../ingest/address.ts';
import type { CompareFile, PairTarget } from '../lib/compareFile.ts';
import { documentPath, planSectionsHref, type PlanSections } from '../lib/panelFile.ts';
import { fillOnOpen, siteJson } from './siteJson.ts';
import { htmlLang } from '../i18n/ui.ts';

const holder = document.querySelector<HTMLElement>('.pairs-list[data-compare]');
const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';

/** One plan section of a pair: its link, named by its numbering and title, then the score and the shared terms. */
function targetItem(sections: PlanSections, planId: string, [section, href, score, sharedTerms]: PairTarget): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.setAttribute('href', localePath(lang, documentPath(planId, href)));
  const [numbering, title, titleLang] = sections[section] ?? [section, '', lang];
  const titleSpan = document.createElement('span');
  titleSpan.lang = htmlLang[titleLang];
  titleSpan.textContent = title;
  link.append(numbering, ' ', titleSpan);
  const figures = document.createElement('span');
  figures.className = 'alt';
  const terms = document.createElement('span');
  terms.lang = 'zh-CN';
  terms.textContent = sharedTerms;
  figures.append(`${holder!.dataset.score!.replace('{score}', score.toFixed(1))} · ${holder!.dataset.shared!}: `, terms);
  item.append('→ ', link, figures);
  return item;
}

/** The list of a cell: each passage behind it, quoted and linked, above the sections it links. */
function cellList(file: CompareFile, sections: PlanSections, cellId: string): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'hits';
  for (const [passage, targets] of file.cells[cellId] ?? []) {
    const [href, zh, en] = file.passages[passage]!;
    const item = list.appendChild(document.createElement('li'));
    const link = item.appendChild(document.createElement('a'));
    link.className = 'path';
    link.setAttribute('href', localePath(lang, `/docs/${holder!.dataset.doc!}/${href}`));
    const quote = link.appendChild(document.createElement('span'));
    const english = lang === 'en' && en !== null;
    quote.lang = htmlLang[english ? 'en' : 'zh'];
    quote.textContent = english ? en : zh;
    const pairs = item.appendChild(document.createElement('ul'));
    pairs.className = 'pair-targets';
    pairs.append(...targets.map((target) => targetItem(sections, holder!.dataset.plan!, target)));
  }
  return list;
}

/** Opens the cell the URL's fragment names, as following a link to it would show it. */
function openTargeted(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const cell = id ? document.getElementById(id) : null;
  if (cell instanceof HTMLDetailsElement && holder?.contains(cell)) cell.open = true;
}

// A cell's tooltip is its label, given when the pointer comes to it rather than written twice into the page.
document.querySelector('.heatmap')?.addEventListener('pointerover', (event) => {
  const cell = (event.target as Element).closest('a.heatmap-cell');
  if (cell && !cell.hasAttribute('title')) cell.setAttribute('title', cell.getAttribute('aria-label') ?? '');
});

if (holder) {
  // toggle does not bubble: listen in the capture phase, once for all cells.
  holder.addEventListener('toggle', (event) => {
    const cell = event.target as HTMLDetailsElement;
    if (cell.open && cell.matches('details.pairs')) void fillOnOpen(cell, { loading: holder.dataset.loading!, failed: holder.dataset.failed! }, async () => {
      const [file, sections] = await Promise.all([siteJson<CompareFile>(holder.dataset.compare!), siteJson<PlanSections>(planSectionsHref(holder.dataset.plan!, lang))]);
      return cellList(file, sections, cell.id);
    });
  }, true);
  window.addEventListener('hashchange', openTargeted);
  openTargeted();
}
