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
  /** Its place in the list of the passage's shared wording (ReusePanel numbers them from 1); 0 in the plan, which lists none. */
  index: number;
  /** The id of its first piece: where a link to these words lands (wordsFragment). */
  anchor?: string;
  /** Where it links to: the plan's paragraph at the same words. */
  href?: string;
  /** The id of what says where the link leads (its entry's link in ReusePanel). */
  describedBy?: string;
}

/** The spans of a passage as marks in a text that starts `shift` characters into the passage's text. */
export const reuseMarks = (spans: readonly SpanPlace[], shift = 0): ReuseMark[] =>
  spans.map((span, index) => ({ start: span.start - shift, end: span.end - shift, formulaic: span.formulaic, index: index + 1 }));

/**
 * Cuts `text`, which starts at `offset` of the marked unit, where marks begin and end: each piece
 * with the mark it lies in, or null, and whether it is where that mark begins.
 */
export function cutAtMarks(text: string, offset: number, marks: readonly ReuseMark[]): Array<{ text: string; mark: ReuseMark | null; first: boolean }> {
  if (marks.length === 0) return [{ text, mark: null, first: false }];
  const end = offset + text.length;
  const cuts = new Set<number>([offset, end]);
  for (const mark of marks) for (const at of [mark.start, mark.end]) if (at > offset && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Array<{ text: string; mark: ReuseMark | null; first: boolean }> = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const mark = marks.find((candidate) => candidate.start <= from && candidate.end >= to) ?? null;
    pieces.push({ text: text.slice(from - offset, to - offset), mark, first: mark?.start === from });
  }
  return pieces;
}

/**
 * The id of the link in a passage's list of shared wording (ReusePanel) that says where its mark
 * number `index` leads: the mark's description.
 * @example reuseTargetId('doc/n04/i01/p01', 2) // 'reuse-to-n04/i01/p01-2'
 */
export const reuseTargetId = (passageId: string, index: number): string => `reuse-to-${passageId.slice(passageId.indexOf('/') + 1)}-${index}`;

/** The share of a document's text it shares with the plan, as a percentage with one decimal. */
export const percent = (share: number): string => (share * 100).toFixed(1);
