import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import type { HeadingBlock } from '../../ingest/model.ts';
import { processDocument } from '../../ingest/pipeline.ts';
import { manifestEntry, runDocument } from '../helpers.ts';

const text = '第一章 更高水平“搞活一座城”\n\n开启新征程\n\n正文。\n\n第一节 决胜小康\n\n正文。\n';

describe('translate', () => {
  it('gives headings their English titles by Chinese title, and the passages their English heading path', () => {
    const sink = new DiagnosticSink('t.txt');
    const { document } = runDocument(text);
    const translated = processDocument(
      { entry: manifestEntry(), file: 't.txt', text, encoding: 'utf-8' },
      sink,
      { '更高水平“搞活一座城”': 'Bring the Whole City to Life', 开启新征程: 'A New Journey', 决胜小康: 'Winning Prosperity' },
    );
    expect(document.blocks.length).toBe(translated.blocks.length);
    const chapter = translated.blocks[0] as HeadingBlock;
    expect([chapter.titleEn, chapter.subtitleEn]).toEqual(['Bring the Whole City to Life', 'A New Journey']);
    expect(translated.passages[1]!.headingPath.map((heading) => [heading.titleEn, heading.subtitleEn])).toEqual([['Bring the Whole City to Life', 'A New Journey'], ['Winning Prosperity', null]]);
    expect(sink.list.filter((diagnostic) => diagnostic.rule === 'translation-missing')).toEqual([]);
  });

  it('reports headings without a translation in one warning for the document, each as info with its line, and leaves their English title empty', () => {
    const sink = new DiagnosticSink('t.txt');
    const translated = processDocument({ entry: manifestEntry(), file: 't.txt', text, encoding: 'utf-8' }, sink, { 决胜小康: 'Winning Prosperity' });
    const missing = sink.list.filter((diagnostic) => diagnostic.rule === 'translation-missing');
    expect(missing.filter((diagnostic) => diagnostic.severity === 'info').map((diagnostic) => diagnostic.line)).toEqual([1, 1]);
    expect(missing.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => [diagnostic.line, diagnostic.message])).toEqual([
      [null, '2 of 3 heading titles have no English in translations.json ("更高水平“搞活一座城”", "开启新征程"): the English pages show them in Chinese; --verbose lists them with their lines'],
    ]);
    expect((translated.blocks[0] as HeadingBlock).titleEn).toBeNull();
    expect(translated.passages[0]!.headingPath[0]!.titleEn).toBeNull();
  });
});
