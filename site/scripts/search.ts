// The search page in the browser. State is the URL (?q=…&document=…&view=…): every change
// pushes a new entry, the back button restores it. Untrusted text (query, passages) is only
// ever set as text; the only HTML inserted is the escaped excerpt from search/highlight.ts.
import { searchPassages, titleKinds, type Filters, type Hit, type PagefindApi, type SearchPage } from '../../search/engine.ts';
import { searchWithFallback } from '../../search/backends.ts';
import { concordance, type ConcordanceLine } from '../../search/highlight.ts';
import { parseQuery, positiveTerms, termForms, type ParsedQuery } from '../../search/query.ts';
import { expandQuery, expansionText, type ExpandedQuery } from '../../search/crosslingual/expand.ts';
import type { Lexicon } from '../../search/crosslingual/lexicon.ts';
import { csvField } from '../../ingest/text/csv.ts';
import { documentFilterFile, withDocumentFilters, type DocumentFilterTable } from '../../search/pagefind/documentFilters.ts';

interface PageData {
  lang: 'zh' | 'en';
  /** The Meilisearch server to ask first, when the build names one. */
  meili: { url: string; key: string; index: string } | null;
  strings: Record<string, string>;
  documents: Array<{ id: string; title: string; characters: number }>;
  topics: Record<string, string>;
  chapters: Record<string, string>;
}

const data = JSON.parse(document.getElementById('search-data')!.textContent!) as PageData;
const text = (key: string, values: Record<string, string | number> = {}) =>
  (data.strings[key] ?? key).replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));
const facetNames = ['document', 'kind', 'level', 'year', 'chapter', 'topic'] as const;
const documentTitles = new Map(data.documents.map((entry) => [entry.id, entry.title]));
const pageSize = 20;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const expansionNote = document.getElementById('search-expansions')!;
const chart = document.getElementById('search-chart')!;
const results = document.getElementById('search-results')!;
const facets = document.getElementById('facets')!;
const main = document.getElementById('search-main')!;
const viewButtons = { results: document.getElementById('view-results')!, concordance: document.getElementById('view-concordance')! };

interface State { query: string; filters: Filters; view: 'results' | 'concordance'; limit: number; sort: 'document' | 'left' | 'right' }

function readState(): State {
  const params = new URL(window.location.href).searchParams;
  const filters: Filters = {};
  for (const name of facetNames) filters[name] = params.getAll(name);
  return {
    query: params.get('q') ?? '',
    filters,
    view: params.get('view') === 'concordance' ? 'concordance' : 'results',
    limit: Math.max(pageSize, Number(params.get('limit')) || pageSize),
    sort: (['left', 'right'] as const).find((sort) => sort === params.get('sort')) ?? 'document',
  };
}

