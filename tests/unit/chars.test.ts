import { describe, expect, it } from 'vitest';
import { closeIdeographSpaces, contentChars, endsSentence, firstSentence } from '../../ingest/text/chars.ts';
import { chineseNumber } from '../../ingest/text/numerals.ts';

describe('endsSentence', () => {
  it('is true after sentence-final punctuation, also inside closing quotes', () => {
    expect(endsSentence('打造体验经济示范区。')).toBe(true);
    expect(endsSentence('拓展“旅游+”模式；')).toBe(true);
    expect(endsSentence('他说：“要走在前列。”')).toBe(true);
  });
  it('is false for a line cut mid-sentence or a quoted title', () => {
    expect(endsSentence('必须正确认识、准确')).toBe(false);
    expect(endsSentence('更高水平“搞活一座城”')).toBe(false);
    expect(endsSentence('完善交易、结算等组织服务功能，')).toBe(false);
  });
});

describe('contentChars', () => {
  it('keeps ideographs, digits and latin letters, in order', () => {
    expect(contentChars('抢抓 RCEP 机遇，5G、PM2.5 下降 3—5 个。')).toBe('抢抓RCEP机遇5GPM25下降35个');
  });
});

describe('closeIdeographSpaces', () => {
  it('drops spaces print put between ideographs but keeps those around numbers and latin', () => {
    expect(closeIdeographSpaces('青 岛 西 海 岸 新 区，总投 资')).toBe('青岛西海岸新区，总投资');
    expect(closeIdeographSpaces('达到 1.24 万亿元，推动 5G 应用')).toBe('达到 1.24 万亿元，推动 5G 应用');
  });
});

describe('firstSentence', () => {
  it('returns the text up to the first full stop, or null', () => {
    expect(firstSentence('推动消费扩容提质。顺应消费结构升级新趋势。')).toBe('推动消费扩容提质。');
    expect(firstSentence('没有句号的标题')).toBeNull();
  });
});

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['三十九', 39],
    ['12', 12],
  ])('reads %s as %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });
  it('refuses what is not a numeral', () => {
    expect(chineseNumber('章')).toBeNull();
    expect(chineseNumber('')).toBeNull();
  });
});
