// link: for every passage of the other documents, the master plan's sections (and the best
// paragraphs inside them) it carries out, by BM25 over jieba terms with corpus statistics;
// and the reverse, for every master-plan section, the passages that link to it.
import { implementsPlan } from './planChoice.ts';
import type { DocumentModel, HeadingBlock, Passage } from '../model.ts';
import { contentTerms } from '../text/contentTerms.ts';
import { best, byText } from '../best.ts';

export interface LinkedParagraph {
  passageId: string;
  score: number;
  sharedTerms: string[];
}

export interface LinkTarget {
  /** A 第X节 section, or a chapter's own text before its first section. */
  sectionId: string;
  score: number;
  /** Characters of the passage that quote the section word for word (set phrases left out; see reuse). */
  quoted: number;
  /** Terms both texts hold, those that add most to the score first. */
  sharedTerms: string[];
  paragraphs: LinkedParagraph[];
}

export interface PassageLinks {
  passageId: string;
  documentId: string;
  targets: LinkTarget[];
}

export interface SectionBacklink {
  passageId: string;
  documentId: string;
  score: number;
}

export interface XrefGraph {
  masterDocumentId: string;
  /** The lowest score a link must reach. */
  minScore: number;
  sections: Array<{ id: string; chapterId: string; numbering: string; title: string; titleEn: string | null }>;
  links: PassageLinks[];
  /** Per master-plan section id, the passages that link to it, best first. */
  carriedOutIn: Record<string, SectionBacklink[]>;
}

export interface LinkOptions {
  /** Weight of a term in a section's headings against one in its text ("heading words weigh more"). */
  headingWeight: number;
  /** Weight, in the query, of a term of the passage's own nearest heading that its text lacks. */
  queryHeadingWeight: number;

  minScore: number;
  maxTargets: number;
  /** A target must score at least this share of the best target's score. */
  minShareOfBest: number;
  maxParagraphs: number;
  k1: number;
  b: number;
  /** Score added per character the passage quotes from a section. */
  quoteWeight: number;
  /**
   * The shortest shared span that counts as quoting a section (shorter ones are mostly common
   * clauses); a section the passage quotes is among its links, whatever its rank.
   */
  minQuote: number;
}

/** A span of wording a passage shares with a plan section (the reuse stage's spans). */
export interface Quotation {
  passageId: string;
  planSectionId: string | null;
  shared: number;
  formulaic: boolean;
}

/** Per passage, per plan section, the characters it quotes in spans of at least minQuote, set phrases left out. */
function quotedCharacters(quotations: readonly Quotation[], minQuote: number): Map<string, Map<string, number>> {
  const quoted = new Map<string, Map<string, number>>();
  for (const span of quotations) {
    if (span.formulaic || span.planSectionId === null || span.shared < minQuote) continue;
    const bySection = quoted.get(span.passageId) ?? new Map<string, number>();
    bySection.set(span.planSectionId, (bySection.get(span.planSectionId) ?? 0) + span.shared);
    quoted.set(span.passageId, bySection);
  }
  return quoted;
}

/** Chosen by measurement on bench/xref-eval.json (see npm run bench:xref). */
export const defaultLinkOptions: LinkOptions = {
  headingWeight: 3,
  queryHeadingWeight: 1,
  minScore: 6,
  maxTargets: 3,
  minShareOfBest: 0.5,
  maxParagraphs: 2,
  k1: 1.2,
  b: 1,
  quoteWeight: 1,
  minQuote: 12,
};

/** A bag of terms with counts. */
type Bag = Map<string, number>;

function bag(terms: readonly string[], weight = 1, into: Bag = new Map()): Bag {
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + weight);
  return into;
}

const size = (counts: Bag): number => [...counts.values()].reduce((total, count) => total + count, 0);

/** A term's inverse document frequency, and the bags that hold it with how often, side by side. */
interface Posting {
  idf: number;
  bags: Int32Array;
  counts: Float64Array;
}

/** BM25 over a fixed set of bags. */
export class Bm25 {
  private readonly bags: readonly Bag[];
  private readonly k1: number;
  /** Per bag, the length normalisation k1·(1 − b + b·length/average). */
  private readonly norms: Float64Array;
  /** Per term, the bags that hold it and how often: scoring a query visits only these. */
  private readonly postings = new Map<string, Posting>();

  constructor(bags: readonly Bag[], k1: number, b: number) {
    this.bags = bags;
    this.k1 = k1;
    const lists = new Map<string, Array<[number, number]>>();
    bags.forEach((counts, index) => {
      for (const [term, tf] of counts) {
        const list = lists.get(term) ?? [];
        list.push([index, tf]);
        lists.set(term, list);
      }
    });
    for (const [term, list] of lists) {
      this.postings.set(term, {
        idf: Math.log(1 + (bags.length - list.length + 0.5) / (list.length + 0.5)),
        bags: Int32Array.from(list, ([index]) => index),
        counts: Float64Array.from(list, ([, tf]) => tf),
      });
    }
    const averageLength = bags.reduce((total, counts) => total + size(counts), 0) / Math.max(bags.length, 1);
    this.norms = Float64Array.from(bags, (counts) => k1 * (1 - b + (b * size(counts)) / averageLength));
  }

