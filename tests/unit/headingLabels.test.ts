import { describe, expect, it } from 'vitest';
import { headingLabel, headingPathLabel, headingTitle } from '../../ingest/headingLabels.ts';
import type { HeadingBlock } from '../../ingest/model.ts';
import { searchDocuments } from '../../ingest/emit/searchDocuments.ts';
import { runDocument } from '../helpers.ts';

const heading = (overrides: Partial<HeadingBlock>): HeadingBlock => ({
  type: 'heading', id: 'd/c01', line: 1, form: 'chapter', level: 1, numbering: '第一章', number: 1,
  title: '更高水平“搞活一座城”', subtitle: '开启新征程', titleEnd: null, titleEn: 'Bring the Whole City to Life', subtitleEn: 'Embark on a New Journey',
  ...overrides,
});

describe('heading labels', () => {
  it('separates a title from its second line as each language does', () => {
    expect(headingLabel(heading({}), 'zh')).toBe('第一章 更高水平“搞活一座城”：开启新征程');
    expect(headingLabel(heading({}), 'en')).toBe('Chapter 1 Bring the Whole City to Life: Embark on a New Journey');
    expect(headingTitle(heading({ title: '为什么？' }), 'zh')).toBe('为什么？开启新征程');
  });

  it('falls back to the Chinese when any line lacks its English', () => {
    expect(headingTitle(heading({ subtitleEn: null }), 'en')).toBe('更高水平“搞活一座城”：开启新征程');
  });

  it('keeps the print form of leads in Chinese and sets an ordinal off in English', () => {
    const lead = heading({ form: 'item-lead', numbering: '四是', number: 4, title: '激发市场主体活力', subtitle: null, titleEn: 'Unleash the vitality of market entities', subtitleEn: null });
    expect(headingLabel(lead, 'zh')).toBe('四是激发市场主体活力');
    expect(headingLabel(lead, 'en')).toBe('Fourth: Unleash the vitality of market entities');
    const numbered = heading({ form: 'numbered', numbering: '（二）', number: 2, title: '综合实力', subtitle: null, titleEn: 'Overall strength', subtitleEn: null });
    expect(headingLabel(numbered, 'zh')).toBe('（二）综合实力');
    expect(headingPathLabel([heading({}), numbered], 'en')).toBe('Chapter 1 Bring the Whole City to Life: Embark on a New Journey › (2) Overall strength');
  });

  it('gives the search documents heading paths built from those parts', () => {
    const { document } = runDocument('第一章 更高水平“搞活一座城”\n\n开启新征程\n\n正文在这里。\n');
    expect(searchDocuments(document).find((record) => record.recordKind === 'paragraph')!.headingPath).toEqual(['第一章 更高水平“搞活一座城”：开启新征程']);
  });
});
