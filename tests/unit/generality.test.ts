// Layouts and forms of official documents beyond the five seed texts, on synthetic fixtures
// written for them (tests/fixtures/generality/); each fixture reproduces one layout or form.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, HeadingBlock, ParagraphBlock } from '../../ingest/model.ts';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import { detectLayout, normalize, sourceLines } from '../../ingest/stages/normalize.ts';
import { checkDocument, maxParagraphLength } from '../../ingest/stages/check.ts';
import { manifestEntry, projectRoot, runDocument } from '../helpers.ts';

const fixture = (name: string): string => readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'generality', name), 'utf8');
const headings = (blocks: Block[]): HeadingBlock[] => blocks.filter((block): block is HeadingBlock => block.type === 'heading');
const paragraphs = (blocks: Block[]): ParagraphBlock[] => blocks.filter((block): block is ParagraphBlock => block.type === 'paragraph');
const titled = (zh: string) => manifestEntry({ title: { zh, en: 'Test' } });

describe('layout', () => {
  it('reads a file saved one paragraph a line, without blank lines, as one paragraph a line', () => {
    const text = fixture('one-paragraph-per-line.txt');
    expect(detectLayout(sourceLines(text))).toBe('line-per-paragraph');
    const { document } = runDocument(text, titled('市人民政府关于推进示范工作的实施意见'));
    expect(headings(document.blocks).map((heading) => heading.numbering)).toEqual(['一、', '（一）', '（二）', '二、']);
    // Each printed line is its paragraph: none swallowed the next.
    expect(paragraphs(document.blocks).map((block) => block.line)).toEqual([2, 4, 5, 6, 8]);
  });
  it('still joins hard-wrapped print into its paragraphs', () => {
    const text = fixture('hard-wrapped.txt');
    expect(detectLayout(sourceLines(text))).toBe('wrapped');
    expect(paragraphs(runDocument(text).document.blocks).map((block) => block.line)).toEqual([1, 5]);
  });
  it('takes the layout the manifest declares over the guess, and says so', () => {
    const sink = new DiagnosticSink('t.txt');
    expect(normalize(fixture('hard-wrapped.txt'), sink, 'line-per-paragraph').layout).toBe('line-per-paragraph');
    expect(sink.list.find((diagnostic) => diagnostic.rule === 'layout')?.message).toMatch(/as the manifest says; the text looks "wrapped"/u);
  });
  it('warns about a paragraph past a sane length and a long document with almost no headings', () => {
    const long = `${'经济社会发展取得新成效，'.repeat(Math.ceil(maxParagraphLength / 12))}。`;
    const { diagnostics } = runDocument(`${long}\n${long}\n${long}\n`);
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'paragraph-long').map((diagnostic) => diagnostic.line)).toEqual([1, 2, 3]);
    expect(diagnostics.some((diagnostic) => diagnostic.rule === 'little-structure')).toBe(true);
  });
});

