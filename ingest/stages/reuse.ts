// reuse: the wording a document shares with the plan it carries out. Every maximal span of at
// least `minLength` characters that a passage of the document and a passage of the plan both
// hold, once white space (print cuts included) is dropped and full-width letters, digits and
// punctuation are folded to their ASCII forms; spans may bridge a small edit (a changed word
// inside a long shared clause). Seeds come from an index of the plan's character shingles, so the
// work grows with the size of the texts, not with the number of passage pairs.
import type { DocumentModel, Passage } from '../model.ts';
import { implementsPlan } from './planChoice.ts';

/** What reuse reads of a passage: its text and where it stands. */
export type ReusePassage = Pick<Passage, 'id' | 'documentId' | 'text' | 'sectionId' | 'chapterId'>;

/** What reuse reads of a document: small enough to hand to a worker thread (see reuseDocument). */
export interface ReuseDocument {
  id: string;
  meta: DocumentModel['meta'];
  passages: readonly ReusePassage[];
}

/** The part of a document's model that reuse reads. */
export const reuseDocument = (document: DocumentModel): ReuseDocument => ({
  id: document.id,
  meta: document.meta,
  passages: document.passages.map(({ id, documentId, text, sectionId, chapterId }) => ({ id, documentId, text, sectionId, chapterId })),
});

export interface ReuseOptions {
  /** The shortest span reported, in folded characters; also the shingle length of the index. */
  minLength: number;
  /** The most characters an edit bridged inside a span may replace on either side. */
  maxEdit: number;
  /** After a bridged edit, the shared run that must follow it (or the edit is not bridged). */
  minResume: number;
  /** A span whose plan words are repeated by at least this many documents is formulaic. */
  formulaicDocuments: number;
  /** Set phrases of official prose (search-config/set-phrases.txt): a span mostly made of one is formulaic. */
  setPhrases: readonly string[];
}

/** Chosen by measurement on bench/reuse-eval.json (npm run bench:reuse -- --sweep). */
export const defaultReuseOptions: ReuseOptions = {
  minLength: 8,
  maxEdit: 5,
  minResume: 3,
  formulaicDocuments: 3,
  setPhrases: [],
};

/** A text with white space dropped and full-width forms folded, and where each character came from. */
export interface Folded {
  text: string;
  /** For each folded character, its offset (UTF-16) in the original text. */
  offsets: number[];
}

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_ASCII = 0xfee0;

const isSpace = (code: number): boolean =>
  code <= 0x20 || code === 0x3000 || code === 0xa0 || code === 0x85 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff;

/** Folds a text for comparison: no white space, full-width ASCII forms (，：（１Ａ) as ASCII. */
export function fold(text: string): Folded {
  let folded = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) continue;
    folded += code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST ? String.fromCharCode(code - FULL_TO_ASCII) : text[index]!;
    offsets.push(index);
  }
  return { text: folded, offsets };
}

/** A bridged edit inside a span: what each text holds there instead of the other's words. */
export interface ReuseEdit {
  text: string;
  planText: string;
}

/** A stretch of wording a passage shares with a passage of the plan. */
export interface ReuseSpan {
  documentId: string;
  passageId: string;
  /** Offsets (UTF-16, end exclusive) in the passage's text as the model holds it. */
  start: number;
  end: number;
  planPassageId: string;
  /** The plan's section (or a chapter's own text before its first section) holding the plan passage. */
  planSectionId: string | null;
  planStart: number;
  planEnd: number;
  /** The span as each text prints it. */
  text: string;
  planText: string;
  /** Folded characters the two texts hold alike (edits left out). */
  shared: number;
  /** Empty for an exact span. */
  edits: ReuseEdit[];
  formulaic: boolean;
  /** Why a span is formulaic: one of the set phrases, or repeated by many documents. */
  formulaicBy: 'set-phrase' | 'documents' | null;
}

export interface ReuseFigures {
  /** Folded characters of all passages. */
  characters: number;
  /** Of those, the characters inside a shared span. */
  reused: number;
  /** Of those, the characters inside a formulaic span. */
  formulaic: number;
  share: number;
  spans: number;
}

