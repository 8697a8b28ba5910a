// npm run bench:generality -- DIR — how well ingest reads Chinese policy texts it was not tuned
// on. Every *.txt in DIR is ingested alone (a manifest entry made from its file name and first
// line, unless DIR/manifest.json describes it) and measured against what its own lines print:
//
//   recall     numberings printed at line starts in the body (第X编/篇/章/节/条, 一、, （一）,
//              1., （1）, 一是) that start a heading or a unit of their own in the model
//   extra      headings with a numbering that no line of the body starts with
//   list-hd    headings made of list items: lines ending in ； / ， or a title ending in 的
//   longest    the longest passage, in characters
//   collapsed  whole source lines that end a sentence (≥ 60 characters, wider than any print
//              column) joined to the next line instead of closing a paragraph
//   lost       content characters of the source that the model does not hold
//   pages      blocks that open with a page number a PDF extraction left (— 2 —, 第 2 页)
//   head       head and foot lines read as metadata (document number, addressee, signature, date…)
//
// Baseline in the same run: the five seed texts of corpus/, whose figures must not move.
// The texts measured are third-party texts read for measuring only; never commit them. See
// bench/README-generality.md for where the set used in development came from.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DiagnosticSink } from '../ingest/diagnostics.ts';
import { processDocument } from '../ingest/pipeline.ts';
import { loadSegmenter } from '../ingest/stages/segment.ts';
import { normalize } from '../ingest/stages/normalize.ts';
import { manifestEntrySchema, type ManifestEntry } from '../ingest/schema/manifest.ts';
import type { Block, DocumentModel } from '../ingest/model.ts';
import { expectedContent, heldContent, printedText } from '../ingest/text/printed.ts';
import { endsSentence } from '../ingest/text/chars.ts';
import { headLines } from '../ingest/stages/head.ts';

const root = path.resolve(import.meta.dirname, '..');

const numberingAtStart =
  /^(第[一二三四五六七八九十百零〇两\d]+[编篇章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]+是)/u;

export interface Figures {
  id: string;
  layout: string;
  printed: number;
  recall: number;
  extra: number;
  listHeadings: number;
  longest: number;
  collapsed: number;
  lost: number;
  pages: number;
  warnings: number;
  /** Head and foot lines taken as metadata (document number, addressee, signature, date, 抄送, 印发). */
  head: number;
}

/** The source line numbers (1-based) at which a block or box item of the model starts with text that begins with `numbering`. */
function unitStarts(blocks: readonly Block[]): Map<number, string[]> {
  const starts = new Map<number, string[]>();
  const add = (line: number, text: string) => starts.set(line, [...(starts.get(line) ?? []), text]);
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        add(block.line, `${block.numbering ?? ''}${block.title}`);
        break;
      case 'paragraph':
        add(block.line, block.text);
        break;
      case 'box':
        add(block.line, `专栏${block.number ?? ''}${block.title ?? ''}`);
        for (const item of block.items) add(item.line, `${item.label ?? ''}${item.text}`);
        break;
      case 'table':
        // Caption, header, rows and note stand on lines of their own, one after another.
        for (let offset = 0; offset <= 1 + block.rows.length + (block.note === null ? 0 : 1); offset += 1) add(block.line + offset, '');
        break;
      case 'figure':
        add(block.line, `图${block.number ?? ''}${block.caption}`);
        break;
    }
  }
  return starts;
}

