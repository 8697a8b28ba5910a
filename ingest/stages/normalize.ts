// normalize: from printed lines to logical lines. Joins hard-wrapped lines and the halves of
// paragraphs and words cut by page breaks, and lifts continuation markers out of the text.
import type { ContinuationMarker } from '../model.ts';
import type { DiagnosticSink } from '../diagnostics.ts';
import { endsSentence } from '../text/chars.ts';
import { isPlainSubhead, isStandalone, lineForm } from '../text/lineForms.ts';

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
 * `line-per-paragraph`: one paragraph a line, blank lines between, page breaks cut paragraphs.
 */
export type Layout = 'wrapped' | 'line-per-paragraph';

const markerPattern = /[（(]\s*((上接|下转)\s*(第[一二三四五六七八九十\d]+版|封面版?|封底版?))\s*[）)]/gu;
const indentPattern = /^(?: {2,}|\u3000+)/u;

/** Splits a source text into lines, dropping a BOM and CR. */
export function sourceLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
}

/** Guesses the layout from how often a printed line is followed directly by another. */
export function detectLayout(lines: readonly string[]): Layout {
  let filled = 0;
  let followedByFilled = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    filled += 1;
    if ((lines[index + 1] ?? '').trim() !== '') followedByFilled += 1;
  });
  return filled > 0 && followedByFilled / filled > 0.5 ? 'wrapped' : 'line-per-paragraph';
}

interface PrintedLine {
  text: string;
  line: number;
  indented: boolean;
  /** A 上接 marker opened this line: what follows starts the excerpt. */
  opensExcerpt: boolean;
  afterBlank: boolean;
}

function liftMarkers(lines: readonly string[], continuation: ContinuationMarker[]): PrintedLine[] {
  const printed: PrintedLine[] = [];
  let afterBlank = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
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
  if (form.form === 'chapter' || form.form === 'section') return true;
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

/** Turns printed lines into logical lines and collects the continuation markers. */
export function normalize(text: string, sink: DiagnosticSink): NormalizedText {
  const lines = sourceLines(text);
  const continuation: ContinuationMarker[] = [];
  const printed = liftMarkers(lines, continuation);
  const layout = detectLayout(lines);
  const units = layout === 'wrapped' ? unwrapColumns(printed, sink) : joinPageBreaks(printed, sink);
  return { layout, lines: lines.length, units, continuation };
}