export interface SectionReuse {
  /** Folded characters of the section's passages. */
  characters: number;
  /** Plan characters some document repeats. */
  reused: number;
  share: number;
  /** Per document, the plan characters it repeats. */
  byDocument: Record<string, number>;
}

export interface ReuseGraph {
  masterDocumentId: string;
  options: Omit<ReuseOptions, 'setPhrases'> & { setPhrases: number };
  spans: ReuseSpan[];
  documents: Record<string, ReuseFigures>;
  sections: Record<string, SectionReuse>;
}

/** A shared stretch in folded coordinates: district passage [start, end), plan text [planStart, planEnd). */
interface Match {
  start: number;
  end: number;
  planStart: number;
  planEnd: number;
  shared: number;
  edits: Array<{ start: number; end: number; planStart: number; planEnd: number }>;
}

/** A polynomial hash of every run of q characters of a text, by where it starts (mod 2^32). */
function shingleHashes(text: string, q: number): Int32Array {
  const hashes = new Int32Array(Math.max(0, text.length - q + 1));
  if (hashes.length === 0) return hashes;
  const base = 1_000_003;
  let lead = 1;
  for (let i = 1; i < q; i += 1) lead = Math.imul(lead, base);
  let hash = 0;
  for (let i = 0; i < q; i += 1) hash = (Math.imul(hash, base) + text.charCodeAt(i)) | 0;
  hashes[0] = hash;
  for (let at = 1; at < hashes.length; at += 1) {
    hash = (Math.imul(hash - Math.imul(text.charCodeAt(at - 1), lead), base) + text.charCodeAt(at + q - 1)) | 0;
    hashes[at] = hash;
  }
  return hashes;
}

/** The plan's passages folded and laid end to end, with an index of its shingles. */
class PlanIndex {
  readonly text: string;
  /** Where each passage starts in `text`; passages are kept apart by a character no text holds. */
  readonly starts: number[] = [];
  readonly folded: Folded[];
  /** The places of each shingle's hash: a place's shingle is checked against the one asked for. */
  private readonly shingles = new Map<number, number[]>();
  readonly q: number;

  constructor(passages: readonly ReusePassage[], q: number) {
    this.q = q;
    this.folded = passages.map((passage) => fold(passage.text));
    let text = '';
    for (const folded of this.folded) {
      this.starts.push(text.length);
      text += `${folded.text}\u0000`;
    }
    this.text = text;
    for (const [index, folded] of this.folded.entries()) {
      const base = this.starts[index]!;
      shingleHashes(folded.text, q).forEach((hash, at) => {
        const list = this.shingles.get(hash);
        if (list) list.push(base + at);
        else this.shingles.set(hash, [base + at]);
      });
    }
  }

  /** The places whose shingle has this hash: the shingle itself may differ (see holds). */
  positions(hash: number): readonly number[] {
    return this.shingles.get(hash) ?? [];
  }

  /** Whether the plan's text holds the q characters of `text` from `at` at `planAt`. */
  holds(text: string, at: number, planAt: number): boolean {
    for (let i = 0; i < this.q; i += 1) if (text.charCodeAt(at + i) !== this.text.charCodeAt(planAt + i)) return false;
    return true;
  }

