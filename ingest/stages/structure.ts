// structure: from logical lines to the blocks of a document — headings, paragraphs with their
// lead sentences, 专栏 boxes, tables and figure captions. Ids and levels come after, in outline.ts.
import type { DocumentHead, BoxBlock, HeadingBlock, HeadingForm, ParagraphBlock, TableBlock, TocEntry, Block } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import type { ManifestEntry } from '../schema/manifest.ts';
import type { NormalizedText, Unit } from './normalize.ts';
import { closeIdeographSpaces, compact, firstSentence } from '../text/chars.ts';
import { isPlainSubhead, lineForm } from '../text/lineForms.ts';
import { readToc } from './toc.ts';
import { readBanner, readHead } from './head.ts';

export interface StructuredText {
  sourceTitle: string | null;
  head: DocumentHead;
  toc: TocEntry[];
  /** Blocks without ids and with provisional levels (0); outline() completes them. */
  blocks: Block[];
}

/** The longest first sentence that still reads as a lead ("建设国际性综合交通枢纽。"). */
const maxLeadLength = 30;

/** The opening sentence of a paragraph when it works as a heading: short, one clause, more text after it. */
export function leadSentence(text: string): string | null {
  const sentence = firstSentence(text);
  if (sentence === null || sentence.length > maxLeadLength || sentence.length === text.length) return null;
  if (/[，,；;：:]/u.test(sentence)) return null;
  return sentence;
}

/** Markdown bold the text extraction left inside a paragraph (`的**核心商贸物流运转基地**。`). */
const extractedBold = /\*\*([^*]+)\*\*/gu;

function paragraph(text: string, line: number): ParagraphBlock {
  const cleaned = closeIdeographSpaces(text.trim()).replace(extractedBold, '$1');
  return { type: 'paragraph', id: '', line, text: cleaned, lead: leadSentence(cleaned) };
}

function heading(form: HeadingForm, numbering: string | null, number: number | null, title: string, line: number, titleEnd: string | null = null): HeadingBlock {
  return { type: 'heading', id: '', line, form, level: 0, numbering, number, title: title.trim(), subtitle: null, titleEnd, titleEn: null, subtitleEn: null };
}

/** Leading lines that repeat the document's title as printed at the top of the source. */
function readSourceTitle(units: readonly Unit[], entry: ManifestEntry, start: number): { title: string | null; next: number } {
  const titles = [entry.title.zh, entry.subtitle?.zh ?? ''].map(compact).filter((title) => title.length > 0);
  const lines: string[] = [];
  let index = start;
  while (index < units.length && index < start + 3) {
    const text = compact(units[index]!.text);
    if (text.length < 4 || !titles.some((title) => title.includes(text))) break;
    lines.push(units[index]!.text.trim());
    index += 1;
  }
  return { title: lines.length > 0 ? lines.join(' ') : null, next: index };
}

const divisionThenArticle = /^(第[一二三四五六七八九十百零〇两\d]+[编篇章节][\s\u3000]*[^\s\u3000。；，]{1,30}?)[\s\u3000]+(第[一二三四五六七八九十百零〇两\d]+条[\s\u3000].*)$/u;

/** `第一章 总则 第一条 …` printed on one line: the chapter and the article as two units. */
function splitDivisionFromArticle(unit: Unit): Unit[] {
  const match = divisionThenArticle.exec(unit.text.trim());
  if (!match) return [unit];
  return [
    { ...unit, text: match[1]! },
    { ...unit, text: match[2]! },
  ];
}

/** True when `previous` is a list item (a paragraph opening with a numbering of the same kind as `numbering`). */
function continuesList(previous: Block | undefined, numbering: string): boolean {
  if (previous?.type !== 'paragraph') return false;
  const kinds: Array<[string, RegExp]> = [
    ['paren', /^[（(][一二三四五六七八九十]+[）)]/u],
    ['comma', /^[一二三四五六七八九十]+、/u],
    ['arabic', /^\d{1,2}[.．、](?!\d)/u],
    ['paren-arabic', /^[（(]\d{1,2}[）)]/u],
  ];
  const kind = (text: string): string | null => kinds.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
  return kind(numbering) !== null && kind(previous.text) === kind(numbering);
}

