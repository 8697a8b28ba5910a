import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../ingest/model.ts';
import { defaultReuseOptions, findReuse, fold, type ReuseOptions } from '../../ingest/stages/reuse.ts';
import { manifestEntry, runDocument } from '../helpers.ts';

const plan = (): DocumentModel =>
  runDocument(
    [
      '第一章 开放',
      '第一节 黄河流域',
      '共促沿黄陆海协作。落实黄河流域省会和胶东经济圈城市陆海联动合作倡议，以畅通沿黄流域循环为切入点，推动国内大循环。',
      '第二节 港口',
      '加快建设。依托山东港口群延伸港口服务功能，建设内陆港。创新东西产业对接合作机制，构建沿黄流域上中下游深度融合产业链条。',
      '第二章 民生',
      '第一节 共同富裕',
      '扎实推动共同富裕，不断增强人民群众获得感、幸福感、安全感。',
    ].join('\n\n'),
    manifestEntry({ id: 'plan', kind: 'master-plan' }),
  ).document;

const district = (text: string, id = 'district'): DocumentModel => runDocument(text, manifestEntry({ id, kind: 'news-feature' })).document;

const reuse = (texts: string[], options: Partial<ReuseOptions> = {}) =>
  findReuse([plan(), ...texts.map((text, index) => district(text, `district${index}`))], plan(), { ...defaultReuseOptions, ...options });

describe('fold', () => {
  it('drops white space and folds full-width forms, keeping each character’s place', () => {
    const folded = fold('推动\n高质量　发展，１２Ａ');
    expect(folded.text).toBe('推动高质量发展,12A');
    expect(folded.offsets[2]).toBe(3);
    expect(folded.offsets[folded.offsets.length - 1]).toBe('推动\n高质量　发展，１２'.length);
  });
});