  /** The passage holding position `at` of `text`. */
  passageAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Maximal exact matches of at least q characters between one folded passage and the plan. */
function exactMatches(text: string, plan: PlanIndex): Match[] {
  const matches: Match[] = [];
  const q = plan.q;
  const hashes = shingleHashes(text, q);
  for (let at = 0; at < hashes.length; at += 1) {
    for (const planAt of plan.positions(hashes[at]!)) {
      if (!plan.holds(text, at, planAt)) continue;
      // Only where the match begins: a match that could grow to the left was found there.
      if (at > 0 && planAt > 0 && text[at - 1] === plan.text[planAt - 1]) continue;
      let length = q;
      while (at + length < text.length && text[at + length] === plan.text[planAt + length]) length += 1;
      matches.push({ start: at, end: at + length, planStart: planAt, planEnd: planAt + length, shared: length, edits: [] });
    }
  }
  return matches;
}

/** The length of the run the two texts share going forward from (a, b), or backward when step is -1. */
function run(text: string, a: number, plan: string, b: number, step: 1 | -1, limitA: number, limitB: number): number {
  let length = 0;
  while (true) {
    const i = step === 1 ? a + length : a - 1 - length;
    const j = step === 1 ? b + length : b - 1 - length;
    if (step === 1 ? i >= limitA || j >= limitB : i < limitA || j < limitB) return length;
    if (text[i] !== plan[j] || plan[j] === '\u0000') return length;
    length += 1;
  }
}

/**
 * Grows a match across small edits at either end: skips up to maxEdit characters on each side
 * and takes the skip after which the longest shared run follows, if it reaches minResume.
 */
function bridge(match: Match, text: string, plan: PlanIndex, bounds: { start: number; end: number }, options: ReuseOptions): Match {
  const grown: Match = { ...match, edits: [...match.edits] };
  for (const step of [1, -1] as const) {
    while (true) {
      let best: { skip: number; planSkip: number; length: number } | null = null;
      for (let skip = 0; skip <= options.maxEdit; skip += 1) {
        for (let planSkip = 0; planSkip <= options.maxEdit; planSkip += 1) {
          if (skip === 0 && planSkip === 0) continue;
          const a = step === 1 ? grown.end + skip : grown.start - skip;
          const b = step === 1 ? grown.planEnd + planSkip : grown.planStart - planSkip;
          if (step === 1 ? a > text.length || b > bounds.end : a < 0 || b < bounds.start) continue;
          // The skipped plan text may not run into another passage.
          const skipped = step === 1 ? plan.text.slice(grown.planEnd, b) : plan.text.slice(b, grown.planStart);
          if (skipped.includes('\u0000')) continue;
          const length = run(text, a, plan.text, b, step, step === 1 ? text.length : 0, step === 1 ? bounds.end : bounds.start);
          if (length >= options.minResume && (!best || length > best.length || (length === best.length && skip + planSkip < best.skip + best.planSkip))) {
            best = { skip, planSkip, length };
          }
        }
      }
      if (!best) break;
      if (step === 1) {
        grown.edits.push({ start: grown.end, end: grown.end + best.skip, planStart: grown.planEnd, planEnd: grown.planEnd + best.planSkip });
        grown.end += best.skip + best.length;
        grown.planEnd += best.planSkip + best.length;
      } else {
        grown.edits.unshift({ start: grown.start - best.skip, end: grown.start, planStart: grown.planStart - best.planSkip, planEnd: grown.planStart });
        grown.start -= best.skip + best.length;
        grown.planStart -= best.planSkip + best.length;
      }
      grown.shared += best.length;
    }
  }
  return grown;
}

/** Joins matches on the same plan passage whose gap is a small edit on both sides. */
function chain(matches: Match[], options: ReuseOptions): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.planStart - b.planStart);
  const used = new Set<Match>();
  const chained: Match[] = [];
  for (const first of sorted) {
    if (used.has(first)) continue;
    used.add(first);
    const current: Match = { ...first, edits: [...first.edits] };
    for (const next of sorted) {
      if (used.has(next) || next.start < current.end || next.planStart < current.planEnd) continue;
      const gap = next.start - current.end;
      const planGap = next.planStart - current.planEnd;
      if (gap > options.maxEdit || planGap > options.maxEdit) continue;
      used.add(next);
      current.edits.push({ start: current.end, end: next.start, planStart: current.planEnd, planEnd: next.planStart }, ...next.edits);
      current.end = next.end;
      current.planEnd = next.planEnd;
      current.shared += next.shared;
    }
    chained.push(current);
  }
  return chained;
}

