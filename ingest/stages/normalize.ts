// normalize: from printed lines to logical lines. Joins hard-wrapped lines and the halves of
// paragraphs and words cut by page breaks, lifts continuation markers out of the text and drops
// the page numbers a PDF extraction leaves on lines of their own.
import type { ContinuationMarker } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import { endsSentence } from '../text/chars.ts';
import { isPlainSubhead, isStandalone, lineForm } from '../text/lineForms.ts';
import { isPageNumber } from '../text/pageNumbers.ts';

/** A logical line: one paragraph, heading, box item or table row, with the source line it starts on. */
export interface Unit {
  text: string;
  line: number;
  /** Printed with a paragraph indent (two spaces or two ideographic spaces). */
  indented: boolean;
}

export interface NormalizedText {
  layout: Layout;
  /** Number of printed lines in the source. */
  lines: number;
  units: Unit[];
  continuation: ContinuationMarker[];
}

/**
 * `wrapped`: newspaper columns, hard-wrapped every 15–20 characters, paragraphs open with an indent.
 * `line-per-paragraph`: one paragraph a line, with or without blank lines between; page breaks
 * may cut paragraphs.
 */
export type Layout = 'wrapped' | 'line-per-paragraph';

const markerPattern = /[（(]\s*((上接|下转)\s*(第[一二三四五六七八九十\d]+版|封面版?|封底版?))\s*[）)]/gu;
const indentPattern = /^(?: {2,}|\u3000+)/u;

/** Splits a source text into lines, dropping a BOM and CR. */
export function sourceLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
}

/** What the layout guess rests on, reported with it so that a wrong guess can be seen and overridden. */
export interface LayoutEvidence {
  /** Share of printed lines followed directly by another (no blank line between). */
  adjacent: number;
  /** Median length of a printed line, in characters. */
  medianLength: number;
  /** Share of printed lines that end a sentence. */
  sentenceEnds: number;
  /** Share of printed lines within a character of the commonest length: the column width of print. */
  atColumnWidth: number;
  /** Share of printed lines opened by an indent. */
  indented: number;
  /** Of the indented lines, the share that end a sentence on the same line. */
  indentedEnds: number;
}

/** The line statistics the layout is decided from. */
export function layoutEvidence(lines: readonly string[]): LayoutEvidence {
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  let followedByFilled = 0;
  lines.forEach((line, index) => {
    if (line.trim() !== '' && (lines[index + 1] ?? '').trim() !== '') followedByFilled += 1;
  });
  const lengths = filled.map((line) => line.length).sort((a, b) => a - b);
  const ends = filled.filter((line) => endsSentence(line)).length;
  const counts = new Map<number, number>();
  for (const length of lengths) for (let near = length - 1; near <= length + 1; near += 1) counts.set(near, (counts.get(near) ?? 0) + 1);
  const atColumnWidth = Math.max(0, ...counts.values());
  const indentedLines = lines.filter((line) => line.trim() !== '' && indentPattern.test(line));
  return {
    indented: filled.length > 0 ? indentedLines.length / filled.length : 0,
    indentedEnds: indentedLines.length > 0 ? indentedLines.filter((line) => endsSentence(line)).length / indentedLines.length : 0,
    atColumnWidth: filled.length > 0 ? atColumnWidth / filled.length : 0,
    adjacent: filled.length > 0 ? followedByFilled / filled.length : 0,
    medianLength: lengths.length > 0 ? lengths[Math.floor(lengths.length / 2)]! : 0,
    sentenceEnds: filled.length > 0 ? ends / filled.length : 0,
  };
}

/** The widest print column a hard-wrapped text is set in (newspapers 15–20, books up to ~40). */
const maxColumnWidth = 40;

/**
 * Guesses the layout from evidence in the lines. Hard-wrapped print has lines one under
 * another, about as wide as its column, most of them cut mid-sentence. A file saved one
 * paragraph a line (web pages, database exports) also has lines one under another, but long
 * ones, most ending a sentence, of no common width; blank-line separated text has few adjacent
 * lines at all.
 */
export function detectLayout(lines: readonly string[]): Layout {
  const evidence = layoutEvidence(lines);
  // Print shows its column either in the width of its lines or, in a short extract, in its
  // indents: some lines indented, and those open paragraphs that run on to the next line.
  const indentsOpenRunningParagraphs = evidence.indented > 0 && evidence.indented < 0.8 && evidence.indentedEnds < 0.5;
  const wrapped =
    evidence.adjacent > 0.5 && evidence.medianLength <= maxColumnWidth && evidence.sentenceEnds < 0.5 && (evidence.atColumnWidth >= 0.6 || indentsOpenRunningParagraphs);
  return wrapped ? 'wrapped' : 'line-per-paragraph';
}

interface PrintedLine {
  text: string;
  line: number;
  indented: boolean;
  /** A 上接 marker opened this line: what follows starts the excerpt. */
  opensExcerpt: boolean;
  afterBlank: boolean;
}

