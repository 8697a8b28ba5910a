// What an "in the master plan" panel draws when it opens. Its quotes, from the plan's passage
// texts (/xref/quotes/<plan>/zh.json, en.json), which every reader page shares: a blockquote
// names the plan passage (data-quote) and, in Chinese, where its window opens (data-at) and where
// the shared terms stand in it (data-marks: start-end offsets). And the terms the passage above
// shares with the plan, marked in its Chinese (its data-shared: start-end offsets in its text),
// which the stylesheet shows while the panel is open.
import { opening, windowLength, windowRuns } from '../lib/quotes.ts';

const files = new Map<string, Promise<Record<string, string>>>();
const texts = (url: string): Promise<Record<string, string>> => {
  if (!files.has(url)) {
    files.set(url, fetch(url).then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {})).catch(() => ({})));
  }
  return files.get(url)!;
};

const rangesOf = (value: string | undefined): Array<[number, number]> =>
  (value ?? '').split(' ').filter(Boolean).map((pair) => pair.split('-').map(Number) as [number, number]);

async function drawQuotes(panel: HTMLDetailsElement): Promise<void> {
  const folder = panel.dataset.quotes!;
  for (const quote of panel.querySelectorAll<HTMLElement>('blockquote[data-quote]')) {
    if (quote.hasChildNodes()) continue;
    const english = quote.lang === 'en';
    const text = (await texts(`${folder}${english ? 'en' : 'zh'}.json`))[quote.dataset.quote!];
    if (text === undefined) continue;
    if (english) {
      quote.textContent = opening(text, windowLength * 3, 'en');
      continue;
    }
    quote.replaceChildren(
      ...windowRuns(text, Number(quote.dataset.at ?? 0), rangesOf(quote.dataset.marks)).map((run) => {
        if (!run.marked) return document.createTextNode(run.text);
        const mark = document.createElement('mark');
        mark.textContent = run.text;
        return mark;
      }),
    );
  }
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

function drawSharedTerms(panel: HTMLDetailsElement): void {
  const holder = passageOf(panel);
  const chinese = holder?.querySelector(':scope > .zh');
  if (!holder?.dataset.shared || !chinese) return;
  const ranges = rangesOf(holder.dataset.shared);
  delete holder.dataset.shared;
  markRanges(chinese, ranges, 'shared');
}

function drawPanel(panel: HTMLDetailsElement): void {
  drawSharedTerms(panel);
  void drawQuotes(panel);
}

// toggle does not bubble: heard on the way down.
document.addEventListener(
  'toggle',
  (event) => {
    const panel = event.target;
    if (panel instanceof HTMLDetailsElement && panel.open && panel.dataset.quotes) drawPanel(panel);
  },
  true,
);
for (const panel of document.querySelectorAll<HTMLDetailsElement>('details[data-quotes][open]')) drawPanel(panel);