describe('forms', () => {
  it('puts 篇 above 章, takes a title of any length, and reads 一是…。 alone on its line as a lead', () => {
    const { document } = runDocument(fixture('blank-separated-volumes.txt'));
    expect(headings(document.blocks).map((heading) => [heading.form, heading.level, heading.numbering])).toEqual([
      ['volume', 1, '第一篇'],
      ['chapter', 2, '第一章'],
      ['volume', 1, '第二篇'],
      ['chapter', 2, '第二章'],
      ['item-lead', 3, '一是'],
    ]);
    expect(headings(document.blocks)[2]!.title).toBe('坚持创新驱动发展全面塑造发展新优势加快建设科技强市和人才集聚高地');
    expect(headings(document.blocks)[4]).toMatchObject({ title: '加强基础研究', titleEnd: '。', id: 'test-doc/v02/c02/i01' });
  });
  it('reads 1. / 1． / 1、 below （一） and （1） below them, 一是 with or without text after it, and keeps their list items, decimals and years as text', () => {
    const { document } = runDocument(fixture('arabic-numbered.txt'), titled('某市人民政府关于加快数字经济发展的实施意见'));
    expect(headings(document.blocks).map((heading) => [heading.form, heading.level, heading.numbering, heading.title])).toEqual([
      ['part', 1, '一、', '总体要求'],
      ['numbered', 2, '（一）', '发展目标'],
      ['arabic', 3, '1.', '产业规模持续壮大'],
      ['arabic', 3, '2．', '创新能力显著增强'],
      ['numbered', 2, '（二）', '重点任务'],
      ['arabic', 3, '1、', '建设数字基础设施'],
      ['paren-arabic', 4, '（1）', '推进5G网络建设'],
      ['paren-arabic', 4, '（2）', '布局算力中心'],
      ['item-lead', 5, '一是', '加快千兆光网覆盖'],
      ['item-lead', 5, '二是', '完善物联网感知设施'],
      ['arabic', 3, '2.', '培育数字产业集群'],
      ['part', 1, '二、', '保障措施'],
    ]);
    expect(headings(document.blocks).find((heading) => heading.numbering === '（2）')!.id).toBe('test-doc/pt01/n02/an01/pn02');
    expect(headings(document.blocks).find((heading) => heading.numbering === '2.')!.id).toBe('test-doc/pt01/n02/an02');
    const texts = paragraphs(document.blocks).map((block) => block.text);
    expect(texts).toEqual(expect.arrayContaining(['（1）集成电路设计的；', '（2）工业软件和嵌入式软件；', '（3）其他新兴领域。']));
    expect(texts.some((text) => text.startsWith('1.5万亿元'))).toBe(true);
    expect(texts.some((text) => text.startsWith('2025年，'))).toBe(true);
  });
  it('reads a table of contents that starts with 篇, keeps it out of the body and checks it', () => {
    const { document, diagnostics } = runDocument(fixture('contents-with-volumes.txt'));
    expect(document.toc.map((entry) => entry.numbering)).toEqual(['第一篇', '第一章', '第二章', '第二篇', '第三章']);
    expect(headings(document.blocks).map((heading) => heading.id)).toEqual(['test-doc/v01', 'test-doc/v01/c01', 'test-doc/v01/c02', 'test-doc/v02', 'test-doc/v02/c03']);
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'toc-mismatch' || diagnostic.severity === 'error')).toEqual([]);
  });
  it('makes articles addressable units with their 款 under them, keeps 项 list items out of the headings, and gives an annex its own scope', () => {
    const { document, diagnostics } = runDocument(fixture('regulation-articles.txt'), titled('某市公共数据管理办法'));
    expect(headings(document.blocks).map((heading) => heading.id)).toEqual([
      'test-doc/c01',
      'test-doc/c01/a01',
      'test-doc/c01/a02',
      'test-doc/c02',
      'test-doc/c02/a03',
      'test-doc/c02/a04',
      'test-doc/ax01',
      'test-doc/ax01/h01',
      'test-doc/ax01/pt01',
    ]);
    const second = document.blocks.filter((block) => block.id.startsWith('test-doc/c01/a02/'));
    expect(second.map((block) => block.id)).toEqual(['test-doc/c01/a02/p01', 'test-doc/c01/a02/p02']);
    const items = paragraphs(document.blocks).filter((block) => block.id.startsWith('test-doc/c02/a03/'));
    expect(items.map((block) => block.text.slice(0, 3))).toEqual(['公共数', '（一）', '（二）', '（三）']);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
  it('reads the document head and foot as metadata, not as text', () => {
    const { document, diagnostics } = runDocument(fixture('notice-head-foot.txt'), titled('某某市人民政府办公厅关于做好节假日安排的通知'));
    expect(document.head).toMatchObject({
      documentNumber: { text: '某政办发〔2024〕12号', line: 2 },
      addressee: { text: '各区人民政府，市政府各部门：', line: 3 },
      signature: { text: '某某市人民政府办公厅', line: 7 },
      date: { text: '2024年1月15日', line: 8 },
      copiedTo: { text: '抄送：市委办公厅。', line: 9 },
      printed: { line: 10 },
    });
    expect(paragraphs(document.blocks).map((block) => block.text)).toEqual(['经市政府同意，现将有关事项通知如下。', '各单位要妥善安排好值班和安全保卫工作。']);
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'content-lost')).toEqual([]);
  });
});

