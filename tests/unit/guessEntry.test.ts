import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessEntry, isoDate } from '../../ingest/guessEntry.ts';
import { manifestEntrySchema } from '../../ingest/schema/manifest.ts';
import { projectRoot } from '../helpers.ts';

const fixture = (name: string): string => readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'generality', name), 'utf8');

describe('corpus:add guesses', () => {
  it('reads title, issuer, date and kind from a notice, and the entry validates with English left out', () => {
    const { entry, head } = guessEntry('notices/notice-head-foot.txt', fixture('notice-head-foot.txt'));
    expect(entry).toMatchObject({ id: 'notices-notice-head-foot', title: { zh: '某某市人民政府办公厅关于做好节假日安排的通知' }, kind: 'notice', level: 'city', region: { zh: '某某市' }, date: { value: '2024-01-15', precision: 'day' } });
    expect(head.documentNumber?.text).toBe('某政办发〔2024〕12号');
    const parsed = manifestEntrySchema.parse(entry);
    expect(parsed.title.en).toBe(parsed.title.zh);
    expect(parsed.englishMissing).toEqual(['title', 'shortTitle', 'region', 'completeness']);
  });
  it('reads the title below a banner and document number, wrapped over two lines, and the issuer', () => {
    const { entry, head } = guessEntry('pdf-extract.txt', fixture('pdf-extract.txt'));
    expect(entry).toMatchObject({ title: { zh: '某某市人民政府关于印发推进数字政府建设实施方案的通知' }, kind: 'notice', level: 'city', date: { value: '2024-03-08' } });
    expect(head.issuer?.text).toBe('某某市人民政府文件');
  });
  it('takes the kind from the last words of the title', () => {
    expect(guessEntry('a.txt', '某市公共数据管理办法\n第一条　为了规范管理，制定本办法。\n').entry.kind).toBe('measures');
    expect(guessEntry('a.txt', '某省数据条例\n第一条　为了规范管理，制定本条例。\n').entry).toMatchObject({ kind: 'regulation', level: 'province' });
  });
  it('reads dates printed in Chinese numerals', () => {
    expect(isoDate('二〇二四年一月十二日')).toBe('2024-01-12');
    expect(isoDate('二〇二一年十二月三十一日')).toBe('2021-12-31');
    expect(isoDate('2024 年 3 月 5 日')).toBe('2024-03-05');
  });
});