  /** The score of every bag for a query (distinct terms with their weights). */
  scoreAll(query: ReadonlyMap<string, number>): Float64Array {
    const scores = new Float64Array(this.bags.length);
    const norms = this.norms;
    const saturation = this.k1 + 1;
    for (const [term, queryWeight] of query) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const { idf, bags, counts } = posting;
      for (let at = 0; at < bags.length; at += 1) {
        const index = bags[at]!;
        const tf = counts[at]!;
        scores[index]! += queryWeight * idf * ((tf * saturation) / (tf + norms[index]!));
      }
    }
    return scores;
  }

  /** The inverse document frequency of a term, 0 for a term no bag holds. */
  weight(term: string): number {
    return this.postings.get(term)?.idf ?? 0;
  }

  /** The terms of a query (distinct terms with their weights) that bag `index` holds, those that add most to its score first, at most `limit`. */
  sharedTerms(query: ReadonlyMap<string, number>, index: number, limit: number): string[] {
    const counts = this.bags[index]!;
    const norm = this.norms[index]!;
    const shared: Array<[string, number]> = [];
    for (const [term, queryWeight] of query) {
      const tf = counts.get(term);
      if (tf) shared.push([term, queryWeight * this.weight(term) * ((tf * (this.k1 + 1)) / (tf + norm))]);
    }
    return best(shared, limit, byContribution).map(([term]) => term);
  }
}

const byScoreThenId = (a: { passageId: string; score: number }, b: { passageId: string; score: number }): number => b.score - a.score || byText(a.passageId, b.passageId);
const byContribution = (a: [string, number], b: [string, number]): number => b[1] - a[1] || byText(a[0], b[0]);

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The shared terms a link names, best first. */
const sharedTermsShown = 8;

interface SectionUnit {
  heading: HeadingBlock;
  chapter: HeadingBlock;
  passages: Passage[];
}

/** The units a passage can link to: each section, and each chapter's text before its first section. */
function sectionUnits(master: DocumentModel): SectionUnit[] {
  const units = new Map<string, SectionUnit>();
  const headings = new Map(master.blocks.flatMap((block) => (block.type === 'heading' ? [[block.id, block] as const] : [])));
  for (const passage of master.passages) {
    const unitId = passage.sectionId ?? passage.chapterId;
    if (unitId === null || passage.chapterId === null) continue;
    const unit = units.get(unitId) ?? { heading: headings.get(unitId)!, chapter: headings.get(passage.chapterId)!, passages: [] };
    unit.passages.push(passage);
    units.set(unitId, unit);
  }
  return [...units.values()];
}

/** The text of a heading as printed, title and subtitle. */
const headingText = (heading: HeadingBlock): string => [heading.title, heading.subtitle].filter(Boolean).join(' ');

/** A section a passage may link to, with its BM25 score over the shared terms and the characters it quotes. */
interface Candidate<Unit> {
  unit: Unit;
  index: number;
  terms: number;
  quoted: number;
  score: number;
}

/**
 * The sections a passage links to, best first. A passage quoting a section is evidence beside the
 * shared terms: each quoted character adds to that section's score, so that the section the words
 * come from ranks first. The cut-offs (minScore, minShareOfBest) hold the terms' scores alone: a
 * quotation speaks for its own section, not against the others (a passage that quotes one section
 * may carry out two). A section the passage quotes is linked even below the cut-offs, in the
 * order of the scores with the quotations added.
 */
export function chooseSections<Unit extends { heading: { id: string } }>(units: readonly Unit[], termScores: ArrayLike<number>, quoted: ReadonlyMap<string, number>, options: LinkOptions): Array<Candidate<Unit>> {
  const byScore = (a: Candidate<Unit>, b: Candidate<Unit>) => b.score - a.score || byText(a.unit.heading.id, b.unit.heading.id);
  let bestTerms = 0;
  for (let index = 0; index < units.length; index += 1) bestTerms = Math.max(bestTerms, termScores[index]!);
  const passes = (terms: number) => terms >= options.minScore && terms >= bestTerms * options.minShareOfBest;
  // Only the sections that pass the cut-offs or are quoted can be linked: only they are ranked.
  const ranked: Array<Candidate<Unit>> = [];
  units.forEach((unit, index) => {
    const terms = termScores[index]!;
    const chars = quoted.size > 0 ? (quoted.get(unit.heading.id) ?? 0) : 0;
    const score = terms + options.quoteWeight * chars;
    if (score > 0 && (chars > 0 || passes(terms))) ranked.push({ unit, index, terms, quoted: chars, score });
  });
  ranked.sort(byScore);
  const kept = ranked.filter((candidate) => passes(candidate.terms)).slice(0, options.maxTargets);
  const quoting = ranked.filter((candidate) => candidate.quoted > 0 && !kept.includes(candidate));
  return [...kept, ...quoting].sort(byScore);
}

