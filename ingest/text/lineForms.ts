// Recognises what one logical line of a policy text is, from its printed form alone.
import { chineseNumber } from './numerals.ts';
import { contentChars, firstSentence, hasNoClausePunctuation } from './chars.ts';

const numeral = '[一二三四五六七八九十百零〇两\\d]+';

export type LineForm =
  | { form: 'toc' }
  | { form: 'book' | 'volume' | 'chapter' | 'section'; numbering: string; number: number; title: string }
  | { form: 'article'; numbering: string; number: number; rest: string }
  | { form: 'annex'; numbering: string; number: number | null; title: string }
  | { form: 'part' | 'numbered' | 'arabic' | 'paren-arabic' | 'item-lead'; numbering: string; number: number; title: string; end: string; rest: string }
  | { form: 'dash-lead'; numbering: string; title: string; end: string; rest: string }
  | { form: 'dash-subhead'; title: string }
  | { form: 'box-title'; number: number; title: string }
  | { form: 'box-item'; label: string | null; text: string }
  | { form: 'table-caption'; number: number; caption: string }
  | { form: 'table-row'; cells: string[] }
  | { form: 'table-note'; text: string }
  | { form: 'figure'; number: number; caption: string }
  | { form: 'document-number' }
  | { form: 'text' };

/** 发文字号: issuer's code, year in brackets, serial number (国办发〔2024〕3号, 京政发[2023]5号). */
export const documentNumberPattern = /^[\u4e00-\u9fff]{1,12}[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*\d+\s*号$/u;

const divisionForms: Record<string, 'book' | 'volume' | 'chapter' | 'section'> = { 编: 'book', 篇: 'volume', 章: 'chapter', 节: 'section' };

/** Lines that end like this are items of a list (（一）欠缴…的；), not headings. */
const listItemEnd = /(?:[；;，,、]|的)$/u;

/** The longest first sentence still taken as the title of a numbered heading. */
const maxHeadingTitle = 40;

/** Splits "title。rest" into a heading title, the punctuation that ends it and the text after it, or returns null. */
function titleAndRest(text: string): { title: string; end: string; rest: string } | null {
  const sentence = firstSentence(text);
  // A title with no sentence end at all is a title whatever its length (policy titles run long).
  if (sentence === null) return listItemEnd.test(text) ? null : { title: text, end: '', rest: '' };
  if (sentence.length > maxHeadingTitle + 1) return null;
  return { title: sentence.slice(0, -1).trim(), end: sentence.slice(-1), rest: text.slice(sentence.length).trim() };
}

/** Classifies a logical line (a paragraph after unwrapping). */
export function lineForm(line: string): LineForm {
  const text = line.trim();
  if (/^目\s*录$/u.test(text)) return { form: 'toc' };

  let match = new RegExp(`^第(${numeral})(编|篇|章|节)\\s*(.*)$`, 'u').exec(text);
  if (match && match[3]!.length <= 60 && !/[。；]/u.test(match[3]!)) {
    const number = chineseNumber(match[1]!);
    if (number !== null) {
      return {
        form: divisionForms[match[2]!]!,
        numbering: `第${match[1]}${match[2]}`,
        number,
        title: match[3]!.trim(),
      };
    }
  }

  // 国办发〔2024〕3号 stands alone: it never continues the title above it.
  if (documentNumberPattern.test(text)) return { form: 'document-number' };

  // 第一条 为了…: an article of a regulation, its first 款 after the numbering.
  match = new RegExp(`^第(${numeral})条(?:[\\s\u3000]+|$)(.*)$`, 'u').exec(text);
  if (match) {
    const number = chineseNumber(match[1]!);
    if (number !== null) return { form: 'article', numbering: `第${match[1]}条`, number, rest: match[2]!.trim() };
  }

  // 附件 / 附件2 / 附录一 on a line of its own (a title may follow, never a colon: 附件：… lists the annexes).
  match = /^(附件|附录)\s*([一二三四五六七八九十\d]*)\s*([^：:]*)$/u.exec(text);
  if (match && match[3]!.length <= 60 && !/[。；，]/u.test(match[3]!)) {
    return { form: 'annex', numbering: `${match[1]}${match[2]}`, number: match[2] ? chineseNumber(match[2]) : null, title: match[3]!.trim() };
  }

  match = /^专栏\s*(\d+)\s*(.*)$/u.exec(text);
  if (match) return { form: 'box-title', number: Number(match[1]), title: match[2]!.trim() };

  match = /^(?:[-*]\s*)?◆\s*(.*)$/u.exec(text);
  if (match) {
    const labelled = /^\*\*(.+?)\*\*\s*(.*)$/u.exec(match[1]!);
    if (labelled) {
      const label = labelled[1]!.replace(/[：:]$/u, '').trim();
      return { form: 'box-item', label, text: labelled[2]!.replace(/^[：:]/u, '').trim() };
    }
    return { form: 'box-item', label: null, text: match[1]!.trim() };
  }

  if (line.includes('\t')) return { form: 'table-row', cells: line.split('\t').map((cell) => cell.trim()) };

  match = /^表\s*(\d+)\s*(.+)$/u.exec(text);
  if (match && match[2]!.length <= 60 && !/[。，]/u.test(match[2]!)) {
    return { form: 'table-caption', number: Number(match[1]), caption: match[2]!.trim() };
  }

  match = /^图\s*(\d+)\s*(.+)$/u.exec(text);
  if (match && match[2]!.length <= 60 && !/[。，]/u.test(match[2]!)) {
    return { form: 'figure', number: Number(match[1]), caption: match[2]!.trim() };
  }

  if (/^注[：:]/u.test(text)) return { form: 'table-note', text };

  match = /^([一二三四五六七八九十]+)、\s*(.+)$/u.exec(text);
  if (match) {
    const split = titleAndRest(match[2]!);
    if (split) {
      return { form: 'part', numbering: `${match[1]}、`, number: chineseNumber(match[1]!)!, ...split };
    }
  }

  match = /^([（(]\s*([一二三四五六七八九十]+)\s*[）)])\s*(.+)$/u.exec(text);
  if (match) {
    const split = titleAndRest(match[3]!);
    if (split) {
      return { form: 'numbered', numbering: match[1]!.replace(/\s+/gu, ''), number: chineseNumber(match[2]!)!, ...split };
    }
  }

  // 1. / 1． / 1、 below （一）: not a decimal (1.5万亿元), not a year (2025年).
  match = /^(\d{1,2})([.．、])(?!\d)\s*(.+)$/u.exec(text);
  if (match) {
    const split = titleAndRest(match[3]!);
    if (split) return { form: 'arabic', numbering: `${match[1]}${match[2]}`, number: Number(match[1]), ...split };
  }

  // （1） / (1) below 1.
  match = /^([（(]\s*(\d{1,2})\s*[）)])\s*(.+)$/u.exec(text);
  if (match) {
    const split = titleAndRest(match[3]!);
    if (split) return { form: 'paren-arabic', numbering: match[1]!.replace(/\s+/gu, ''), number: Number(match[2]), ...split };
  }

  match = /^([一二三四五六七八九十]+是)(.+)$/u.exec(text);
  if (match) {
    const split = titleAndRest(match[2]!);
    // 一是…。 alone on its line is as much a lead as one with text after it, and so is 二是… with no stop.
    if (split) {
      return { form: 'item-lead', numbering: match[1]!, number: chineseNumber(match[1]!.slice(0, -1))!, ...split };
    }
  }

  match = /^([—－]{2,})\s*(.+)$/u.exec(text);
  if (match) {
    const split = titleAndRest(match[2]!);
    if (split) return { form: 'dash-lead', numbering: match[1]!, ...split };
  }

  match = /^(.{2,40}?)\s*—{2,}$/u.exec(text);
  if (match) return { form: 'dash-subhead', title: match[1]! };

  return { form: 'text' };
}

/** The longest line taken as a plain sub-head when it has no sentence punctuation. */
const maxSubheadLength = 25;

/** A short line without sentence punctuation (坚定不移推进产业体系的现代化): a sub-head when it stands alone. */
export function isPlainSubhead(text: string): boolean {
  const trimmed = text.trim();
  return contentChars(trimmed).length >= 2 && trimmed.length <= maxSubheadLength && hasNoClausePunctuation(trimmed);
}

/** True for lines that stand alone: a page break after them never cuts a sentence. */
export function isStandalone(form: LineForm): boolean {
  switch (form.form) {
    case 'text':
    case 'box-item':
      return false;
    case 'part':
    case 'numbered':
    case 'arabic':
    case 'paren-arabic':
    case 'item-lead':
    case 'dash-lead':
    case 'article':
      return form.rest.length === 0;
    default:
      return true;
  }
}