/** Keeps, longest first, the matches that do not overlap in the passage; an exact one is cut to what is left free. */
function select(matches: Match[]): Match[] {
  const kept: Match[] = [];
  const free = (start: number, end: number): Array<[number, number]> => {
    let pieces: Array<[number, number]> = [[start, end]];
    for (const other of kept) {
      pieces = pieces.flatMap(([a, b]): Array<[number, number]> => {
        if (other.end <= a || other.start >= b) return [[a, b]];
        return [[a, Math.min(b, other.start)] as [number, number], [Math.max(a, other.end), b] as [number, number]].filter(([x, y]) => y > x);
      });
    }
    return pieces;
  };
  const ordered = [...matches].sort((a, b) => b.shared - a.shared || a.start - b.start || a.planStart - b.planStart);
  for (const match of ordered) {
    const pieces = free(match.start, match.end);
    if (pieces.length === 1 && pieces[0]![0] === match.start && pieces[0]![1] === match.end) {
      kept.push(match);
      continue;
    }
    if (match.edits.length > 0) continue;
    // What is left of a maximal exact match stays, however short: its words are still the plan's,
    // and a span of at least minLength already holds the rest of it.
    for (const [start, end] of pieces) {
      const planStart = match.planStart + (start - match.start);
      kept.push({ start, end, planStart, planEnd: planStart + (end - start), shared: end - start, edits: [] });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when a set phrase makes up at least half of the span (in either text). */
function madeOfSetPhrase(texts: readonly string[], setPhrases: readonly string[]): boolean {
  return setPhrases.some((phrase) => texts.some((text) => text.length <= phrase.length * 2 && text.includes(phrase)));
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** How many documents repeat each character of the plan, and what each document repeats of each plan passage. */
interface RepeatedCharacters {
  /** Per position of the plan's text, the documents that repeat it. */
  documents: Uint32Array;
  /**
   * Per plan passage, per document, the characters it repeats, the documents in the order in
   * which they first repeat a character of the passage (the earlier document first at a tie).
   */
  byPassage: Array<Map<string, number>>;
}

/**
 * Counts, document by document, the plan characters the spans found cover: `found` lists each
 * document's spans together. Counts, not sets of document ids per character, which at a
 * hundred times the corpus held hundreds of megabytes.
 */
function repeatedPlanCharacters(plan: PlanIndex, found: ReadonlyArray<{ match: Match; passage: ReusePassage; planIndex: number }>): RepeatedCharacters {
  const documents = new Uint32Array(plan.text.length);
  const firsts = plan.folded.map(() => [] as Array<{ id: string; first: number; order: number; count: number }>);
  const covered = new Uint8Array(plan.text.length);
  let touched: Array<[number, number]> = [];
  let order = 0;
  const flush = (id: string) => {
    const byPassage = new Map<number, { id: string; first: number; order: number; count: number }>();
    for (const [at, planIndex] of touched) {
      covered[at] = 0;
      documents[at]! += 1;
      const entry = byPassage.get(planIndex);
      if (entry) {
        entry.count += 1;
        entry.first = Math.min(entry.first, at);
      } else byPassage.set(planIndex, { id, first: at, order, count: 1 });
    }
    for (const [planIndex, entry] of byPassage) firsts[planIndex]!.push(entry);
    touched = [];
    order += 1;
  };
  let current: string | null = null;
  for (const { match, passage, planIndex } of found) {
    if (passage.documentId !== current) {
      if (current !== null) flush(current);
      current = passage.documentId;
    }
    for (let at = match.planStart; at < match.planEnd; at += 1) {
      if (covered[at]) continue;
      covered[at] = 1;
      touched.push([at, planIndex]);
    }
  }
  if (current !== null) flush(current);
  const byPassage = firsts.map((entries) => new Map(entries.sort((a, b) => a.first - b.first || a.order - b.order).map((entry) => [entry.id, entry.count])));
  return { documents, byPassage };
}

/** The spans every other document shares with `master`, and how much of each side they cover. */
export function findReuse(documents: readonly ReuseDocument[], master: ReuseDocument, options: ReuseOptions = defaultReuseOptions): ReuseGraph {
  if (options.minLength < 2) throw new Error(`reuse: minLength must be at least 2 (got ${options.minLength})`);
  const plan = new PlanIndex(master.passages, options.minLength);
  const setPhrases = options.setPhrases.map((phrase) => fold(phrase).text).filter((phrase) => phrase.length > 0);
  const found: Array<{ match: Match; passage: ReusePassage; folded: Folded; planIndex: number }> = [];
  const figures: Record<string, ReuseFigures> = {};
  for (const document of documents) {
    // Only the documents that carry out this plan are paired with it (the link stage's rule).
    if (!implementsPlan(document.meta, master.meta)) continue;
    let characters = 0;
    let reused = 0;
    let spans = 0;
    for (const passage of document.passages) {
      const folded = fold(passage.text);
      characters += folded.text.length;
      const byPlanPassage = new Map<number, Match[]>();
      for (const match of exactMatches(folded.text, plan)) {
        const index = plan.passageAt(match.planStart);
        byPlanPassage.set(index, [...(byPlanPassage.get(index) ?? []), match]);
      }
      const candidates: Array<Match & { planIndex: number }> = [];
      for (const [index, matches] of byPlanPassage) {
        const bounds = { start: plan.starts[index]!, end: plan.starts[index]! + plan.folded[index]!.text.length };
        for (const match of chain(matches, options)) candidates.push({ ...bridge(match, folded.text, plan, bounds, options), planIndex: index });
      }
      const planOf = new Map(candidates.map((candidate) => [`${candidate.start}:${candidate.planStart}`, candidate.planIndex]));
      for (const match of select(candidates)) {
        const planIndex = planOf.get(`${match.start}:${match.planStart}`) ?? plan.passageAt(match.planStart);
        found.push({ match, passage, folded, planIndex });
        reused += match.end - match.start;
        spans += 1;
      }
    }
    figures[document.id] = { characters, reused, formulaic: 0, share: characters === 0 ? 0 : round(reused / characters), spans };
  }

  // How many documents repeat each plan character: words many documents take are the formula.
  const repeated = repeatedPlanCharacters(plan, found);

  const spans: ReuseSpan[] = found.map(({ match, passage, folded, planIndex }) => {
    const planPassage = master.passages[planIndex]!;
    const planFolded = plan.folded[planIndex]!;
    const base = plan.starts[planIndex]!;
    const planStart = planFolded.offsets[match.planStart - base]!;
    const planEnd = planFolded.offsets[match.planEnd - 1 - base]! + 1;
    const start = folded.offsets[match.start]!;
    const end = folded.offsets[match.end - 1]! + 1;
    const foldedTexts = [folded.text.slice(match.start, match.end), plan.text.slice(match.planStart, match.planEnd)];
    let widely = 0;
    for (let at = match.planStart; at < match.planEnd; at += 1) if (repeated.documents[at]! >= options.formulaicDocuments) widely += 1;
    const widelyRepeated = widely * 2 >= match.planEnd - match.planStart;
    const formulaicBy = madeOfSetPhrase(foldedTexts, setPhrases) ? 'set-phrase' : widelyRepeated ? 'documents' : null;
    return {
      documentId: passage.documentId,
      passageId: passage.id,
      start,
      end,
      planPassageId: planPassage.id,
      planSectionId: planPassage.sectionId ?? planPassage.chapterId,
      planStart,
      planEnd,
      text: passage.text.slice(start, end),
      planText: planPassage.text.slice(planStart, planEnd),
      shared: match.shared,
      edits: match.edits.map((edit) => ({
        text: folded.text.slice(edit.start, edit.end),
        planText: plan.text.slice(edit.planStart, edit.planEnd),
      })),
      formulaic: formulaicBy !== null,
      formulaicBy,
    };
  });
  for (const span of spans) if (span.formulaic) figures[span.documentId]!.formulaic += fold(span.text).text.length;

  const sections: Record<string, SectionReuse> = {};
  master.passages.forEach((passage, index) => {
    const sectionId = passage.sectionId ?? passage.chapterId;
    if (sectionId === null) return;
    const section = (sections[sectionId] ??= { characters: 0, reused: 0, share: 0, byDocument: {} });
    section.characters += plan.folded[index]!.text.length;
    const base = plan.starts[index]!;
    for (let at = base; at < base + plan.folded[index]!.text.length; at += 1) if (repeated.documents[at]! > 0) section.reused += 1;
    const byDocument = repeated.byPassage[index]!;
    for (const [id, count] of byDocument) section.byDocument[id] = (section.byDocument[id] ?? 0) + count;
  });
  for (const section of Object.values(sections)) section.share = section.characters === 0 ? 0 : round(section.reused / section.characters);

  const { setPhrases: phrases, ...rest } = options;
  return { masterDocumentId: master.id, options: { ...rest, setPhrases: phrases.length }, spans, documents: figures, sections };
}