/** Measures one ingested document against its source lines. */
export function measure(document: DocumentModel, sourceText: string, warnings: number): Figures {
  const lines = sourceText.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
  const tocLines = new Set(document.toc.map((entry) => entry.line));
  const starts = unitStarts(document.blocks);
  const headingStarts = unitStarts(document.blocks.filter((block) => block.type === 'heading'));
  let printed = 0;
  let found = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.replace(/^[\s\u3000]+/u, '');
    const match = numberingAtStart.exec(text);
    if (!match || tocLines.has(line)) return;
    printed += 1;
    const numbering = match[1]!.replace(/\s+/gu, '');
    // 编/篇/章/节/条 and 一、 open a unit of the structure: only a heading (or article) counts.
    const structural = /^第.+[编篇章节条]$|、$/u.test(numbering);
    const units = structural ? headingStarts.get(line) ?? [] : starts.get(line) ?? [];
    if (units.some((unit) => unit.replace(/\s+/gu, '').startsWith(numbering))) found += 1;
  });
  // A whole line that ends a sentence and is longer than any print column, followed by a line
  // that opens no unit: two paragraphs joined into one.
  let collapsed = 0;
  let previous: string | null = null;
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    if (previous !== null && !starts.has(index + 1) && !tocLines.has(index + 1) && previous.length >= 60 && endsSentence(previous)) { collapsed += 1; if (process.env.DEBUG_GENERALITY) console.log(document.id, index + 1, previous.slice(-15), "→", text.slice(0, 30)); }
    previous = text;
  });
  const headings = document.blocks.filter((block) => block.type === 'heading');
  const extra = headings.filter((heading) => {
    if (heading.numbering === null || /^[—－]/u.test(heading.numbering)) return false;
    const text = (lines[heading.line - 1] ?? '').replace(/^[\s\u3000]+/u, '').replace(/\s+/gu, '');
    return !text.includes(heading.numbering);
  }).length;
  const listHeadings = headings.filter((heading) => {
    const text = (lines[heading.line - 1] ?? '').trim();
    return heading.numbering !== null && heading.titleEnd === null && (/[；;，,]$/u.test(text) || /的$/u.test(heading.title));
  }).length;
  const longest = Math.max(0, ...document.passages.map((passage) => passage.text.length));
  const lost = Math.max(0, expectedContent(sourceText, document).length - heldContent(document).length);
  const pages = document.blocks.filter((block) => /^(?:[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*页)/u.test(printedText(block).trim())).length;
  return { id: document.id, layout: '', printed, recall: printed === 0 ? 1 : found / printed, extra, listHeadings, longest, collapsed, lost, pages, warnings, head: headLines(document.head).length };
}

function guessedEntry(file: string, text: string): ManifestEntry {
  const id = path.basename(file, '.txt').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'text';
  const title = text.replace(/^\uFEFF/u, '').split(/\r?\n/u).find((line) => line.trim() !== '')?.trim() ?? id;
  return manifestEntrySchema.parse({
    id,
    file,
    title: { zh: title, en: id },
    shortTitle: { zh: title.slice(0, 12), en: id },
    kind: 'policy-document',
    level: 'national',
    region: { zh: '全国', en: 'China' },
    date: { value: '2024', precision: 'year' },
    completeness: { complete: true, note: { zh: '测量用', en: 'for measuring' } },
  });
}

async function measureFile(dir: string, file: string, entry: ManifestEntry | null): Promise<Figures> {
  const text = await readFile(path.join(dir, file), 'utf8');
  const meta = entry ?? guessedEntry(file, text);
  const sink = new DiagnosticSink(path.join(dir, file));
  const document = processDocument({ entry: meta, file, text, encoding: 'utf-8' }, sink);
  const figures = measure(document, text, sink.list.filter((diagnostic) => diagnostic.severity === 'warning').length);
  figures.layout = normalize(text, new DiagnosticSink(file)).layout;
  return figures;
}

function print(title: string, rows: Figures[]): void {
  console.log(`\n${title}`);
  const header = ['text', 'layout', 'printed', 'recall', 'extra', 'list-hd', 'longest', 'collapsed', 'lost', 'pages', 'head', 'warn'];
  const body = rows.map((row) => [row.id, row.layout, String(row.printed), row.recall.toFixed(3), String(row.extra), String(row.listHeadings), String(row.longest), String(row.collapsed), String(row.lost), String(row.pages), String(row.head), String(row.warnings)]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((cells) => cells[column]!.length)));
  for (const cells of [header, ...body]) console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run bench:generality -- DIR   (a folder of .txt policy texts)');
    process.exit(2);
  }
  loadSegmenter(path.join(root, 'search-config', 'user-dict.txt'));
  const manifest = JSON.parse(await readFile(path.join(root, 'corpus', 'manifest.json'), 'utf8')) as { documents: unknown[] };
  const seeds: Figures[] = [];
  for (const raw of manifest.documents) {
    const entry = manifestEntrySchema.parse(raw);
    seeds.push(await measureFile(path.join(root, 'corpus'), entry.file, entry));
  }
  print('baseline: the five seed texts (corpus/)', seeds);

  let local: Record<string, ManifestEntry> = {};
  try {
    const parsed = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { documents: unknown[] };
    local = Object.fromEntries(parsed.documents.map((raw) => manifestEntrySchema.parse(raw)).map((entry) => [entry.file, entry]));
  } catch {
    // No manifest: every entry is guessed from its file.
  }
  const files = (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort();
  const rows: Figures[] = [];
  for (const file of files) rows.push(await measureFile(dir, file, local[file] ?? null));
  print(`texts in ${dir}`, rows);
  const goal = rows.filter((row) => row.recall >= 0.99 && row.extra === 0 && row.listHeadings === 0 && row.lost === 0 && row.collapsed === 0 && row.pages === 0).length;
  console.log(`\ngoal (recall ≥ 0.99, 0 extra, 0 list-hd, 0 collapsed, 0 lost, 0 pages) met by ${goal} of ${rows.length}`);
}

await main();
