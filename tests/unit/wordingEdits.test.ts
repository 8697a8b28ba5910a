// A document's wording of a shared phrase as edits to the plan's wording (site/lib/wordingEdits.ts):
// the phrases page writes it so and its script reads it back for the text filter.
import { describe, expect, it } from 'vitest';
import { decodeWording, encodeWording } from '../../site/lib/wordingEdits.ts';

const plan = '探索游艇入境备案制，争取外国旅游团乘坐邮轮入境26天免签政策，推进智慧旅游建设。';

describe('encodeWording', () => {
  it('writes a changed number or word as the change alone, its place counted from the edit before', () => {
    const at = (text: string) => plan.indexOf(text);
    expect(encodeWording(plan, plan.replace('26', '37'))).toBe(`${at('26')},2,2,37`);
    expect(encodeWording(plan, plan.replace('26', '37').replace('智慧', '数字'))).toBe(`${at('26')},2,2,37;${at('智慧') - at('26') - 2},2,2,数字`);
    expect(encodeWording(plan, plan.replace('外国', ''))).toBe(`${at('外国')},2,0,`);
    expect(encodeWording(plan, plan.replace('，推进', '，积极推进'))).toBe(`${at('推进')},0,2,积极`);
  });

  it('reads back every wording, whatever characters its edits hold', () => {
    const wordings = [
      plan,
      '',
      plan.replace('26', '3,7;'),
      plan.replace(/旅游/gu, 'tourism'),
      `前言${plan}后记`,
      '完全不同的一句话',
      plan.split('').reverse().join(''),
    ];
    for (const wording of wordings) expect(decodeWording(plan, encodeWording(plan, wording))).toBe(wording);
    expect(decodeWording('', encodeWording('', plan))).toBe(plan);
  });

  it('takes a third of the bytes of the wording it writes when the wordings differ by a few edits', () => {
    const wording = plan.replace('26', '37').replace('外国', '境外');
    expect(Buffer.byteLength(encodeWording(plan, wording))).toBeLessThan(Buffer.byteLength(wording) / 3);
  });

  it('writes a wording with more changes than it looks for as one edit replacing the whole', () => {
    const base = 'a'.repeat(400);
    const other = 'b'.repeat(400);
    expect(encodeWording(base, other)).toBe(`0,400,400,${other}`);
    expect(decodeWording(base, encodeWording(base, other))).toBe(other);
  });
});
