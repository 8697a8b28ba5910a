// Shared-wording marks cut to the piece of text a component prints; no content collections here,
// so the unit tests can load it.

/** A span of shared wording as build/xref/reuse.json holds it (the fields the marks need). */
interface SpanPlace {
  start: number;
  end: number;
  formulaic: boolean;
}

/** A stretch of shared wording in the coordinates of the text a component prints. */
export interface ReuseMark {
  start: number;
  end: number;
  formulaic: boolean;
  /** Its place in the list of the passage's shared wording (ReusePanel numbers them from 1). */
  index: number;
}

/** The spans of a passage as marks in a text that starts `shift` characters into the passage's text. */
export const reuseMarks = (spans: readonly SpanPlace[], shift = 0): ReuseMark[] =>
  spans.map((span, index) => ({ start: span.start - shift, end: span.end - shift, formulaic: span.formulaic, index: index + 1 }));

/**
 * Cuts `text`, which starts at `offset` of the marked unit, where marks begin and end: each piece
 * with the mark it lies in, or null.
 */
export function cutAtMarks(text: string, offset: number, marks: readonly ReuseMark[]): Array<{ text: string; mark: ReuseMark | null }> {
  if (marks.length === 0) return [{ text, mark: null }];
  const end = offset + text.length;
  const cuts = new Set<number>([offset, end]);
  for (const mark of marks) for (const at of [mark.start, mark.end]) if (at > offset && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Array<{ text: string; mark: ReuseMark | null }> = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i]!, points[i + 1]!];
    pieces.push({ text: text.slice(from - offset, to - offset), mark: marks.find((mark) => mark.start <= from && mark.end >= to) ?? null });
  }
  return pieces;
}

/** The share of a document's text it shares with the plan, as a percentage with one decimal. */
export const percent = (share: number): string => (share * 100).toFixed(1);
