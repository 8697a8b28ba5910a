import { describe, expect, it } from 'vitest';
import { runDocument } from '../helpers.ts';

const plan = [
  '第一章 总论',
  '开篇第一段。',
  '第一节 成就',
  '（一）综合实力持续增强。全市生产总值增长。',
  '（二）动能转换初见成效。新动能壮大。',
  '第二节 目标',
  '推动消费扩容提质。顺应消费升级。',
  '扩大精准有效投资。优化投资结构。',
  '专栏 1 海港、空港建设重大工程',
  '- ◆ **港口建设：**建设码头。',
  '- ◆ **机场建设：**机场转场运营。',
  '图 1 港口布局示意图',
  '第二章 开放',
  '第一节 枢纽',
  '建设国际性综合交通枢纽。统筹四港联动。',
].join('\n\n');

const ids = (text: string): string[] => {
  const { document } = runDocument(text);
  return document.blocks.flatMap((block) => (block.type === 'box' ? [block.id, ...block.items.map((item) => item.id)] : [block.id]));
};

describe('outline: block ids', () => {
  it('builds ids from the place in the structure', () => {
    expect(ids(plan)).toEqual([
      'test-doc/c01',
      'test-doc/c01/p01',
      'test-doc/c01/s01',
      'test-doc/c01/s01/n01',
      'test-doc/c01/s01/n01/p01',
      'test-doc/c01/s01/n02',
      'test-doc/c01/s01/n02/p01',
      'test-doc/c01/s02',
      'test-doc/c01/s02/p01',
      'test-doc/c01/s02/p02',
      'test-doc/c01/s02/box01',
      'test-doc/c01/s02/box01/i01',
      'test-doc/c01/s02/box01/i02',
      'test-doc/c01/s02/fig1',
      'test-doc/c02',
      'test-doc/c02/s01',
      'test-doc/c02/s01/p01',
    ]);
  });

  it('keeps every id when one paragraph is edited', () => {
    const edited = plan.replace('扩大精准有效投资。优化投资结构。', '扩大精准有效投资。优化投资结构，提升投资效益，增加有效供给。');
    expect(edited).not.toBe(plan);
    expect(ids(edited)).toEqual(ids(plan));
  });

  it('changes only the ids after an inserted paragraph within the same heading', () => {
    const inserted = plan.replace('第二节 目标\n\n', '第二节 目标\n\n新增的一段文字。\n\n');
    const before = ids(plan);
    const after = ids(inserted);
    const changed = after.filter((id) => !before.includes(id));
    expect(changed).toEqual(['test-doc/c01/s02/p03']);
    expect(after.filter((id) => id.startsWith('test-doc/c02'))).toEqual(before.filter((id) => id.startsWith('test-doc/c02')));
  });

  it('gives untitled sub-heads ordinals and never the same id twice', () => {
    const feature = '坚定不移推进产业体系的现代化\n\n——重点产业实现新突破。锚定产业链。\n\n——园区建设实现新突破。坚持专业化。\n\n坚定不移推进城市功能的现代化\n\n城市功能提升。\n';
    const found = ids(feature);
    expect(found).toEqual([
      'test-doc/h01',
      'test-doc/h01/d01',
      'test-doc/h01/d01/p01',
      'test-doc/h01/d02',
      'test-doc/h01/d02/p01',
      'test-doc/h02',
      'test-doc/h02/p01',
    ]);
  });
});

describe('passages', () => {
  it('lists paragraphs, box items and tables with the headings above them', () => {
    const { document } = runDocument(plan);
    const item = document.passages.find((passage) => passage.id === 'test-doc/c01/s02/box01/i01')!;
    expect(item).toMatchObject({
      kind: 'box-item',
      text: '港口建设：建设码头。',
      box: '专栏 1 海港、空港建设重大工程',
      chapterId: 'test-doc/c01',
      sectionId: 'test-doc/c01/s02',
    });
    expect(item.headingPath.map((heading) => heading.numbering)).toEqual(['第一章', '第二节']);
    expect(document.passages.map((passage) => passage.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'box-item', 'box-item', 'paragraph']);
  });
});
