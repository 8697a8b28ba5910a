// The quotes of the "in the master plan" panels, drawn when a panel opens from the plan's
// passage texts (/xref/quotes/<plan>/zh.json, en.json), which every reader page shares: a
// blockquote names the plan passage (data-quote) and, in Chinese, where its window opens
// (data-at) and where the shared terms stand in it (data-marks: start-end offsets).
import { opening, windowLength, windowRuns } from '../lib/quotes.ts';

const files = new Map<string, Promise<Record<string, string>>>();
const texts = (url: string): Promise<Record<string, string>> => {
  if (!files.has(url)) {
    files.set(url, fetch(url).then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {})).catch(() => ({})));
  }
  return files.get(url)!;
};

const marksOf = (value: string | undefined): Array<[number, number]> =>
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
      ...windowRuns(text, Number(quote.dataset.at ?? 0), marksOf(quote.dataset.marks)).map((run) => {
        if (!run.marked) return document.createTextNode(run.text);
        const mark = document.createElement('mark');
        mark.textContent = run.text;
        return mark;
      }),
    );
  }
}

// toggle does not bubble: heard on the way down.
document.addEventListener(
  'toggle',
  (event) => {
    const panel = event.target;
    if (panel instanceof HTMLDetailsElement && panel.open && panel.dataset.quotes) void drawQuotes(panel);
  },
  true,
);
for (const panel of document.querySelectorAll<HTMLDetailsElement>('details[data-quotes][open]')) void drawQuotes(panel);