function writeState(state: State): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of facetNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.view !== 'results') params.set('view', state.view);
  if (state.limit > pageSize) params.set('limit', String(state.limit));
  if (state.sort !== 'document') params.set('sort', state.sort);
  const url = `${window.location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) history.pushState(null, '', url);
  void render(state);
}

const lexicons = new Map<string, Promise<Lexicon>>();
/** The lexicon a query needs: the whole one for latin letters (English, pinyin), else the Chinese part. */
function loadLexicon(query: string): Promise<Lexicon> {
  const url = /\p{Script=Latin}/u.test(query) ? '/search/lexicon.json' : '/search/lexicon-han.json';
  let lexicon = lexicons.get(url);
  if (!lexicon) {
    lexicon = fetch(url).then((response) => (response.ok ? (response.json() as Promise<Lexicon>) : Promise.reject(new Error(`${url}: ${response.status}`))));
    lexicons.set(url, lexicon);
  }
  return lexicon;
}

/** The query with English, pinyin and traditional characters expanded; as typed when the lexicon cannot load. */
async function expanded(text: string): Promise<ExpandedQuery> {
  const query = parseQuery(text);
  try {
    return expandQuery(query, await loadLexicon(text));
  } catch {
    return { query, expansions: [] };
  }
}

function renderExpansions(result: ExpandedQuery): void {
  expansionNote.replaceChildren();
  if (result.expansions.length === 0) return;
  expansionNote.append(element('span', {}, data.strings['search.expanded'] ?? ''));
  for (const expansion of result.expansions) {
    expansionNote.append(' ', expansion.forms.length > 0 ? element('span', { class: 'expansion', lang: 'zh-CN' }, expansionText(expansion)) : element('span', { class: 'expansion none' }, text('search.noTerm', { typed: expansion.typed })));
  }
}

let pagefind: Promise<PagefindApi> | null = null;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as PagefindApi & { options(options: Record<string, unknown>): Promise<void>; init(): Promise<void> };
    await module.options({ baseUrl: '/' });
    // Pagefind takes the page's <html lang> at init and would cut the query with the browser's
    // Chinese word segmenter, undoing the bigram tokens. The index is built as 'en' (no
    // segmentation), so it is initialised as 'en' too; the page's lang is put back at once.
    const root = document.documentElement;
    const pageLang = root.lang;
    root.lang = 'en';
    try {
      await module.init();
    } finally {
      root.lang = pageLang;
    }
    const table = `/pagefind/${documentFilterFile}`;
    return withDocumentFilters(module, async () => {
      const response = await fetch(table);
      if (!response.ok) throw new Error(`${table}: ${response.status}`);
      return (await response.json()) as DocumentFilterTable;
    });
  })();
  return pagefind;
}

/** A search on Meilisearch; its client is loaded only on sites built with a server. */
async function meiliSearch(query: ParsedQuery, filters: Filters, limit: number | 'all'): Promise<SearchPage> {
  const [{ meiliConnection }, { meiliSearchPassages }] = await Promise.all([import('../../search/meilisearch/client.ts'), import('../../search/meilisearch/backend.ts')]);
  // No retries: a reader is better served by the built-in index at once than by a second wait.
  const connection = meiliConnection(data.meili!.url, data.meili!.key, { timeoutMs: 4000, retries: 0, taskTimeoutMs: 0 });
  return meiliSearchPassages({ ...connection, index: data.meili!.index }, query, filters, limit);
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, content?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (content !== undefined) node.textContent = content;
  return node;
};

const localUrl = (url: string) => (data.lang === 'en' ? `/en${url}` : url);

function facetLabel(name: string, value: string): string {
  switch (name) {
    case 'document': return documentTitles.get(value) ?? value;
    case 'kind': return text(`kind.${value}`);
    case 'level': return text(`level.${value}`);
    case 'topic': return data.topics[value] ?? value;
    case 'chapter': return data.chapters[value] ?? value;
    default: return value;
  }
}

function renderFacets(state: State, page: SearchPage): void {
  facets.replaceChildren();
  const heading = element('h2', {}, text('search.filters'));
  facets.append(heading);
  for (const name of facetNames) {
    const counts = page.facets[name] ?? {};
    const selected = new Set(state.filters[name] ?? []);
    const values = Object.entries(counts).filter(([value, count]) => count > 0 || selected.has(value));
    if (values.length === 0) continue;
    const fieldset = element('fieldset');
    fieldset.append(element('legend', {}, text(`search.filter.${name}`)));
    for (const [value, count] of values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      const id = `facet-${name}-${value}`.replace(/[^\w-]/gu, '_');
      const checkbox = element('input', { type: 'checkbox', id, name, value });
      checkbox.checked = selected.has(value);
      checkbox.addEventListener('change', () => {
        const next = new Set(state.filters[name] ?? []);
        if (checkbox.checked) next.add(value);
        else next.delete(value);
        writeState({ ...state, filters: { ...state.filters, [name]: [...next] }, limit: pageSize });
      });
      const label = element('label', { for: id }, facetLabel(name, value));
      label.append(element('span', { class: 'facet-count' }, ` ${count}`));
      const row = element('div', { class: 'facet' });
      row.append(checkbox, label);
      fieldset.append(row);
    }
    facets.append(fieldset);
  }
  if (facetNames.some((name) => (state.filters[name] ?? []).length > 0)) {
    const clear = element('button', { type: 'button' }, text('search.clear'));
    clear.addEventListener('click', () => writeState({ ...state, filters: {}, limit: pageSize }));
    facets.append(clear);
  }
}

/** A bar chart as a table: the value per 10,000 characters of each document. */
function renderChart(caption: string, perDocument: Map<string, number>): void {
  chart.replaceChildren();
  const rows = data.documents.map((entry) => ({ ...entry, value: ((perDocument.get(entry.id) ?? 0) / entry.characters) * 10_000 }));
  const max = Math.max(...rows.map((row) => row.value), 0.0001);
  const table = element('table', { class: 'bars' });
  table.append(element('caption', {}, caption));
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    const bar = element('div', { class: 'bar', 'aria-hidden': 'true' });
    const fill = element('span');
    fill.style.width = `${((row.value / max) * 100).toFixed(1)}%`;
    bar.append(fill);
    const barCell = element('td');
    barCell.append(bar);
    tr.append(element('th', { scope: 'row' }, row.title), barCell, element('td', { class: 'value' }, row.value.toFixed(2)));
    body.append(tr);
  }
  table.append(body);
  chart.append(table);
}

function renderHits(state: State, page: SearchPage): void {
  results.replaceChildren();
  const groups = new Map<string, Hit[]>();
  for (const hit of page.hits) groups.set(hit.documentId, [...(groups.get(hit.documentId) ?? []), hit]);
  for (const [documentId, hits] of groups) {
    const section = element('section', { class: 'result-group' });
    section.append(element('h2', {}, `${documentTitles.get(documentId) ?? documentId} (${hits.length})`));
    const list = element('ol', { class: 'hits' });
    for (const hit of hits) {
      const item = element('li', { class: hit.exact ? 'hit' : 'hit loose', 'data-kind': hit.kind });
      const link = element('a', { class: 'path', href: localUrl(hit.url) }, (data.lang === 'en' ? hit.headingEn : hit.heading) || documentTitles.get(documentId) || documentId);
      // The excerpt is in English when the passage was found through its translation alone.
      const inEnglish = !/\p{Script=Han}/u.test(hit.excerpt) && hit.textEn !== '';
      const excerpt = element('p', { class: 'excerpt', lang: inEnglish ? 'en' : 'zh-CN' });
      excerpt.innerHTML = hit.excerpt; // escaped by excerptHtml: only <mark> is markup
      // A heading, box title or caption says so: the excerpt is then the title itself, not a passage.
      if (titleKinds.has(hit.kind)) excerpt.prepend(element('span', { class: 'record-kind' }, text(`search.record.${hit.kind}`)), ' ');
      item.append(link, excerpt);
      // Both texts: the other language under the excerpt, shortened.
      const other = inEnglish ? hit.text : hit.textEn;
      if (other && !titleKinds.has(hit.kind)) item.append(element('p', { class: 'excerpt-other', lang: inEnglish ? 'zh-CN' : 'en' }, other.length > 200 ? `${other.slice(0, 200)}…` : other));
      for (const match of hit.matched) item.append(element('p', { class: 'matched' }, text('search.matched', { typed: match.typed, form: match.form })));
      for (const typed of hit.matchedEnglish ?? []) item.append(element('p', { class: 'matched-en' }, text('search.matchedEnglish', { typed })));
      if ((hit.missing ?? []).length > 0) item.append(element('p', { class: 'missing' }, text('search.missing', { concepts: hit.missing.join(', ') })));
      else if (!hit.exact) item.append(element('p', { class: 'alt' }, text('search.looser')));
      list.append(item);
    }
    section.append(list);
    results.append(section);
  }
  if (page.candidates > page.hits.length && page.hits.length >= state.limit) {
    const more = element('button', { type: 'button', class: 'more' }, text('search.more'));
    more.addEventListener('click', () => writeState({ ...state, limit: state.limit + pageSize }));
    results.append(more);
  }
}

function download(name: string, type: string, content: string): void {
  const link = element('a', { href: URL.createObjectURL(new Blob([content], { type })), download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

function renderConcordance(state: State, page: SearchPage, query: ParsedQuery): void {
  results.replaceChildren();
  const phrases = positiveTerms(query).flatMap(termForms);
  // A paragraph's lines include the phrases that run into it from the lead printed before it.
  const lines: Array<ConcordanceLine & { hit: Hit }> = page.hits.flatMap((hit) => concordance(hit.before + hit.text, phrases, 24, hit.before.length).map((line) => ({ ...line, hit })));
  const perDocument = new Map<string, number>();
  for (const line of lines) perDocument.set(line.hit.documentId, (perDocument.get(line.hit.documentId) ?? 0) + 1);
  renderChart(text('search.kwic.chart'), perDocument);
  const reversed = (value: string) => [...value].reverse().join('');
  lines.sort((a, b) =>
    state.sort === 'left' ? reversed(a.left).localeCompare(reversed(b.left), 'zh') : state.sort === 'right' ? a.right.localeCompare(b.right, 'zh') : 0,
  );
  const toolbar = element('div', { class: 'kwic-tools' });
  toolbar.append(element('span', {}, `${text('search.kwic.occurrences', { count: lines.length })} · ${text('search.kwic.sort')}: `));
  for (const sort of ['document', 'left', 'right'] as const) {
    const button = element('button', { type: 'button', 'aria-pressed': String(state.sort === sort) }, text(`search.kwic.${sort}`));
    button.addEventListener('click', () => writeState({ ...state, sort }));
    toolbar.append(button);
  }
  const rows = lines.map((line) => ({ document: line.hit.documentId, url: localUrl(line.hit.url), kind: line.hit.kind, heading: line.hit.heading, left: line.left, match: line.match, right: line.right, offset: line.offset }));
  const csv = element('button', { type: 'button' }, text('search.export.csv'));
  csv.addEventListener('click', () =>
    // kind and heading come last, after the columns the export had before titles were searched.
    download('concordance.csv', 'text/csv', [['document', 'url', 'left', 'match', 'right', 'offset', 'kind', 'heading'], ...rows.map((row) => [row.document, row.url, row.left, row.match, row.right, row.offset, row.kind, row.heading])].map((row) => row.map(csvField).join(',')).join('\r\n')),
  );
  const json = element('button', { type: 'button' }, text('search.export.json'));
  json.addEventListener('click', () => download('concordance.json', 'application/json', JSON.stringify({ query: state.query, lines: rows }, null, 2)));
  toolbar.append(csv, json);
  results.append(toolbar);
  const table = element('table', { class: 'kwic', lang: 'zh-CN' });
  const body = element('tbody');
  for (const line of lines) {
    const tr = element('tr');
    const link = element('a', { href: localUrl(line.hit.url) }, line.match);
    const matchCell = element('td', { class: 'kwic-match' });
    matchCell.append(link);
    const source = element('td', { class: 'kwic-doc' }, documentTitles.get(line.hit.documentId) ?? '');
    if (titleKinds.has(line.hit.kind)) {
      tr.dataset.kind = line.hit.kind;
      source.append(' ', element('span', { class: 'record-kind' }, text(`search.record.${line.hit.kind}`)), ...(line.hit.heading ? [` ${data.lang === 'en' ? line.hit.headingEn : line.hit.heading}`] : []));
    }
    tr.append(element('td', { class: 'kwic-left' }, line.left), matchCell, element('td', { class: 'kwic-right' }, line.right), source);
    body.append(tr);
  }
  table.append(body);
  results.append(table);
}

let generation = 0;
async function render(state: State): Promise<void> {
  const current = ++generation;
  input.value = state.query;
  viewButtons.results.setAttribute('aria-pressed', String(state.view === 'results'));
  viewButtons.concordance.setAttribute('aria-pressed', String(state.view === 'concordance'));
  document.title = state.query ? `${state.query} · ${document.title.split(' · ').slice(-2).join(' · ')}` : document.title;
  if (!state.query.trim()) {
    status.textContent = text('search.start');
    results.replaceChildren();
    chart.replaceChildren();
    facets.replaceChildren();
    expansionNote.replaceChildren();
    return;
  }
  main.setAttribute('aria-busy', 'true');
  status.textContent = text('search.loading');
  let page: SearchPage;
  let fellBack = false;
  let pagefindAnswered = false;
  const { query, ...expansion } = await expanded(state.query);
  if (current !== generation) return;
  renderExpansions({ query, ...expansion });
  try {
    const limit = state.view === 'concordance' ? 'all' : state.limit;
    // Pagefind's hits come first, without counts per filter value (whose index grows with the corpus).
    const answer = await searchWithFallback(data.meili ? () => meiliSearch(query, state.filters, limit) : null, async () => {
      pagefindAnswered = true;
      return searchPassages(await loadPagefind(), query, state.filters, limit, { counts: false });
    });
    page = answer.page;
    fellBack = answer.fallbackReason !== null;
  } catch {
    status.textContent = text('search.error');
    main.setAttribute('aria-busy', 'false');
    return;
  }
  if (current !== generation) return;
  main.setAttribute('aria-busy', 'false');
  if (!pagefindAnswered) renderFacets(state, page);
  if (page.hits.length === 0) {
    status.textContent = text('search.empty', { query: state.query });
    results.replaceChildren();
    chart.replaceChildren();
  } else {
    status.textContent = page.candidates > page.hits.length ? text('search.candidates', { shown: page.hits.length, count: page.candidates }) : text('search.results', { count: page.hits.length });
    if (fellBack) status.textContent += ` ${text('search.fallback')}`;
    if (state.view === 'concordance') renderConcordance(state, page, query);
    else {
      chart.replaceChildren();
      renderHits(state, page);
    }
  }
  if (pagefindAnswered) await renderCounts(state, query, current);
  else if (state.view === 'results' && page.hits.length > 0) renderChart(text('search.chart'), new Map(Object.entries(page.facets.document ?? {})));
}

/** The counts per filter value and the chart of hits per document, once Pagefind's filter index is in. */
async function renderCounts(state: State, query: ParsedQuery, current: number): Promise<void> {
  facets.setAttribute('aria-busy', 'true');
  try {
    const counted = await searchPassages(await loadPagefind(), query, state.filters, state.view === 'concordance' ? 'all' : state.limit);
    if (current !== generation) return;
    renderFacets(state, counted);
    if (state.view === 'results' && counted.hits.length > 0) renderChart(text('search.chart'), new Map(Object.entries(counted.facets.document ?? {})));
  } catch {
    // The hits are shown; without counts the filters stay as they were drawn.
  } finally {
    if (current === generation) facets.setAttribute('aria-busy', 'false');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeState({ ...readState(), query: input.value.trim(), limit: pageSize });
});
viewButtons.results.addEventListener('click', () => writeState({ ...readState(), view: 'results' }));
viewButtons.concordance.addEventListener('click', () => writeState({ ...readState(), view: 'concordance' }));
window.addEventListener('popstate', () => void render(readState()));
void render(readState());
