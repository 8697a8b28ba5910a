// The phrases the documents share with the master plan, one entry per phrase however many
// documents repeat it (build/xref/phrases.json): for a researcher tracing how a formula spreads.
// A phrase is a stretch of the plan's words that one document or more repeat, overlapping
// repeats of one plan passage joined; stretches that read alike (after folding) are one phrase
// with several places in the plan.
import { createHash } from 'node:crypto';
import { fold, type ReuseSpan } from '../stages/reuse.ts';
import type { CorpusReuse } from '../stages/planGraphs.ts';

type PlanSpan = CorpusReuse['spans'][number];

/** Where a phrase stands in a passage: offsets (UTF-16, end exclusive) in the passage's text. */
export interface PhrasePlace {
  documentId: string;
  passageId: string;
  start: number;
  end: number;
  /** The words as that passage prints them. */
  text: string;
}

/** A document's repeat of a phrase, and the plan's words it repeats. */
export interface PhraseOccurrence extends PhrasePlace {
  planPassageId: string;
  planStart: number;
  planEnd: number;
  /** False where the repeat bridges an edit (a changed word). */
  exact: boolean;
  formulaic: boolean;
}

export interface SharedPhrase {
  /** The first 8 hex digits of the SHA-256 of the folded phrase: stable while the words are. */
  id: string;
  /** The plan's words, as its first place prints them, not opening on a stop nor closing on a pause. */
  text: string;
  /** Characters without white space. */
  length: number;
  /** Every repeat of it is formulaic (a set phrase, or repeated by many documents). */
  formulaic: boolean;
  formulaicBy: 'set-phrase' | 'documents' | null;
  /** The master plan(s) holding it first, then the documents repeating it, in corpus order. */
  documents: string[];
  /** Its places in the plan, in reading order. */
  plan: PhrasePlace[];
  /** The other documents' repeats, in reading order. */
  occurrences: PhraseOccurrence[];
}

/** A plan passage's stretch of repeated words, with the spans that fall in it. */
interface Stretch {
  passageId: string;
  start: number;
  end: number;
  spans: PlanSpan[];
}

/** The stretches of every plan passage: overlapping plan ranges of the spans joined. */
function planStretches(spans: readonly PlanSpan[]): Stretch[] {
  const byPassage = new Map<string, PlanSpan[]>();
  for (const span of spans) byPassage.set(span.planPassageId, [...(byPassage.get(span.planPassageId) ?? []), span]);
  const stretches: Stretch[] = [];
  for (const [passageId, own] of byPassage) {
    const sorted = [...own].sort((a, b) => a.planStart - b.planStart || b.planEnd - a.planEnd);
    let current: Stretch | null = null;
    for (const span of sorted) {
      if (current && span.planStart < current.end) {
        current.end = Math.max(current.end, span.planEnd);
        current.spans.push(span);
      } else {
        current = { passageId, start: span.planStart, end: span.planEnd, spans: [span] };
        stretches.push(current);
      }
    }
  }
  return stretches;
}

/**
 * The stretch of the plan's repeated words that holds a span's plan words: where a link from the
 * span lands. Its start names the plan's mark (see wordsFragment in ingest/address.ts).
 */
export function stretchOf(span: Pick<ReuseSpan, 'planPassageId' | 'planStart'>, stretches: ReadonlyArray<Pick<Stretch, 'passageId' | 'start' | 'end'>>): { passageId: string; start: number; end: number } | undefined {
  return stretches.find((stretch) => stretch.passageId === span.planPassageId && stretch.start <= span.planStart && span.planStart < stretch.end);
}

/** The phrase as a reader lists it: not opening on a stop, nor closing on a pause (，打造… / …功能，); a closing 。 stays. */
const trimStops = (text: string): string => text.replace(/^[\s，。；：、！？,.;:!?]+|[\s，；：、,;:]+$/gu, '') || text;

const phraseId = (folded: string): string => createHash('sha256').update(folded).digest('hex').slice(0, 8);

/**
 * Every phrase of the graph, longest first (then by plan order). `planTexts` gives each plan
 * passage's text by id (of every plan), in reading order; `order` the corpus order of the documents.
 */
export function sharedPhrases(graph: Pick<CorpusReuse, 'spans'>, planTexts: ReadonlyMap<string, string>, order: readonly string[]): SharedPhrase[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const planOrder = new Map([...planTexts.keys()].map((id, index) => [id, index]));
  const inPlanOrder = planStretches(graph.spans).sort((a, b) => (planOrder.get(a.passageId) ?? 0) - (planOrder.get(b.passageId) ?? 0) || a.start - b.start);
  const byText = new Map<string, { stretches: Stretch[]; index: number }>();
  inPlanOrder.forEach((stretch, index) => {
    const folded = fold((planTexts.get(stretch.passageId) ?? '').slice(stretch.start, stretch.end)).text;
    const entry = byText.get(folded) ?? { stretches: [], index };
    entry.stretches.push(stretch);
    byText.set(folded, entry);
  });
  const phrases = [...byText].map(([folded, { stretches, index }]) => {
    const spans = stretches.flatMap((stretch) => stretch.spans).sort((a, b) => (rank.get(a.documentId) ?? 0) - (rank.get(b.documentId) ?? 0) || a.passageId.localeCompare(b.passageId) || a.start - b.start);
    const formulaic = spans.every((span) => span.formulaic);
    const phrase: SharedPhrase = {
      id: phraseId(folded),
      text: trimStops((planTexts.get(stretches[0]!.passageId) ?? '').slice(stretches[0]!.start, stretches[0]!.end)),
      length: folded.length,
      formulaic,
      formulaicBy: formulaic ? (spans.some((span) => span.formulaicBy === 'set-phrase') ? 'set-phrase' : 'documents') : null,
      documents: [...new Set([...stretches.map((stretch) => stretch.spans[0]!.planDocumentId), ...spans.map((span) => span.documentId)])],
      plan: stretches.map((stretch) => ({ documentId: stretch.spans[0]!.planDocumentId, passageId: stretch.passageId, start: stretch.start, end: stretch.end, text: (planTexts.get(stretch.passageId) ?? '').slice(stretch.start, stretch.end) })),
      occurrences: spans.map((span) => ({
        documentId: span.documentId,
        passageId: span.passageId,
        start: span.start,
        end: span.end,
        text: span.text,
        planPassageId: span.planPassageId,
        planStart: span.planStart,
        planEnd: span.planEnd,
        exact: span.edits.length === 0,
        formulaic: span.formulaic,
      })),
    };
    return { phrase, index };
  });
  return phrases.sort((a, b) => b.phrase.length - a.phrase.length || a.index - b.index).map(({ phrase }) => phrase);
}
