import { describe, expect, it } from 'vitest';
import { isPlainSubhead, lineForm } from '../../ingest/text/lineForms.ts';

describe('lineForm: headings', () => {
  it('reads 第X章 with and without a space before the title', () => {
    expect(lineForm('第三章 增强科技创新策源功能')).toMatchObject({ form: 'chapter', numbering: '第三章', number: 3, title: '增强科技创新策源功能' });
    expect(lineForm('第十四章加强党的全面领导')).toMatchObject({ form: 'chapter', number: 14, title: '加强党的全面领导' });
  });
  it('reads 第X节, also when the title starts with a number', () => {
    expect(lineForm('第五节 2035 年远景目标')).toMatchObject({ form: 'section', number: 5, title: '2035 年远景目标' });
    expect(lineForm('第一节决胜全面建成小康社会取得决定性成就')).toMatchObject({ form: 'section', number: 1 });
  });
  it('reads （二） and (二) with full- or half-width brackets and splits the title from the text after it', () => {
    expect(lineForm('（一）综合实力持续增强。全市生产总值达到 1.24 万亿元。')).toMatchObject({
      form: 'numbered',
      numbering: '（一）',
      number: 1,
      title: '综合实力持续增强',
      rest: '全市生产总值达到 1.24 万亿元。',
    });
    expect(lineForm('(二) 动能转换初见成效。新旧动能转换。')).toMatchObject({ form: 'numbered', numbering: '(二)', number: 2, title: '动能转换初见成效' });
    expect(lineForm('（四）精准聚焦高水平开放，在服务和融入新发展格局上示范引领')).toMatchObject({ form: 'numbered', rest: '' });
  });
  it('reads 三、 part headings and 一是 item leads', () => {
    expect(lineForm('三、今年下一阶段工作安排')).toMatchObject({ form: 'part', number: 3, title: '今年下一阶段工作安排', rest: '' });
    expect(lineForm('四是着力激发市场主体活力。坚持各类市场主体一视同仁。')).toMatchObject({ form: 'item-lead', numbering: '四是', number: 4, title: '着力激发市场主体活力' });
  });
  it('reads 1. / 1． / 1、 and （1） / (1), but not a decimal or a year', () => {
    expect(lineForm('1.产业规模持续壮大。到2025年达到10%。')).toMatchObject({ form: 'arabic', numbering: '1.', number: 1, title: '产业规模持续壮大', rest: '到2025年达到10%。' });
    expect(lineForm('12．创新能力显著增强')).toMatchObject({ form: 'arabic', numbering: '12．', number: 12, rest: '' });
    expect(lineForm('(3) 布局算力中心')).toMatchObject({ form: 'paren-arabic', numbering: '(3)', number: 3, title: '布局算力中心' });
    expect(lineForm('1.5万亿元的投资带动效应逐步显现。')).toEqual({ form: 'text' });
    expect(lineForm('2025年，全市数字经济规模突破万亿元。')).toEqual({ form: 'text' });
    expect(lineForm('二是完善物联网感知设施')).toMatchObject({ form: 'item-lead', numbering: '二是', end: '', rest: '' });
  });
  it('reads feature sub-heads that end in ——— and leads that open with it', () => {
    expect(lineForm('坚持发展第一要务———')).toEqual({ form: 'dash-subhead', title: '坚持发展第一要务' });
    expect(lineForm('——— 经略海洋走在前列。持续推进海洋经济突破发展。')).toMatchObject({ form: 'dash-lead', title: '经略海洋走在前列', rest: '持续推进海洋经济突破发展。' });
    expect(lineForm('——重点产业发展实现新突破。锚定24条重点产业链。')).toMatchObject({ form: 'dash-lead', title: '重点产业发展实现新突破' });
  });
  it('does not take a long first sentence for a heading title', () => {
    expect(lineForm('（一）这是一个很长很长的句子，它讲了许多事情，有很多逗号，也有很多内容，远远超过一个标题应有的长度。后文。').form).toBe('text');
  });
});

describe('lineForm: boxes, tables, figures, contents', () => {
  it('reads 专栏 titles with and without a space', () => {
    expect(lineForm('专栏 1 海港、空港建设重大工程')).toEqual({ form: 'box-title', number: 1, title: '海港、空港建设重大工程' });
    expect(lineForm('专栏2 上合示范区重大平台')).toEqual({ form: 'box-title', number: 2, title: '上合示范区重大平台' });
  });
  it('reads box items with or without "- ", with the colon inside or outside the bold label, or with no label', () => {
    expect(lineForm('- ◆ **港口建设：**推进码头泊位调整。')).toEqual({ form: 'box-item', label: '港口建设', text: '推进码头泊位调整。' });
    expect(lineForm('◆ **中国海洋工程研究院：**围绕海洋工程')).toEqual({ form: 'box-item', label: '中国海洋工程研究院', text: '围绕海洋工程' });
    expect(lineForm('- ◆ **新能源**：发展氢能。')).toEqual({ form: 'box-item', label: '新能源', text: '发展氢能。' });
    expect(lineForm('- ◆ 高层次人才服务绿卡制度。')).toEqual({ form: 'box-item', label: null, text: '高层次人才服务绿卡制度。' });
  });
  it('reads table captions, tab-separated rows (keeping empty merged cells) and notes', () => {
    expect(lineForm('表 1 “十四五”时期经济社会发展主要指标')).toMatchObject({ form: 'table-caption', number: 1 });
    expect(lineForm('\t2\t全员劳动生产率（万元/人）\t20.6')).toEqual({ form: 'table-row', cells: ['', '2', '全员劳动生产率（万元/人）', '20.6'] });
    expect(lineForm('注：[]内为“十四五”时期5年累计数。')).toMatchObject({ form: 'table-note' });
  });
  it('reads figure captions but not sentences that start with 图', () => {
    expect(lineForm('图 1 产业发展三大组团示意图')).toEqual({ form: 'figure', number: 1, caption: '产业发展三大组团示意图' });
    expect(lineForm('图书馆新馆建成开放。').form).toBe('text');
  });
  it('reads the 目录 line', () => {
    expect(lineForm('目录')).toEqual({ form: 'toc' });
    expect(lineForm('目 录')).toEqual({ form: 'toc' });
  });
});

describe('isPlainSubhead', () => {
  it('is true for a short line without sentence punctuation', () => {
    expect(isPlainSubhead('坚定不移推进产业体系的现代化')).toBe(true);
  });
  it('is false for sentences, long lines and elisions', () => {
    expect(isPlainSubhead('为政之要，惟在得人。')).toBe(false);
    expect(isPlainSubhead('青岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要的全文')).toBe(false);
    expect(isPlainSubhead('……')).toBe(false);
  });
});