/** Recognises the blocks of one document. */
export function structure(normalized: NormalizedText, entry: ManifestEntry, sink: DiagnosticSink): StructuredText {
  const { layout } = normalized;
  const units = normalized.units.flatMap(splitDivisionFromArticle);
  const top = readBanner(units);
  const { title: sourceTitle, next: bodyStart } = readSourceTitle(units, entry, top.next);
  const { head, taken } = readHead(units, bodyStart, top.head);
  const blocks: Block[] = [];
  let toc: TocEntry[] = [];
  let box: BoxBlock | null = null;
  let table: TableBlock | null = null;

  for (let index = bodyStart; index < units.length; index += 1) {
    const unit = units[index]!;
    if (taken.has(index)) continue;
    const form = lineForm(unit.text);
    if (form.form !== 'box-item') box = null;
    if (form.form !== 'table-row' && form.form !== 'table-note') table = null;
    const previous = blocks[blocks.length - 1];

    switch (form.form) {
      case 'toc': {
        if (toc.length > 0) sink.warn(unit.line, 'toc-repeated', 'a second table of contents; read as content');
        const read = readToc(units, index);
        toc = read.entries;
        index = read.next - 1;
        break;
      }
      case 'book':
      case 'volume':
      case 'chapter':
      case 'section':
        blocks.push(heading(form.form, form.numbering, form.number, form.title, unit.line));
        break;
      case 'annex':
        blocks.push(heading('annex', form.numbering, form.number, form.title, unit.line));
        break;
      case 'article':
        // The article is the unit its 款 hang from; it has no title of its own.
        blocks.push(heading('article', form.numbering, form.number, '', unit.line));
        if (form.rest.length > 0) blocks.push(paragraph(form.rest, unit.line));
        break;
      case 'part':
      case 'numbered':
      case 'arabic':
      case 'paren-arabic':
      case 'item-lead':
        // The last item of a list (（三）其他事项。) closes with a full stop; its siblings say it is one.
        if (form.rest.length === 0 && continuesList(previous, form.numbering)) {
          blocks.push(paragraph(unit.text, unit.line));
          break;
        }
        // A standalone 一是…。 keeps its full stop, as a lead lifted from a paragraph does.
        blocks.push(heading(form.form, form.numbering, form.number, form.title, unit.line, form.rest.length > 0 || form.end !== '' ? form.end : null));
        if (form.rest.length > 0) blocks.push(paragraph(form.rest, unit.line));
        break;
      case 'dash-lead':
        blocks.push(heading(form.form, form.numbering, null, form.title, unit.line, form.rest.length > 0 ? form.end : null));
        if (form.rest.length > 0) blocks.push(paragraph(form.rest, unit.line));
        break;
      case 'dash-subhead':
        blocks.push(heading('subhead', null, null, form.title, unit.line));
        break;
      case 'box-title':
        box = { type: 'box', id: '', line: unit.line, number: form.number, numberInferred: false, title: form.title || null, items: [] };
        blocks.push(box);
        break;
      case 'box-item': {
        if (box === null) {
          sink.warn(unit.line, 'box-title-missing', 'box items with no 专栏 title line before them: kept as a box without a title');
          box = { type: 'box', id: '', line: unit.line, number: null, numberInferred: false, title: null, items: [] };
          blocks.push(box);
        }
        const text = closeIdeographSpaces(form.text);
        if (box.items.some((item) => compact(item.text) === compact(text) && item.label === form.label)) {
          sink.warn(unit.line, 'box-item-duplicate', `box item "${form.label ?? text.slice(0, 12)}" repeats an earlier item of the same box`);
        }
        box.items.push({ id: '', line: unit.line, label: form.label, text });
        break;
      }
      case 'table-caption':
        table = { type: 'table', id: '', line: unit.line, number: form.number, caption: form.caption, header: [], rows: [], note: null };
        blocks.push(table);
        break;
      case 'table-row': {
        const cells = form.cells.map(closeIdeographSpaces);
        if (table === null) {
          sink.warn(unit.line, 'table-row-outside-table', 'a tab-separated row with no 表 caption before it: kept as a paragraph');
          blocks.push(paragraph(cells.join(' '), unit.line));
        } else if (table.header.length === 0) table.header = cells;
        else table.rows.push(cells);
        break;
      }
      case 'table-note':
        if (table === null) blocks.push(paragraph(unit.text, unit.line));
        else {
          table.note = unit.text.trim();
          table = null;
        }
        break;
      case 'figure':
        blocks.push({ type: 'figure', id: '', line: unit.line, number: form.number, caption: form.caption });
        break;
      case 'document-number':
        // One the head did not take (it stands in the body): kept as text.
        blocks.push(paragraph(unit.text, unit.line));
        break;
      case 'text': {
        const standalone = layout === 'line-per-paragraph' || !unit.indented;
        if (standalone && isPlainSubhead(unit.text)) {
          if (previous?.type === 'heading' && previous.form === 'chapter' && previous.subtitle === null) {
            previous.subtitle = unit.text.trim();
          } else blocks.push(heading('subhead', null, null, unit.text, unit.line));
        } else blocks.push(paragraph(unit.text, unit.line));
        break;
      }
    }
  }
  for (const block of blocks) {
    if (block.type === 'table' && block.rows.length === 0) sink.warn(block.line, 'table-empty', `表 ${block.number ?? ''} has no rows`);
    if (block.type === 'box' && block.items.length === 0) sink.warn(block.line, 'box-empty', `专栏 ${block.number ?? ''} has no items`);
  }
  return { sourceTitle, head, toc, blocks };
}