/**
 * Links every passage of the other documents to the master plan. `words` cuts heading titles
 * the way ingest cut the passages (the segment stage).
 */
export function linkToMaster(
  documents: readonly DocumentModel[],
  master: DocumentModel,
  stopWords: ReadonlySet<string>,
  words: (text: string) => string[],
  options: LinkOptions = defaultLinkOptions,
  quotations: readonly Quotation[] = [],
): XrefGraph {
  const quotes = quotedCharacters(quotations, options.minQuote);
  const terms = (passage: Passage) => contentTerms(passage.tokens, stopWords);
  const units = sectionUnits(master);
  const unitBags = units.map((unit) => {
    const counts = bag(unit.passages.flatMap(terms));
    const headings = unit.heading === unit.chapter ? [unit.chapter] : [unit.chapter, unit.heading];
    return bag(headings.flatMap((heading) => contentTerms(words(headingText(heading)), stopWords)), options.headingWeight, counts);
  });
  const sectionIndex = new Bm25(unitBags, options.k1, options.b);
  const paragraphBags = master.passages.map((passage) => bag(terms(passage)));
  const paragraphIndex = new Bm25(paragraphBags, options.k1, options.b);
  const passageIndex = new Map(master.passages.map((passage, index) => [passage.id, index]));

  // Many passages share a heading: cut each title once.
  const titleTerms = new Map<string, string[]>();
  const headingTerms = (title: string): string[] => {
    let terms = titleTerms.get(title);
    if (!terms) titleTerms.set(title, (terms = contentTerms(words(title), stopWords)));
    return terms;
  };

  const links: PassageLinks[] = [];
  for (const document of documents) {
    // A national plan does not carry out a city's: only documents that implement this plan link to it.
    if (!implementsPlan(document.meta, master.meta)) continue;
    for (const passage of document.passages) {
      const query = new Map(terms(passage).map((term) => [term, 1]));
      // The passage's own heading says what it is about (二是深耕对日对韩经贸合作): its words join the query.
      const nearest = passage.headingPath[passage.headingPath.length - 1];
      if (nearest && options.queryHeadingWeight > 0) {
        for (const term of headingTerms(nearest.title)) if (!query.has(term)) query.set(term, options.queryHeadingWeight);
      }
      const kept = chooseSections(units, sectionIndex.scoreAll(query), quotes.get(passage.id) ?? new Map<string, number>(), options);
      const paragraphScores = kept.length > 0 ? paragraphIndex.scoreAll(query) : null;
      const targets = kept.map(({ unit, index, score, quoted: chars }) => ({
        sectionId: unit.heading.id,
        score: round(score),
        quoted: chars,
        sharedTerms: sectionIndex.sharedTerms(query, index, sharedTermsShown),
        // Ranked on the scores alone: only the paragraphs kept need their shared terms.
        paragraphs: best(
          unit.passages.flatMap((target) => {
            const index = passageIndex.get(target.id)!;
            const score = paragraphScores![index]!;
            return score > 0 ? [{ passageId: target.id, index, score }] : [];
          }),
          options.maxParagraphs,
          byScoreThenId,
        ).map((candidate) => ({ passageId: candidate.passageId, score: round(candidate.score), sharedTerms: paragraphIndex.sharedTerms(query, candidate.index, sharedTermsShown) })),
      }));
      links.push({ passageId: passage.id, documentId: document.id, targets });
    }
  }

  const carriedOutIn: Record<string, SectionBacklink[]> = {};
  for (const unit of units) carriedOutIn[unit.heading.id] = [];
  for (const link of links) {
    for (const target of link.targets) carriedOutIn[target.sectionId]!.push({ passageId: link.passageId, documentId: link.documentId, score: target.score });
  }
  for (const backlinks of Object.values(carriedOutIn)) backlinks.sort((a, b) => b.score - a.score || a.passageId.localeCompare(b.passageId));

  return {
    masterDocumentId: master.id,
    minScore: options.minScore,
    sections: units.map((unit) => ({
      id: unit.heading.id,
      chapterId: unit.chapter.id,
      numbering: unit.heading.numbering ?? '',
      title: unit.heading.title,
      titleEn: unit.heading.titleEn,
    })),
    links,
    carriedOutIn,
  };
}
