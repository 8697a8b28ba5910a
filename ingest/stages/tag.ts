// tag: topics from the taxonomy's evidence terms, and keywords by TF-IDF over the whole corpus.
import type { Keyword, Passage, TopicScore } from '../model.ts';
import type { Topic } from '../schema/topics.ts';
import { contentTerms } from '../text/contentTerms.ts';
import { best, byText } from '../best.ts';

/** Weight of a strong evidence term against an ordinary one. */
const strongWeight = 3;
/** Evidence per 100 characters at which a topic score reaches 1 − 1/e. */
const evidenceScale = 2;
/** Lowest score that makes a topic one of the passage's own. */
const minTopicScore = 0.35;
const maxTopics = 3;
const keywordCount = 5;

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Counts, in one pass over a text, the occurrences of every evidence term of every topic. */
export class EvidenceCounter {
  /** Terms by their first character, so each position of the text is checked against a few. */
  private readonly byFirstChar = new Map<string, Array<{ term: string; topicId: string; weight: number }>>();

  constructor(topics: readonly Topic[]) {
    for (const topic of topics) {
      for (const [terms, weight] of [[topic.strong, strongWeight], [topic.terms, 1]] as const) {
        for (const term of terms) {
          const first = term[0]!;
          const entries = this.byFirstChar.get(first) ?? [];
          entries.push({ term, topicId: topic.id, weight });
          this.byFirstChar.set(first, entries);
        }
      }
    }
  }

  /** Weighted evidence per topic id; overlapping terms (海洋 in 海洋经济) each count. */
  evidence(text: string): Map<string, number> {
    const totals = new Map<string, number>();
    for (let at = 0; at < text.length; at += 1) {
      const candidates = this.byFirstChar.get(text[at]!);
      if (!candidates) continue;
      for (const { term, topicId, weight } of candidates) {
        if (text.startsWith(term, at)) totals.set(topicId, (totals.get(topicId) ?? 0) + weight);
      }
    }
    return totals;
  }
}

/** The score of every topic with evidence in a text, from 0 to 1, by evidence density. */
export function topicScores(text: string, counter: EvidenceCounter): Map<string, number> {
  const per100 = 100 / Math.max(text.length, 50);
  const scores = new Map<string, number>();
  for (const [id, evidence] of counter.evidence(text)) scores.set(id, 1 - Math.exp(-(evidence * per100) / evidenceScale));
  return scores;
}

function ownTopics(scores: Map<string, number>): TopicScore[] {
  return [...scores]
    .filter(([, score]) => score >= minTopicScore)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxTopics)
    .map(([id, score]) => ({ id, score: round(score), inherited: false }));
}

/**
 * Gives every passage one or more topics. A passage without enough evidence of its own takes
 * the main topic of its chapter (or of its document, when it has no chapter), marked inherited.
 */
export function tagTopics(passages: Passage[], counter: EvidenceCounter): void {
  const scoresById = new Map(passages.map((passage) => [passage.id, topicScores(passage.text, counter)]));
  const groupTotals = new Map<string, Map<string, number>>();
  for (const passage of passages) {
    const group = passage.chapterId ?? passage.documentId;
    const totals = groupTotals.get(group) ?? new Map<string, number>();
    for (const [id, score] of scoresById.get(passage.id)!) totals.set(id, (totals.get(id) ?? 0) + score);
    groupTotals.set(group, totals);
  }
  const mainTopic = (group: string): TopicScore | null => {
    const totals = [...(groupTotals.get(group) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const sum = totals.reduce((total, [, value]) => total + value, 0);
    return totals.length > 0 ? { id: totals[0]![0], score: round((totals[0]![1] / sum) * minTopicScore), inherited: true } : null;
  };
  for (const passage of passages) {
    const own = ownTopics(scoresById.get(passage.id)!);
    const fallback = own.length > 0 ? null : (mainTopic(passage.chapterId ?? passage.documentId) ?? mainTopic(passage.documentId));
    passage.topics = fallback ? [fallback] : own;
  }
}

const byWeight = (a: Keyword, b: Keyword): number => b.weight - a.weight || byText(a.term, b.term);

/** The top keywords of every passage by TF-IDF, with document frequencies over all passages given. */
export function tagKeywords(passages: Passage[], stopWords: ReadonlySet<string>): void {
  const documentFrequency = new Map<string, number>();
  const candidates = passages.map((passage) => contentTerms(passage.tokens, stopWords));
  for (const terms of candidates) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = passages.length;
  passages.forEach((passage, index) => {
    const terms = candidates[index]!;
    const frequency = new Map<string, number>();
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    const keywords = [...frequency].map(([term, count]): Keyword => ({
      term,
      weight: round((count / terms.length) * Math.log(1 + total / documentFrequency.get(term)!)),
    }));
    passage.keywords = best(keywords, keywordCount, byWeight);
  });
}
