import { describe, expect, it } from 'vitest';
import type { Block, BoxBlock, HeadingBlock, ParagraphBlock, TableBlock } from '../../ingest/model.ts';
import { leadSentence } from '../../ingest/stages/structure.ts';
import { manifestEntry, problemRules, runDocument } from '../helpers.ts';

const paragraphText = (text: string): string => text.split('\n\n').join('\n\n');
const blocksOf = (text: string): Block[] => runDocument(paragraphText(text)).document.blocks;
const headings = (blocks: Block[]): HeadingBlock[] => blocks.filter((block): block is HeadingBlock => block.type === 'heading');

describe('structure: headings', () => {
  it('reads a chapter whose title runs over two lines, and its sections', () => {
    const blocks = blocksOf('第一章 更高水平“搞活一座城”\n\n开启现代化国际大都市建设新征程\n\n青岛是市民的家园。\n\n第一节决胜全面建成小康社会\n\n正文。\n');
    expect(headings(blocks)).toMatchObject([
      { form: 'chapter', level: 1, numbering: '第一章', title: '更高水平“搞活一座城”', subtitle: '开启现代化国际大都市建设新征程' },
      { form: 'section', level: 2, numbering: '第一节', title: '决胜全面建成小康社会' },
    ]);
  });
  it('splits a numbered heading from the paragraph printed on the same line', () => {
    const blocks = blocksOf('第一节 成就\n\n（一）综合实力持续增强。全市生产总值达到 1.24 万亿元。\n');
    expect(blocks.slice(1)).toMatchObject([
      { type: 'heading', form: 'numbered', level: 2, numbering: '（一）', title: '综合实力持续增强' },
      { type: 'paragraph', text: '全市生产总值达到 1.24 万亿元。' },
    ]);
  });
  it('ranks heading forms by what the document has: （四） is level 1 where there are no chapters', () => {
    const text = ['  （四）精准聚焦高水平开放，在服务', '和融入新发展格局上示范引领', '  开放是新区的最大特质。要链接国', '内国际两种资源。', '  一是深度融入黄河流域生态保护和', '高质量发展。落实合作倡议。'].join('\n');
    expect(headings(blocksOf(text)).map((heading) => [heading.form, heading.level])).toEqual([
      ['numbered', 1],
      ['item-lead', 2],
    ]);
  });
  it('reads feature sub-heads standing alone', () => {
    const blocks = blocksOf('坚定不移推进产业体系的现代化\n\n举行重点项目观摩会。\n\n——重点产业发展实现新突破。锚定24条重点产业链。\n');
    expect(blocks).toMatchObject([
      { type: 'heading', form: 'subhead', level: 1, title: '坚定不移推进产业体系的现代化' },
      { type: 'paragraph', text: '举行重点项目观摩会。' },
      { type: 'heading', form: 'dash-lead', level: 2, title: '重点产业发展实现新突破' },
      { type: 'paragraph', text: '锚定24条重点产业链。' },
    ]);
  });
});

describe('structure: wrapped sub-heads', () => {
  it('reads a sub-head wrapped over two column lines', () => {
    const text = ['  当好青岛高质量发展的龙头。', '', '  坚持以人民为中心的发', '展思想———', '', '　　人民对美好生活的向往，就是', '我们的奋斗目标。', '　　区第二次党代会报告提出，精准', '聚焦城市建设。'].join('\n');
    expect(blocksOf(text)).toMatchObject([
      { type: 'paragraph', text: '当好青岛高质量发展的龙头。' },
      { type: 'heading', form: 'subhead', title: '坚持以人民为中心的发展思想' },
      { type: 'paragraph', text: '人民对美好生活的向往，就是我们的奋斗目标。' },
      { type: 'paragraph', text: '区第二次党代会报告提出，精准聚焦城市建设。' },
    ]);
  });
});

