import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSegmenter, searchWords, words } from '../../ingest/stages/segment.ts';
import { searchConfigDir } from '../helpers.ts';

const userDict = path.join(searchConfigDir, 'user-dict.txt');

beforeAll(() => loadSegmenter(userDict));

describe('segment', () => {
  it('keeps every term of the user dictionary whole inside a sentence', () => {
    const terms = readFileSync(userDict, 'utf8').split('\n').map((line) => line.split(' ')[0]!).filter((term) => term && !/^[\x00-\x7f]+$/u.test(term));
    const split = terms.filter((term) => !words(`我们要推动${term}取得新进展`).includes(term));
    expect(split).toEqual([]);
  });
  it('drops punctuation and white space but keeps numbers and latin acronyms', () => {
    expect(words('抢抓 RCEP 历史机遇，5G 基站达到 3.5 万个。')).toEqual(expect.arrayContaining(['RCEP', '5G', '3.5']));
    expect(words('抢抓 RCEP 历史机遇，5G 基站。').some((word) => /[，。\s]/u.test(word))).toBe(false);
  });
  it('yields the shorter words inside long ones in search mode', () => {
    expect(searchWords('中国农业发展银行')).toEqual(expect.arrayContaining(['农业', '银行']));
  });
  it('refuses to switch dictionaries within one process', () => {
    expect(() => loadSegmenter('/elsewhere/user-dict.txt')).toThrow(/already loaded/u);
  });
});
