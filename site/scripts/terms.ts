// Glossary notes in the reader. Each annotated term is a link to its glossary entry; this script
// draws the page's notes from /glossary/notes.json (one file for every page), describes each link
// by its note, shows the note as a popup on hover, keyboard focus or a first tap, and applies the
// reader's choice of which occurrences are annotated.
// The popup stays while the pointer is over it (WCAG 1.4.13) and Escape closes it.

import { definitionId, type TermNote } from '../lib/termIds.ts';

type Mode = 'first' | 'all' | 'off';
const storageKey = 'policy-reader:term-notes';
const modes: readonly Mode[] = ['first', 'all', 'off'];

const readMode = (): Mode => {
  const stored = localStorage.getItem(storageKey);
  return modes.includes(stored as Mode) ? (stored as Mode) : 'first';
};

// The notes' holder moves to the end of the body, so that absolute positions are page coordinates.
const definitions = document.querySelector<HTMLElement>('.term-defs');
if (definitions) document.body.append(definitions);
/** A term's glossary entry in the page's language. */
const entryHref = (termId: string): string => `${definitions?.dataset.glossary ?? '/glossary/'}#${termId}`;

/**
 * The term an occurrence marks. The page names it in data-term on a plain occurrence, and on a
 * first occurrence, a link, only in its href's fragment; an occurrence this script switched
 * carries data-term whatever it is.
 */
const termOf = (element: HTMLElement): string => {
  if (element.dataset.term !== undefined) return element.dataset.term;
  const href = element.getAttribute('href') ?? '';
  return decodeURIComponent(href.slice(href.indexOf('#') + 1));
};
/** Whether an occurrence is its term's first in its section: the page's links without data-term, or one this script switched, marked data-first. */
const isFirst = (element: HTMLElement): boolean => element.hasAttribute('data-first') || (element.tagName === 'A' && element.dataset.term === undefined);

/** Describes a term link by its note, once the note is on the page. */
function describe(link: HTMLElement): void {
  const id = definitionId(termOf(link));
  if (document.getElementById(id)) link.setAttribute('aria-describedby', id);
}

/** An occurrence as an annotation (a link described by its note) or as plain text. */
function setActive(element: HTMLElement, active: boolean): HTMLElement {
  if (active === (element.tagName === 'A')) return element;
  const replacement = document.createElement(active ? 'a' : 'span');
  replacement.className = element.className;
  replacement.dataset.term = termOf(element);
  if (isFirst(element)) replacement.dataset.first = '';
  if (active) {
    replacement.setAttribute('href', entryHref(termOf(element)));
    describe(replacement);
  }
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

/** A note as the page holds it: hidden, its term's Chinese and pinyin, English, explanation and entry link. */
function noteElement(termId: string, note: TermNote): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Array<Node | string>) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const popup = element('div', { class: 'term-pop', id: definitionId(termId), role: 'tooltip' },
    element('p', { class: 'term-pop-head' }, element('span', { lang: 'zh-CN' }, note.zh), ...(note.pinyin ? [element('span', { class: 'pinyin', lang: 'zh-Latn-pinyin' }, note.pinyin)] : [])),
    element('p', { class: 'term-pop-en', lang: 'en' }, note.en),
    element('p', { lang: 'en' }, note.explanation),
    element('p', {}, element('a', { href: entryHref(termId) }, `${definitions?.dataset.entry ?? ''} →`)),
  );
  popup.hidden = true;
  return popup;
}

/** The notes of the terms this page annotates, drawn once; resolves when they are on the page. */
const notesReady: Promise<void> = (async () => {
  if (!definitions?.dataset.notes) return;
  const response = await fetch(definitions.dataset.notes);
  if (!response.ok) return;
  const notes = (await response.json()) as Record<string, TermNote>;
  const termIds = new Set([...document.querySelectorAll<HTMLElement>('.term')].map(termOf));
  definitions.append(...[...termIds].flatMap((termId) => (notes[termId] ? [noteElement(termId, notes[termId])] : [])));
  for (const link of document.querySelectorAll<HTMLElement>('a.term')) describe(link);
})().catch(() => undefined);