describe('structure: paragraphs', () => {
  it('keeps numbers, percentages, ranges, latin acronyms and mixed-width punctuation as printed', () => {
    const text = '集中建设 3—5 个辐射作用强的平台，PM2.5 浓度下降 10%以上,抢抓RCEP机遇（B型）;推动 5G 应用。\n';
    const [paragraph] = blocksOf(text) as ParagraphBlock[];
    expect(paragraph!.text).toBe(text.trim());
  });

  it('finds the lead sentence that works as a heading', () => {
    const [paragraph] = blocksOf('建设国际性综合交通枢纽。统筹海陆空铁“四港联动”，构建空中丝绸之路。\n') as ParagraphBlock[];
    expect(paragraph).toMatchObject({ lead: '建设国际性综合交通枢纽。' });
  });
  it('does not take a clause or a whole paragraph for a lead', () => {
    expect(leadSentence('从国际看，当今世界正经历百年未有之大变局。新一轮科技革命深入发展。')).toBeNull();
    expect(leadSentence('为政之要，惟在得人。')).toBeNull();
    expect(leadSentence('建设上合示范区。')).toBeNull();
  });
  it('closes the spaces print put between ideographs', () => {
    const [paragraph] = blocksOf('加快推进总投 资2000亿元的项目。\n') as ParagraphBlock[];
    expect(paragraph!.text).toBe('加快推进总投资2000亿元的项目。');
  });
});

describe('structure: boxes', () => {
  const text = [
    '第一节 打造平台',
    '建设上合示范区。坚持物流先导。',
    '专栏2 上合示范区重大平台',
    '- ◆ **商贸服务型国家物流枢纽：**发展商品仓储。',
    '◆ **特色农产品进口指定监管场地：**争取设立进境水果、肉类指定监管场地，',
    '促进上合组织国家食品进口。',
    '- ◆ **上合法智谷：**搭建综合服务平台。',
    '建设青岛自贸片区。聚焦现代海洋。',
  ].join('\n\n');

  it('keeps a box with its title and every item, the one cut by a page break joined, with or without "- "', () => {
    const blocks = blocksOf(text);
    const box = blocks.find((block): block is BoxBlock => block.type === 'box')!;
    expect(box).toMatchObject({ number: 2, title: '上合示范区重大平台' });
    expect(box.items.map((item) => [item.label, item.text])).toEqual([
      ['商贸服务型国家物流枢纽', '发展商品仓储。'],
      ['特色农产品进口指定监管场地', '争取设立进境水果、肉类指定监管场地，促进上合组织国家食品进口。'],
      ['上合法智谷', '搭建综合服务平台。'],
    ]);
    expect(blocks[blocks.length - 1]).toMatchObject({ type: 'paragraph', text: '建设青岛自贸片区。聚焦现代海洋。' });
  });

  it('keeps the items of a box whose title line is missing as their own box, numbered from its neighbours', () => {
    const missing = [
      '专栏 24 铁路项目',
      '- ◆ **干线铁路：**潍烟高铁。',
      '完善“五纵五横六连”高速公路网。畅通半岛城市群。',
      '- ◆ **五纵**：龙青高速、沈海高速。',
      '- ◆ **五横**：荣潍高速。',
      '推进轨道交通建设。建成地铁1号线。',
      '专栏 26 能源、水利重点项目',
      '- ◆ **能源：**输变电工程。',
    ].join('\n\n');
    const { document, diagnostics } = runDocument(missing);
    const boxes = document.blocks.filter((block): block is BoxBlock => block.type === 'box');
    expect(boxes.map((box) => [box.number, box.numberInferred, box.title, box.items.length])).toEqual([
      [24, false, '铁路项目', 1],
      [25, true, null, 2],
      [26, false, '能源、水利重点项目', 1],
    ]);
    expect(document.blocks[1]).toMatchObject({ type: 'paragraph', text: '完善“五纵五横六连”高速公路网。畅通半岛城市群。' });
    expect(problemRules(diagnostics)).toEqual(['box-title-missing']);
  });

  it('reports an item repeated within a box but keeps it', () => {
    const { document, diagnostics } = runDocument('专栏 28 教育\n\n- ◆ **学前教育：**推广联盟办园。\n- ◆ **学前教育：**推广联盟办园。\n');
    expect((document.blocks[0] as BoxBlock).items).toHaveLength(2);
    expect(problemRules(diagnostics)).toEqual(['box-item-duplicate']);
  });
});

