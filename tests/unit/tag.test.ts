import { describe, expect, it } from 'vitest';
import type { Passage } from '../../ingest/model.ts';
import type { Topic } from '../../ingest/schema/topics.ts';
import { EvidenceCounter, tagKeywords, tagTopics, topicScores } from '../../ingest/stages/tag.ts';

const topics: Topic[] = [
  { id: 'ocean', zh: '海洋经济', en: 'Ocean economy', strong: ['海洋经济'], terms: ['海洋', '港口'] },
  { id: 'education', zh: '教育', en: 'Education', strong: ['教育'], terms: ['学校'] },
];

const counter = new EvidenceCounter(topics);

const passage = (id: string, text: string, tokens: string[] = [], chapterId: string | null = 'd/c01'): Passage => ({
  id,
  documentId: 'd',
  kind: 'paragraph',
  line: 1,
  headingPath: [],
  chapterId,
  sectionId: null,
  box: null,
  text,
  tokens,
  topics: [],
  keywords: [],
});

describe('topics', () => {
  it('counts every evidence term, overlapping ones too, strong ones three times', () => {
    expect(counter.evidence('海洋经济和港口，海洋')).toEqual(new Map([['ocean', 3 + 1 + 1 + 1]]));
  });
  it('scores a topic by the density of its evidence, strong terms weighing more', () => {
    const scores = topicScores('发展海洋经济，建设港口。', counter);
    expect(scores.get('ocean')).toBeGreaterThan(0.5);
    expect(scores.has('education')).toBe(false);
    expect(topicScores('发展海洋经济。', counter).get('ocean')!).toBeGreaterThan(topicScores('海边有港口。', counter).get('ocean')!);
  });
  it('gives a passage without evidence the main topic of its chapter, marked inherited', () => {
    const passages = [passage('d/c01/p01', '发展海洋经济，建设港口，壮大海洋产业。'), passage('d/c01/p02', '同志们，我们一定要继续努力。')];
    tagTopics(passages, counter);
    expect(passages[0]!.topics).toEqual([expect.objectContaining({ id: 'ocean', inherited: false })]);
    expect(passages[1]!.topics).toEqual([expect.objectContaining({ id: 'ocean', inherited: true })]);
  });
  it('gives a passage several topics when it has evidence for several', () => {
    const passages = [passage('d/p01', '发展海洋经济，办好海洋教育，建设海洋学校。', [], null)];
    tagTopics(passages, counter);
    expect(passages[0]!.topics.map((topic) => topic.id).sort()).toEqual(['education', 'ocean']);
  });
});

describe('keywords', () => {
  it('ranks by TF-IDF: a term frequent here and rare elsewhere comes first; stop words and numbers never', () => {
    const passages = [
      passage('a', '', ['海洋', '牧场', '海洋', '牧场', '推进', '2025', '建设']),
      passage('b', '', ['推进', '建设', '学校']),
      passage('c', '', ['推进', '建设', '港口']),
    ];
    tagKeywords(passages, new Set(['推进']));
    const terms = passages[0]!.keywords.map((keyword) => keyword.term);
    expect(terms[0]).toBe('海洋');
    expect(terms).not.toContain('推进');
    expect(terms).not.toContain('2025');
    expect(terms.indexOf('建设')).toBeGreaterThan(terms.indexOf('牧场'));
  });
});
