import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../ingest/diagnostics.ts';
import { detectLayout, normalize, sourceLines } from '../../ingest/stages/normalize.ts';

const run = (text: string) => normalize(text, new DiagnosticSink('t.txt'));
const texts = (text: string) => run(text).units.map((unit) => unit.text);

describe('normalize: newspaper columns', () => {
  const column = ['  加快发展大数据、云计', '算、智能终端等数字产', '业。', '\u3000\u3000四是着力激发市场主体', '活力。坚持一视同仁。'].join('\n');

  it('detects the wrapped layout', () => {
    expect(run(column).layout).toBe('wrapped');
  });
  it('joins hard-wrapped lines, also inside words, and starts a paragraph at each indent (spaces or U+3000)', () => {
    expect(texts(column)).toEqual(['加快发展大数据、云计算、智能终端等数字产业。', '四是着力激发市场主体活力。坚持一视同仁。']);
  });
  it('joins a paragraph across a column break (blank line, no indent)', () => {
    const text = ['  坚持向改革要动力，释放', '市政府《青岛西海岸新区', '高质量发展行动方案', '', '（2022-2024年）》等政策', '效应；', '  下一段开始。'].join('\n');
    expect(texts(text)).toEqual(['坚持向改革要动力，释放市政府《青岛西海岸新区高质量发展行动方案（2022-2024年）》等政策效应；', '下一段开始。']);
  });
  it('keeps a sub-head printed alone between blank lines apart from the text after it', () => {
    const text = ['  为国担当上走在前列、示', '范引领，不负国之重任、', '历史使命。', '', '坚持发展第一要务———', '', '　　发展是解决一切问', '题的基础和关键。没有发', '展，一切都无从谈起。'].join('\n');
    expect(texts(text)).toEqual([
      '为国担当上走在前列、示范引领，不负国之重任、历史使命。',
      '坚持发展第一要务———',
      '发展是解决一切问题的基础和关键。没有发展，一切都无从谈起。',
    ]);
  });
});

describe('normalize: continuation markers', () => {
  it('removes 上接/下转 markers from the text and keeps them as metadata with their lines', () => {
    const result = run(' （上接第三版）加快发展大数据、云计\n算等数字产业。\n  同志们，高效能治理和（下转第五版）\n');
    expect(result.units.map((unit) => unit.text)).toEqual(['加快发展大数据、云计算等数字产业。', '同志们，高效能治理和']);
    expect(result.continuation).toEqual([
      { text: '上接第三版', direction: 'from', page: '第三版', line: 1 },
      { text: '下转第五版', direction: 'to', page: '第五版', line: 3 },
    ]);
  });
  it('reads half-width brackets and the front page (封面)', () => {
    const result = run('\n\n(上接封面)\n\n坚定不移推进产业体系的现代化\n\n举行重点项目观摩会。\n');
    expect(result.continuation).toEqual([{ text: '上接封面', direction: 'from', page: '封面', line: 3 }]);
    expect(result.units.map((unit) => unit.text)).not.toContain('(上接封面)');
  });
});

describe('normalize: one paragraph a line', () => {
  it('detects the layout', () => {
    expect(detectLayout(sourceLines('第一段。\n\n第二段。\n\n第三段。\n'))).toBe('line-per-paragraph');
  });
  it('joins a paragraph and a word cut in two by a page break', () => {
    expect(texts('青岛承担着历史使命，必须正确认识、准确\n\n识变、科学应变。\n\n下一段。\n')).toEqual(['青岛承担着历史使命，必须正确认识、准确识变、科学应变。', '下一段。']);
  });
  it('does not join across a heading, a sub-head or a finished sentence', () => {
    expect(texts('第一章 更高水平“搞活一座城”\n\n开启现代化国际大都市建设新征程\n\n青岛是 1000 万市民的家园。\n\n第二段。\n')).toEqual([
      '第一章 更高水平“搞活一座城”',
      '开启现代化国际大都市建设新征程',
      '青岛是 1000 万市民的家园。',
      '第二段。',
    ]);
  });
  it('joins a box item cut by a page break but never glues the next item to it', () => {
    expect(texts('- ◆ **国家和省实验室：**青岛新能源山东省实验\n\n室。\n\n- ◆ **大科学装置：**超级计算中心。\n')).toEqual([
      '- ◆ **国家和省实验室：**青岛新能源山东省实验室。',
      '- ◆ **大科学装置：**超级计算中心。',
    ]);
  });
  it('keeps the leading tab of a table row whose first cell is merged', () => {
    expect(texts('表 1 指标\n\n类别\t序号\n经济\t1\n\t2\n')).toEqual(['表 1 指标', '类别\t序号', '经济\t1', '\t2']);
  });
});

describe('normalize: line endings and BOM', () => {
  it('reads CRLF and a BOM like LF without one', () => {
    expect(texts('\uFEFF第一段。\r\n\r\n第二段。\r\n')).toEqual(texts('第一段。\n\n第二段。\n'));
  });
});