describe('structure: tables and figures', () => {
  const text = [
    '表 1 “十四五”时期经济社会发展主要指标',
    '类别\t序号\t指标\t属性\n经济 发展\t1\t地区生产总值增速（%）\t预期性\n\t2\t全员劳动生产率（万元/人）\t预期性',
    '\t3\t常住人口城镇化率（%）\t预期性\n创新驱动\t4\t研发经费投入增长（%）\t预期性',
    '注：[]内为“十四五”时期5年累计数。',
    '图 1 产业发展三大组团示意图',
    '第二章 增强国际门户枢纽功能',
  ].join('\n\n');

  it('reads a table with its header, rows across a page break, merged category cells and its note', () => {
    const table = blocksOf(text).find((block): block is TableBlock => block.type === 'table')!;
    expect(table).toMatchObject({ number: 1, caption: '“十四五”时期经济社会发展主要指标', header: ['类别', '序号', '指标', '属性'], note: '注：[]内为“十四五”时期5年累计数。' });
    expect(table.rows).toEqual([
      ['经济发展', '1', '地区生产总值增速（%）', '预期性'],
      ['', '2', '全员劳动生产率（万元/人）', '预期性'],
      ['', '3', '常住人口城镇化率（%）', '预期性'],
      ['创新驱动', '4', '研发经费投入增长（%）', '预期性'],
    ]);
  });

  it('reads a figure caption that stands alone', () => {
    expect(blocksOf(text)).toContainEqual(expect.objectContaining({ type: 'figure', number: 1, caption: '产业发展三大组团示意图' }));
  });
});

describe('structure: table of contents', () => {
  const toc = '目录\n\n第一章总论\n\n开启新征程\n\n第一节成就\n\n第二节目标\n\n';

  it('recognises the 目录 and keeps it out of the content', () => {
    const { document, diagnostics } = runDocument(`${toc}前言。\n\n第一章 总论\n\n开启新征程\n\n第一节 成就\n\n正文。\n\n第二节 目标\n\n正文。\n`);
    expect(document.toc.map((entry) => [entry.numbering, entry.title, entry.subtitle])).toEqual([
      ['第一章', '总论', '开启新征程'],
      ['第一节', '成就', null],
      ['第二节', '目标', null],
    ]);
    expect(document.blocks[0]).toMatchObject({ type: 'paragraph', text: '前言。' });
    expect(headings(document.blocks)).toHaveLength(3);
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'toc-mismatch')).toEqual([]);
  });

  it('reports each heading the body and the contents disagree on', () => {
    const { diagnostics } = runDocument(`${toc}第一章 总论\n\n开启新征程\n\n第一节 成就\n\n正文。\n\n第二节 新目标\n\n正文。\n`);
    const mismatches = diagnostics.filter((diagnostic) => diagnostic.rule === 'toc-mismatch');
    expect(mismatches.map((diagnostic) => diagnostic.line)).toEqual([9, 19]);
    expect(mismatches[0]!.message).toContain('第二节目标');
  });
});

describe('structure: source title', () => {
  it('takes the title lines printed at the top as the source title, not as content', () => {
    const entry = manifestEntry({ title: { zh: '勇担国家战略使命 推动更高质量发展 奋力建设示范引领区', en: 'x' } });
    const text = [' 勇担国家战略使命 推动更高质量发展', '奋力建设示范引领区', '', '（上接第三版）加快发展大数据、云计', '算等数字产业；全面拓展应用', '场景。', '  四是着力激发市场主体活力。坚持', '各类市场主体一视同仁。'].join('\n');
    const { document } = runDocument(text, entry);
    expect(document.sourceTitle).toBe('勇担国家战略使命 推动更高质量发展奋力建设示范引领区');
    expect(document.blocks[0]).toMatchObject({ type: 'paragraph', text: '加快发展大数据、云计算等数字产业；全面拓展应用场景。' });
    expect(document.continuation).toMatchObject([{ direction: 'from', page: '第三版', line: 4 }]);
  });
});

describe('markup left by text extraction', () => {
  it('drops Markdown bold inside a paragraph, keeping its words', () => {
    const { document } = runDocument('第一章 总则\n\n建设链接东北亚经济圈的**核心商贸物流运转基地**。开放发展油气全产业链。\n');
    expect(document.blocks.filter((block) => block.type === 'paragraph').map((block) => block.type === 'paragraph' && block.text)).toEqual(['建设链接东北亚经济圈的核心商贸物流运转基地。开放发展油气全产业链。']);
  });
});