describe('a law’s adoption note', () => {
  it('is metadata of the head, not a paragraph', () => {
    const { document } = runDocument('某市数据条例\n\n2024年3月1日某市第十六届人民代表大会常务委员会第十次会议通过\n\n第一条 为了规范数据管理，制定本条例。\n', titled('某市数据条例'));
    expect(document.head.adopted).toEqual({ text: '2024年3月1日某市第十六届人民代表大会常务委员会第十次会议通过', line: 3 });
    expect(paragraphs(document.blocks).map((block) => block.text)).toEqual(['为了规范数据管理，制定本条例。']);
  });
});

describe('text extracted from a PDF', () => {
  it('drops page numbers, joins a paragraph across one, and reads the banner, the title over two lines and the foot as metadata', () => {
    const { document, diagnostics } = runDocument(fixture('pdf-extract.txt'), titled('某某市人民政府关于印发推进数字政府建设实施方案的通知'));
    expect(document.head).toMatchObject({
      issuer: { text: '某某市人民政府文件', line: 2 },
      documentNumber: { text: '某政发〔2024〕7 号', line: 3 },
      addressee: { line: 6 },
      signature: { text: '某某市人民政府', line: 13 },
      date: { text: '2024 年 3 月 8 日', line: 14 },
      publication: { text: '（此件公开发布）', line: 15 },
    });
    expect(document.sourceTitle).toBe('某某市人民政府关于印发推进 数字政府建设实施方案的通知');
    expect(document.blocks.map((block) => [block.type, block.line])).toEqual([['paragraph', 7], ['paragraph', 11]]);
    expect(paragraphs(document.blocks)[0]!.text).toBe('现将《推进数字政府建设实施方案》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向市大数据局反映。');
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'page-number').map((diagnostic) => diagnostic.line)).toEqual([1, 9]);
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'content-lost')).toEqual([]);
  });
});

describe('the nothing-lost check', () => {
  it('reports, with its line, text that the model no longer holds', () => {
    const text = fixture('one-paragraph-per-line.txt');
    const { document } = runDocument(text);
    const dropped = document.blocks.findIndex((block) => block.type === 'paragraph' && block.line === 5);
    document.blocks.splice(dropped, 1);
    const sink = new DiagnosticSink('t.txt');
    checkDocument(document, text, sink);
    expect(sink.list.filter((diagnostic) => diagnostic.rule === 'content-lost')).toMatchObject([{ severity: 'error', line: 5 }]);
  });
});

describe('the nothing-lost check on numbered boxes', () => {
  const box = (titleLine: string) => `第一章 总则\n\n${titleLine}\n- ◆ **港口建设：**推进码头泊位功能调整。\n- ◆ **机场建设：**推进机场转场运营。\n\n继续推进各项工作。\n`;
  const lost = (text: string) => runDocument(text).diagnostics.filter((diagnostic) => diagnostic.rule === 'content-lost');

  it('takes a zero-padded 专栏 number as the number it is, without a loss', () => {
    expect(lost(box('专栏 07 重大工程'))).toEqual([]);
    expect(runDocument(box('专栏 07 重大工程')).document.blocks.find((block) => block.type === 'box')).toMatchObject({ number: 7, title: '重大工程' });
  });
  it('counts no 专栏 for a box whose title line is missing', () => {
    expect(lost(box(''))).toEqual([]);
  });
  it('still reports a box title the model dropped', () => {
    const text = box('专栏 3 重大工程');
    const { document } = runDocument(text);
    const held = document.blocks.find((block) => block.type === 'box');
    if (held?.type !== 'box') throw new Error('no box');
    held.title = null;
    const sink = new DiagnosticSink('t.txt');
    checkDocument(document, text, sink);
    expect(sink.list.filter((diagnostic) => diagnostic.rule === 'content-lost')).toHaveLength(1);
  });
});