function applyMode(mode: Mode): void {
  document.documentElement.dataset.termNotes = mode;
  for (const element of document.querySelectorAll<HTMLElement>('.term')) {
    setActive(element, mode === 'all' || (mode === 'first' && isFirst(element)));
  }
}

let open: { term: HTMLElement; popup: HTMLElement } | null = null;
/** The term whose note was asked for last (hover, focus or tap), until it is hidden. */
let wanted: HTMLElement | null = null;
let closeTimer: number | undefined;

function show(term: HTMLElement): void {
  window.clearTimeout(closeTimer);
  const popup = document.getElementById(definitionId(termOf(term)));
  // Asked for before the notes arrived: shown when they have, if the term is still the one wanted.
  if (!popup) {
    wanted = term;
    void notesReady.then(() => wanted === term && document.getElementById(definitionId(termOf(term))) && show(term));
    return;
  }
  if (open && open.popup !== popup) open.popup.hidden = true;
  popup.hidden = false;
  const box = term.getBoundingClientRect();
  const width = popup.offsetWidth;
  popup.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
  // Below the term, or above it when only there it fits on the screen.
  const above = box.bottom + popup.offsetHeight + 12 > window.innerHeight && box.top > popup.offsetHeight + 12;
  popup.style.top = `${(above ? box.top - popup.offsetHeight - 6 : box.bottom + 6) + window.scrollY}px`;
  open = { term, popup };
}

function hide(): void {
  window.clearTimeout(closeTimer);
  wanted = null;
  if (open) open.popup.hidden = true;
  open = null;
}

/** Hides after a moment, so that the pointer can move from the term onto the popup. */
const hideSoon = () => {
  window.clearTimeout(closeTimer);
  closeTimer = window.setTimeout(hide, 250);
};

const termAt = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? target.closest<HTMLElement>('a.term') : null);
const inPopup = (target: EventTarget | null): boolean => target instanceof Element && target.closest('.term-pop') !== null;

document.addEventListener('pointerover', (event) => {
  const term = termAt(event.target);
  if (term && event.pointerType === 'mouse') show(term);
  else if (inPopup(event.target)) window.clearTimeout(closeTimer);
});
document.addEventListener('pointerout', (event) => {
  if (event.pointerType === 'mouse' && (termAt(event.target) || inPopup(event.target))) hideSoon();
});
document.addEventListener('focusin', (event) => {
  const term = termAt(event.target);
  if (term) show(term);
  else if (!inPopup(event.target)) hide();
});
document.addEventListener('focusout', (event) => {
  if (termAt(event.target) && !inPopup(event.relatedTarget)) hideSoon();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && open) hide();
});
// A tap on a term shows its note first; a second tap follows the link. A tap elsewhere closes it.
// The tap focuses the term (which opens its note) before the click, so what counts is whether
// the note was open when the finger came down.
let openAtPointerDown: HTMLElement | null = null;
document.addEventListener('pointerdown', () => {
  openAtPointerDown = open?.term ?? null;
});
document.addEventListener('click', (event) => {
  const term = termAt(event.target);
  const tap = event instanceof PointerEvent && (event.pointerType === 'touch' || event.pointerType === 'pen');
  if (term && tap && openAtPointerDown !== term) {
    event.preventDefault();
    show(term);
  } else if (!term && !inPopup(event.target)) hide();
});

const select = document.getElementById('term-mode') as HTMLSelectElement | null;
if (select) {
  select.value = readMode();
  select.closest<HTMLElement>('.term-setting')!.classList.add('ready');
  select.addEventListener('change', () => {
    localStorage.setItem(storageKey, select.value);
    hide();
    applyMode(select.value as Mode);
  });
}
applyMode(readMode());
