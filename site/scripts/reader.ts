// The reader's behaviour: the table of contents follows the reading position, the language
// switch keeps the reader on the same section, "Cite" copies the passage as read with its
// citation, and the reading mode (Chinese, English, both) is kept per site language.
import { citationPlace } from '../lib/citation.ts';

const status = document.getElementById('live-status');
const announce = (message: string): void => {
  if (status) status.textContent = message;
};

/** Copies text, falling back to selecting it where the clipboard API is refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

const isEnglish = document.documentElement.lang === 'en';
const reader = document.querySelector<HTMLElement>('.reader');

/** What holds a passage: a paragraph's or box item's texts, or a table. */
const holderSelector = '.parallel, .table-scroll.passage';
/**
 * Each passage holder's place in its citation. The page writes its headings' numbering (data-cite)
 * on the first passage under them only, so each passage takes the last one written.
 */
const places = new Map<Element, string>();
let numbering = '';
for (const holder of document.querySelectorAll<HTMLElement>(holderSelector)) {
  numbering = holder.dataset.cite ?? numbering;
  places.set(holder, citationPlace(numbering, holder.id, isEnglish ? 'en' : 'zh'));
}

/** The text of a passage as shown, without its tools (link mark and Cite button). */
const shownText = (element: Element): string => {
  const copy = element.cloneNode(true) as Element;
  for (const tools of copy.querySelectorAll('.tools, .stale')) tools.remove();
  return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
};

/** The texts Cite quotes: the block in the language being read, both in parallel mode. */
function quotedTexts(block: Element): string[] {
  const mode = reader?.dataset.reading ?? 'zh';
  const zh = block.querySelector(':scope > .zh');
  const en = block.querySelector(':scope > .en');
  if (!zh) return [];
  if (!en) return [shownText(zh)];
  if (mode === 'both') return [shownText(zh), shownText(en)];
  return [shownText(mode === 'en' ? en : zh)];
}

/**
 * Each passage's tools, at the end of each of its lines (Chinese, English; a table's caption): a
 * link mark to it and a Cite button. Drawn here, from the passage's id and the page's labels, since
 * without script Cite could not copy and the page would carry them unused.
 */
function drawTools(): void {
  const labels = reader?.dataset ?? {};
  for (const holder of places.keys()) {
    const lines = holder.matches('.table-scroll') ? [...holder.querySelectorAll(':scope > table > caption')] : [...holder.querySelectorAll(':scope > :is(.zh, .en)')];
    for (const line of lines) {
      const tools = document.createElement('span');
      tools.className = 'tools';
      const link = document.createElement('a');
      link.href = `#${holder.id}`;
      link.setAttribute('aria-label', labels.toolLink ?? '');
      link.textContent = '#';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cite';
      button.setAttribute('aria-label', labels.toolCiteLabel ?? '');
      button.textContent = labels.toolCite ?? '';
      tools.append(link, button);
      line.append(tools);
    }
  }
}
drawTools();

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.cite');
  if (!button) return;
  const passage = button.closest('[id]');
  const url = new URL(window.location.href);
  url.hash = passage ? passage.id : '';
  const quoted = passage ? quotedTexts(passage) : [];
  const translation = reader?.dataset.reading !== 'zh' && passage?.querySelector(':scope > .en') ? ` (${reader?.dataset.translationNote ?? ''})` : '';
  const citation = `${quoted.length > 0 ? `${quoted.join('\n')}\n— ` : ''}${reader?.dataset.citeTitle ?? ''}${places.get(button.closest(holderSelector)!) ?? ''}${translation}${isEnglish ? '. ' : '。'}${url.href}`;
  const copied = await copy(citation);
  button.dataset.copied = String(copied);
  announce(copied ? (isEnglish ? 'Citation copied' : '引用已复制') : citation);
});

// The language switch carries the section being read: the URL's own fragment when its
// target is on screen (the reader followed a link there), else the heading the table of
// contents marks.
const languageSwitch = document.getElementById('lang-switch') as HTMLAnchorElement | null;
const baseSwitchHref = languageSwitch?.getAttribute('href') ?? '';
const pointSwitchAt = (fragment: string): void => {
  if (languageSwitch) languageSwitch.href = fragment ? `${baseSwitchHref}#${fragment}` : baseSwitchHref;
};
const fragmentOnScreen = (): string | null => {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return null;
  const { top } = target.getBoundingClientRect();
  return top > -window.innerHeight / 2 && top < window.innerHeight / 2 ? id : null;
};
languageSwitch?.addEventListener('click', () => {
  const fragment = fragmentOnScreen() ?? current?.getAttribute('href')!.slice(1);
  if (fragment) pointSwitchAt(fragment);
});

// The table of contents marks the heading being read.
const tocLinks = new Map<string, HTMLAnchorElement>();
// An entry of this page's headings links to it by fragment alone.
for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) tocLinks.set(decodeURIComponent(link.getAttribute('href')!.slice(1)), link);
const headings = [...document.querySelectorAll<HTMLElement>('article :is(h1, h2, h3, h4)[id]')].filter((heading) => tocLinks.has(heading.id));
let current: HTMLAnchorElement | undefined;
const markCurrent = (id: string): void => {
  const link = tocLinks.get(id);
  if (!link || link === current) return;
  current?.removeAttribute('aria-current');
  link.setAttribute('aria-current', 'location');
  current = link;
};
if (headings.length > 0) {
  const visible = new Set<HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target as HTMLElement);
        else visible.delete(entry.target as HTMLElement);
      }
      // The topmost heading in view, or else the last one scrolled past.
      const inView = headings.find((heading) => visible.has(heading));
      const passed = headings.filter((heading) => heading.getBoundingClientRect().top < 0).pop();
      const target = inView ?? passed;
      if (target) markCurrent(target.id);
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const heading of headings) observer.observe(heading);
}

// The table of contents starts folded; on wide screens it has its own column and opens.
const details = document.getElementById('toc-details') as HTMLDetailsElement | null;
if (details && window.matchMedia('(min-width: 60rem)').matches) details.open = true;

// The reading mode: the inline script of ReaderView applied a stored choice before drawing.
const modeControl = document.querySelector<HTMLFieldSetElement>('.reading-mode');
if (reader && modeControl) {
  const storageKey = `policy-reader-reading-${isEnglish ? 'en' : 'zh'}`;
  for (const radio of modeControl.querySelectorAll<HTMLInputElement>('input[name="reading-mode"]')) {
    radio.checked = radio.value === reader.dataset.reading;
    radio.addEventListener('change', () => {
      reader.dataset.reading = radio.value;
      try {
        localStorage.setItem(storageKey, radio.value);
      } catch {
        // A browser that refuses storage still switches for this page.
      }
    });
  }
  modeControl.classList.add('ready');
}

// A link to words in the Chinese (shared wording, /w<offset> fragments) lands on the first piece
// of a mark that glossary terms may cut in several: light them all. Where the reading mode hides
// the Chinese the browser does not scroll, so bring the passage holding them up.
function showWordsTarget(): void {
  for (const lit of document.querySelectorAll('mark.lit')) lit.classList.remove('lit');
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target?.matches('mark')) return;
  for (const piece of [target, ...document.querySelectorAll(`mark[data-words="${CSS.escape(id)}"]`)]) piece.classList.add('lit');
  if (target.getClientRects().length === 0) target.closest('.parallel')?.scrollIntoView();
}
showWordsTarget();
window.addEventListener('hashchange', showWordsTarget);
