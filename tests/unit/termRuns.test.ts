import { describe, expect, it } from 'vitest';
import { termRuns } from '../../site/lib/terms.ts';

const span = (term: string, start: number, end: number) => ({ term, start, end, first: true });

describe('termRuns (the reader cutting a text at its glossary terms)', () => {
  it('cuts a text into plain runs and term runs', () => {
    expect(termRuns('建设自贸片区和上合示范区。', [span('a', 2, 6), span('b', 7, 12)]).map((run) => [run.text, run.span?.term ?? null])).toEqual([
      ['建设', null],
      ['自贸片区', 'a'],
      ['和', null],
      ['上合示范区', 'b'],
      ['。', null],
    ]);
  });
  it('places spans in the part of a paragraph after its lead, and drops a span the lead cuts', () => {
    const text = '扩大开放。建设自贸片区。';
    const lead = '扩大开放。';
    const spans = [span('cut', 3, 7), span('a', 7, 11)];
    expect(termRuns(lead, spans).map((run) => run.text)).toEqual(['扩大开放。']);
    expect(termRuns(text.slice(lead.length), spans, lead.length).map((run) => [run.text, run.span?.term ?? null])).toEqual([
      ['建设', null],
      ['自贸片区', 'a'],
      ['。', null],
    ]);
  });
  it('keeps an empty text as one empty run', () => {
    expect(termRuns('', [])).toEqual([{ text: '', span: null }]);
  });
});
