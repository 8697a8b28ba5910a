import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery } from '../../search/query.ts';
import { searchTokens } from '../../search/tokens.ts';
import { concordance, escapeHtml, excerptHtml, matchRanges } from '../../search/highlight.ts';

describe('parseQuery', () => {
  it('reads plain words, quoted phrases in ASCII or Chinese quotes, and exclusions', () => {
    expect(parseQuery('海洋经济 "双招双引" “放管服” -疫情 -"新冠 肺炎"').terms).toEqual([
      { text: '海洋经济', exact: false, negated: false },
      { text: '双招双引', exact: true, negated: false },
      { text: '放管服', exact: true, negated: false },
      { text: '疫情', exact: false, negated: true },
      { text: '新冠 肺炎', exact: true, negated: true },
    ]);
  });
  it('runs an unclosed quote to the end and ignores empty pieces', () => {
    expect(parseQuery('  "自贸 片区  ').terms).toEqual([{ text: '自贸 片区', exact: true, negated: false }]);
    expect(parseQuery(' - "" ').terms).toEqual([]);
  });
  it('round-trips through formatQuery', () => {
    const text = '海洋经济 "双招双引" -疫情';
    expect(formatQuery(parseQuery(text))).toBe(text);
  });
});

describe('searchTokens', () => {
  it('cuts ideographs into overlapping bigrams and breaks runs at punctuation', () => {
    expect(searchTokens('海洋经济，发展')).toEqual(['海洋', '洋经', '经济', '发展']);
  });
  it('keeps a lone ideograph, and latin and digits as lower-case words, full width folded', () => {
    expect(searchTokens('抓 RCEP 与ＰＭ2.5')).toEqual(['抓', 'rcep', '与', 'pm2', '5']);
  });
  it('gives a phrase the same tokens inside a longer text, in a row', () => {
    const phrase = searchTokens('双招双引');
    const text = searchTokens('强力推进“双招双引”工作');
    const at = text.indexOf(phrase[0]!);
    expect(text.slice(at, at + phrase.length)).toEqual(phrase);
  });
});

describe('highlight', () => {
  it('marks every occurrence of the whole phrase and escapes the rest', () => {
    expect(excerptHtml('推进<b>双招双引</b>，双招双引成效显著', ['双招双引'], 200)).toBe('推进&lt;b&gt;<mark>双招双引</mark>&lt;/b&gt;，<mark>双招双引</mark>成效显著');
  });
  it('never lets a query become markup', () => {
    const payload = '<img src=x onerror=alert(1)>';
    expect(excerptHtml(`文字${payload}文字`, [payload])).toBe(`文字<mark>${escapeHtml(payload)}</mark>文字`);
    expect(excerptHtml(`文字${payload}文字`, [payload])).not.toContain('<img');
  });
  it('merges overlapping matches and matches latin case-insensitively', () => {
    expect(matchRanges('海洋经济海洋', ['海洋', '海洋经济'])).toEqual([[0, 4], [4, 6]]);
    expect(matchRanges('抢抓RCEP机遇', ['rcep'])).toEqual([[2, 6]]);
  });
  it('lists each occurrence with its context (KWIC)', () => {
    expect(concordance('甲乙丙海洋丁戊海洋己', ['海洋'], 2)).toEqual([
      { left: '乙丙', match: '海洋', right: '丁戊', offset: 3 },
      { left: '丁戊', match: '海洋', right: '己', offset: 7 },
    ]);
  });
});
