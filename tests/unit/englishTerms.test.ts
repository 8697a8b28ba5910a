import { describe, expect, it } from 'vitest';
import { englishTermSpans } from '../../site/lib/englishTerms.ts';

const renderings = new Map([
  ['hai-yang-jing-ji', ['marine economy', 'ocean economy']],
  ['chan-ye-lian', ['industrial chain']],
  ['shuang-zhao-shuang-yin', ['"double attraction"']],
]);
const span = (term: string, first = true) => ({ term, start: 0, end: 2, first });

describe('englishTermSpans', () => {
  it('finds each term of the Chinese by its rendering or alias, in any case, number or hyphenation', () => {
    const english = 'Ocean economies and Industrial-chains grow; the marine economy leads.';
    const spans = englishTermSpans(english, [span('hai-yang-jing-ji'), span('chan-ye-lian', false)], renderings);
    expect(spans.map((found) => [english.slice(found.start, found.end), found.first])).toEqual([['Industrial-chains', false], ['marine economy', true]]);
  });

  it('marks nothing for a term the English does not render, nor inside a longer word', () => {
    expect(englishTermSpans('supermarine economyx', [span('hai-yang-jing-ji')], renderings)).toEqual([]);
    expect(englishTermSpans('a "double attraction" drive', [span('shuang-zhao-shuang-yin')], renderings)).toHaveLength(1);
  });
});
