import { describe, expect, it } from 'vitest';
import { annotate, cellKey, termMatcher } from '../../ingest/stages/annotate.ts';
import { wordBoundaries } from '../../ingest/stages/segment.ts';
import type { GlossaryTerm } from '../../ingest/schema/glossary.ts';
import type { Block } from '../../ingest/model.ts';
import { runDocument } from '../helpers.ts';

const term = (id: string, zh: string, aliases: string[] = []): GlossaryTerm => ({ id, zh, pinyin: '', en: id, explanation: '', aliases, enAliases: [], topic: null });
const glossary = [term('zimao', '自贸片区', ['自贸试验区青岛片区']), term('gaoqi', '高新技术企业', ['高企']), term('xihaian', '西海岸新区', ['西海岸'])];

describe('annotate', () => {
  runDocument(''); // loads jieba with the project's dictionary
  const match = termMatcher(glossary, wordBoundaries);

  it('finds the longest form first and reports where it stands', () => {
    const text = '建设自贸试验区青岛片区和自贸片区。';
    expect(match(text)).toEqual([
      { term: 'zimao', start: 2, end: 11 },
      { term: 'zimao', start: 12, end: 16 },
    ]);
    expect(match('推进西海岸新区建设')).toEqual([{ term: 'xihaian', start: 2, end: 7 }]);
  });

  it('takes a form only as whole words: 高企 is not in 提高企业', () => {
    expect(match('提高企业竞争力')).toEqual([]);
    expect(match('培育高企120家')).toEqual([{ term: 'gaoqi', start: 2, end: 4 }]);
  });

  it('marks the first occurrence of a term in each section, in paragraphs, box items and table cells', () => {
    const { document } = runDocument(
      ['第一章 总论', '', '第一节 开放', '', '建设自贸片区。推进自贸片区改革。', '', '第二节 创新', '', '自贸片区和西海岸新区。'].join('\n'),
    );
    const annotations = annotate(document.blocks, match);
    const paragraphs = document.blocks.filter((block): block is Extract<Block, { type: 'paragraph' }> => block.type === 'paragraph');
    expect(annotations[paragraphs[0]!.id]!.map((span) => span.first)).toEqual([true, false]);
    expect(annotations[paragraphs[1]!.id]!.map((span) => [span.term, span.first])).toEqual([['zimao', true], ['xihaian', true]]);

    const table: Block = { type: 'table', id: 't/t01', line: 1, number: 1, caption: '指标', header: ['指标', '自贸片区'], rows: [['高企', '10']], note: null };
    const box: Block = { type: 'box', id: 't/b01', line: 1, number: 1, numberInferred: false, title: null, items: [{ id: 't/b01/i01', line: 1, label: null, text: '高企倍增' }] };
    const more = annotate([table, box], match);
    expect(Object.keys(more)).toEqual([cellKey('t/t01', 'header', 1), cellKey('t/t01', 0, 0), 't/b01/i01']);
    expect(more['t/b01/i01']![0]!.first).toBe(false);
  });

  it('matches a segmented passage on its own words, without cutting its text again', () => {
    const { document } = runDocument(['第一章 总论', '', '提高企业竞争力，培育高企120家。', ''].join('\n'));
    const cuts: string[] = [];
    const counting = termMatcher(glossary, (text) => (cuts.push(text), wordBoundaries(text)));
    const paragraph = document.blocks.find((block) => block.type === 'paragraph')!;
    const passage = document.passages.find((candidate) => candidate.id === paragraph.id)!;
    const fromWords = annotate(document.blocks, counting, document.passages);
    expect(cuts).toEqual([]);
    expect(fromWords[paragraph.id]!.map(({ term, start, end }) => ({ term, start, end }))).toEqual(annotate(document.blocks, match)[paragraph.id]!.map(({ term, start, end }) => ({ term, start, end })));
    // The words decide: cut otherwise, 提高企业 would hold 高企.
    const otherwise = { ...passage, tokens: ['提', '高企', '业', '竞争力', '培育', '高企', '120', '家'] };
    expect(annotate(document.blocks, counting, [otherwise])[paragraph.id]!.map((span) => span.start)).toEqual([1, 10]);
    expect(cuts).toEqual([]);
  });
});