function liftMarkers(lines: readonly string[], continuation: ContinuationMarker[], sink: DiagnosticSink): PrintedLine[] {
  const printed: PrintedLine[] = [];
  let afterBlank = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    // A page number is no paragraph break: the text on either side may be one paragraph.
    if (isPageNumber(raw)) {
      sink.info(line, 'page-number', `dropped the page number "${raw.trim()}"`);
      return;
    }
    let opensExcerpt = false;
    const indented = indentPattern.test(raw);
    const text = raw.replace(markerPattern, (_match, marker: string, verb: string, page: string) => {
      const direction = verb === '上接' ? 'from' : 'to';
      continuation.push({ text: marker.replace(/\s+/gu, ''), direction, page, line });
      if (direction === 'from') opensExcerpt = true;
      return '';
    });
    if (text.trim() === '') {
      afterBlank = true;
      return;
    }
    // Tabs stay: a leading tab is the empty first cell of a table row.
    const trimmed = text.replace(/^[ \u3000]+|[ \u3000]+$/gu, '');
    printed.push({ text: trimmed, line, indented: indented || opensExcerpt, opensExcerpt, afterBlank });
    afterBlank = false;
  });
  return printed;
}

/** A short line with no sentence punctuation that stands between blank lines: a heading. */
function looksLikeStandaloneHeading(current: PrintedLine, next: PrintedLine | undefined): boolean {
  if (!current.afterBlank) return false;
  const form = lineForm(current.text);
  if (form.form !== 'text') return isStandalone(form) || form.form === 'dash-lead';
  return isPlainSubhead(current.text) && (next === undefined || next.afterBlank || next.indented);
}

/**
 * True when `line` cannot continue the unit so far because that unit is a complete heading:
 * heading lines printed one under another, with no blank line between, are separate headings
 * (a 第X章 or 第X节 line always opens one). A wrapped heading's second line has no heading form
 * of its own, so it still joins.
 */
function endsHeading(current: Unit | null, line: PrintedLine): boolean {
  const form = lineForm(line.text);
  if (form.form === 'book' || form.form === 'volume' || form.form === 'chapter' || form.form === 'section') return true;
  if (current === null || !isStandalone(lineForm(current.text))) return false;
  return form.form !== 'text' || line.afterBlank;
}

function unwrapColumns(printed: readonly PrintedLine[], sink: DiagnosticSink): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  printed.forEach((line, index) => {
    const next = printed[index + 1];
    const startsUnit =
      current === null || line.indented || line.opensExcerpt || looksLikeStandaloneHeading(line, next) || endsHeading(current, line);
    if (startsUnit) {
      current = { text: line.text, line: line.line, indented: line.indented };
      units.push(current);
      // A heading printed alone between blank lines never takes the next line in.
      if (looksLikeStandaloneHeading(line, next) && !line.indented) current = null;
      return;
    }
    if (line.afterBlank) sink.info(line.line, 'page-break-joined', 'joined a paragraph cut by a column or page break');
    current!.text += line.text;
  });
  return units;
}

function joinPageBreaks(printed: readonly PrintedLine[], sink: DiagnosticSink): Unit[] {
  const units: Unit[] = [];
  for (const line of printed) {
    const previous = units[units.length - 1];
    const previousForm = previous ? lineForm(previous.text) : null;
    const form = lineForm(line.text);
    const continues =
      previous !== undefined &&
      previousForm !== null &&
      !line.opensExcerpt &&
      !isStandalone(previousForm) &&
      !isPlainSubhead(previous.text) &&
      !endsSentence(previous.text) &&
      form.form === 'text';
    if (continues) {
      sink.info(line.line, 'page-break-joined', 'joined a paragraph cut by a page break');
      previous.text += line.text;
    } else {
      units.push({ text: line.text, line: line.line, indented: line.indented });
    }
  }
  return units;
}

/** Turns printed lines into logical lines and collects the continuation markers; `declared` (from the manifest) overrides the guess. */
export function normalize(text: string, sink: DiagnosticSink, declared?: Layout): NormalizedText {
  const lines = sourceLines(text);
  const continuation: ContinuationMarker[] = [];
  const printed = liftMarkers(lines, continuation, sink);
  const guessed = detectLayout(lines);
  const layout = declared ?? guessed;
  const evidence = layoutEvidence(lines);
  const basis = `${Math.round(evidence.adjacent * 100)}% of lines directly under another, median line ${evidence.medianLength} characters, ${Math.round(evidence.sentenceEnds * 100)}% ending a sentence, ${Math.round(evidence.atColumnWidth * 100)}% at one width`;
  if (declared === undefined) sink.info(null, 'layout', `read as "${layout}" (${basis}); set "layout" in the manifest entry if that is wrong`);
  else if (declared !== guessed) sink.info(null, 'layout', `read as "${layout}", as the manifest says; the text looks "${guessed}" (${basis})`);
  const units = layout === 'wrapped' ? unwrapColumns(printed, sink) : joinPageBreaks(printed, sink);
  return { layout, lines: lines.length, units, continuation };
}
