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
  /** Where the link leads, named at the end of its label (the plan section's numbering). */
  leadsTo?: string;
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

/** The share of a document's text it shares with the plan, as a percentage with one decimal. */
export const percent = (share: number): string => (share * 100).toFixed(1);

/** A stretch of printed text the marks group: a glossary term or shared term, which they never cut (atomic), or plain text, which they may. */
export interface MarkedAtom {
  start: number;
  end: number;
  atomic: boolean;
}

/** Atoms wholly inside one mark (drawn as one element), or outside any; and the marks that end in it. */
export interface MarkSegment<A extends MarkedAtom> {
  mark: ReuseMark | null;
  /** Whether the mark begins here: its first element carries its anchor. */
  first: boolean;
  atoms: A[];
  /** The marks whose last character lies in this segment: each is followed by its link. */
  ending: ReuseMark[];
}

/**
 * Groups a text's atoms (in order, in unit offsets) into segments by the marks (disjoint), so that
 * a mark is one element around the terms it holds instead of a piece between every two terms.
 * Plain atoms are cut at mark edges (`split(atom, at)` gives the two halves); an atomic one that a
 * mark edge cuts lies outside any mark, and draws its share of the mark inside itself (cutAtMarks).
 */
export function markSegments<A extends MarkedAtom>(atoms: readonly A[], marks: readonly ReuseMark[], split: (atom: A, at: number) => [A, A]): Array<MarkSegment<A>> {
  const pieces: A[] = [];
  for (const atom of atoms) {
    let rest = atom;
    if (!atom.atomic) {
      for (const at of marks.flatMap((mark) => [mark.start, mark.end]).filter((at) => at > atom.start && at < atom.end).sort((a, b) => a - b)) {
        const [head, tail] = split(rest, at);
        pieces.push(head);
        rest = tail;
      }
    }
    pieces.push(rest);
  }
  const segments: Array<MarkSegment<A>> = [];
  for (const piece of pieces) {
    const mark = marks.find((candidate) => candidate.start <= piece.start && candidate.end >= piece.end) ?? null;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.atoms.push(piece);
    else segments.push({ mark, first: mark?.start === piece.start, atoms: [piece], ending: [] });
  }
  for (const segment of segments) {
    const [start, end] = [segment.atoms[0]!.start, segment.atoms.at(-1)!.end];
    segment.ending = marks.filter((mark) => mark.end > start && mark.end <= end);
  }
  return segments;
}