describe('reuse', () => {
  it('finds a copied clause with its place in both texts', () => {
    const text = '新区要落实黄河流域省会和胶东经济圈城市陆海联动合作倡议，当好开放窗口。';
    const graph = reuse([text]);
    const span = graph.spans.find((candidate) => candidate.text.includes('黄河流域省会'))!;
    expect(span.text).toBe('落实黄河流域省会和胶东经济圈城市陆海联动合作倡议，');
    expect(span.planText).toBe(span.text);
    expect(span.planPassageId).toBe('plan/c01/s01/p01');
    expect(span.planSectionId).toBe('plan/c01/s01');
    expect(text.slice(span.start, span.end)).toBe(span.text);
    const planText = plan().passages.find((passage) => passage.id === span.planPassageId)!.text;
    expect(planText.slice(span.planStart, span.planEnd)).toBe(span.text);
    expect(span.edits).toEqual([]);
  });

  it('finds a span across a print cut and a half-width comma, and keeps the original offsets', () => {
    // The normalize stage joins most cuts; the model's text may still hold a line break (table cells).
    const document = district('要落实黄河流域省会和胶东经济圈城市陆海联动合作倡议,当好窗口。');
    document.passages[0]!.text = '要落实黄河流域省会和胶东\n经济圈城市陆海联动合作倡议,当好窗口。';
    const span = findReuse([plan(), document], plan()).spans[0]!;
    expect(span.text).toBe('落实黄河流域省会和胶东\n经济圈城市陆海联动合作倡议,');
    expect(span.planText).toBe('落实黄河流域省会和胶东经济圈城市陆海联动合作倡议，');
    expect(span.shared).toBe(25);
  });

  it('reports nothing shorter than the minimum length', () => {
    expect(reuse(['我们要共促沿黄协作。'], { minLength: 8 }).spans).toEqual([]);
    expect(reuse(['我们要共促沿黄陆海协作。'], { minLength: 8 }).spans.map((span) => span.text)).toEqual(['共促沿黄陆海协作。']);
  });

  it('bridges a changed word and an inserted one inside a long shared clause', () => {
    const graph = reuse(['当好窗口。依托青岛港延伸港口服务功能，建设内陆港。创新东西产业对接合作机制，构建沿黄流域深度融合产业链条。']);
    expect(graph.spans).toHaveLength(1);
    const span = graph.spans[0]!;
    expect(span.text).toBe('。依托青岛港延伸港口服务功能，建设内陆港。创新东西产业对接合作机制，构建沿黄流域深度融合产业链条。');
    expect(span.planText).toBe('。依托山东港口群延伸港口服务功能，建设内陆港。创新东西产业对接合作机制，构建沿黄流域上中下游深度融合产业链条。');
    expect(span.edits).toEqual([
      { text: '青岛港', planText: '山东港口群' },
      { text: '', planText: '上中下游' },
    ]);
    expect(span.shared).toBe(span.text.length - 3);
  });

  it('does not bridge a run shorter than minResume after the edit', () => {
    const span = reuse(['依托青岛港延伸港口服务功能，建设内陆港。']).spans[0]!;
    expect(span.text).toBe('延伸港口服务功能，建设内陆港。');
  });

  it('does not bridge when asked for exact spans only', () => {
    const graph = reuse(['当好窗口。依托青岛港延伸港口服务功能，建设内陆港。'], { maxEdit: 0 });
    expect(graph.spans.map((span) => [span.text, span.edits.length])).toEqual([['延伸港口服务功能，建设内陆港。', 0]]);
  });

  it('marks set phrases and spans many documents repeat as formulaic, and keeps them', () => {
    const phrase = '我们要不断增强人民群众获得感、幸福感、安全感。';
    const bySetPhrase = reuse([phrase], { setPhrases: ['获得感、幸福感、安全感'] });
    expect(bySetPhrase.spans).toHaveLength(1);
    expect(bySetPhrase.spans[0]).toMatchObject({ formulaic: true, formulaicBy: 'set-phrase' });
    expect(reuse([phrase]).spans[0]).toMatchObject({ formulaic: false, formulaicBy: null });
    const byDocuments = reuse([phrase, phrase, phrase], { formulaicDocuments: 3 });
    expect(byDocuments.spans.map((span) => span.formulaicBy)).toEqual(['documents', 'documents', 'documents']);
    expect(reuse([phrase, phrase], { formulaicDocuments: 3 }).spans.every((span) => !span.formulaic)).toBe(true);
  });

  it('keeps spans apart in the district text and counts shares on both sides', () => {
    const text = '落实黄河流域省会和胶东经济圈城市陆海联动合作倡议。其他内容写在这里。';
    const graph = reuse([text]);
    const figures = graph.documents.district0!;
    expect(figures.reused).toBe(fold(graph.spans.map((span) => span.text).join('')).text.length);
    expect(figures.characters).toBe(fold(text).text.length);
    expect(figures.share).toBeCloseTo(figures.reused / figures.characters, 3);
    const section = graph.sections['plan/c01/s01']!;
    expect(section.byDocument.district0).toBe(figures.reused);
    expect(section.reused).toBe(figures.reused);
    expect(graph.sections['plan/c02/s01']!.reused).toBe(0);
  });

  it('cuts a second maximal match to what the longer one leaves free', () => {
    // The district clause runs on from the end of the plan's first sentence into words of its third paragraph.
    const graph = reuse(['推动共同富裕，不断增强人民群众获得感、幸福感']);
    const covered = graph.spans.flatMap((span) => Array.from({ length: span.end - span.start }, (_, k) => span.start + k));
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('rejects a minimum length below 2', () => {
    expect(() => reuse(['x'], { minLength: 1 })).toThrow(/minLength/);
  });
});

describe('reuse shingles', () => {
  // The index keys a shingle by a hash mod 2^32: U+1128 U+0062 and U+0061 U+B277 share theirs at
  // two characters, so a match must be the same characters, not only the same hash.
  const own = (text: string, id: string, kind: 'master-plan' | 'news-feature') => runDocument(text, manifestEntry({ id, kind })).document;

  it('pairs only characters that are the same, whatever their hashes', () => {
    const master = own('第一章 总论\n\n第一节 目标\n\n推进\u1128b合作。', 'plan', 'master-plan');
    const options = { ...defaultReuseOptions, minLength: 2, minResume: 2 };
    expect(findReuse([master, own('开展a\ub277交流。', 'colliding', 'news-feature')], master, options).spans).toEqual([]);
    expect(findReuse([master, own('推进ᄨb交流。', 'same', 'news-feature')], master, options).spans.map((span) => span.text)).toContain('推进ᄨb');
  });
});
