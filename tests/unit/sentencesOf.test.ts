import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../site/lib/sentences.ts';

describe('sentencesOf', () => {
  const zh = '落实合作倡议，当好开放窗口。依托青岛港延伸港口服务功能，建设内陆港。打造商品集散地。';
  const en = 'Implement the initiative and serve as the window. Rely on the Port of Qingdao to extend port services and build inland ports. Build a distribution centre.';

  it('gives the English sentences holding the words where the translation keeps the Chinese sentences', () => {
    expect(sentencesOf(zh, en, 0, 6)).toBe('Implement the initiative and serve as the window.');
    expect(sentencesOf(zh, en, zh.indexOf('依托'), zh.indexOf('建设'))).toBe('Rely on the Port of Qingdao to extend port services and build inland ports.');
    // Words running over a sentence's end take both sentences.
    expect(sentencesOf(zh, en, zh.indexOf('开放'), zh.indexOf('港口'))).toBe('Implement the initiative and serve as the window. Rely on the Port of Qingdao to extend port services and build inland ports.');
  });

  it('reads words that open with the stop before them as the next sentence’s', () => {
    expect(sentencesOf(zh, en, zh.indexOf('。依托'), zh.indexOf('建设'))).toBe('Rely on the Port of Qingdao to extend port services and build inland ports.');
  });

  it('gives the whole English where its sentences are not the Chinese ones', () => {
    expect(sentencesOf(zh, 'One long English sentence for all of it.', 0, 6)).toBe('One long English sentence for all of it.');
  });
});
