// What a unit's English must keep of its Chinese, checked per unit (no I/O): every Arabic number
// (amounts in 万/亿 converted to English magnitudes, months possibly named), the glossary's rendering of every term
// found in the Chinese, no Chinese characters (but inside parentheses, a term given in both
// scripts), and a length in a sane ratio to the Chinese.
import type { GlossaryTerm } from '../schema/glossary.ts';

export type TranslationRule = 'translation-number' | 'translation-term' | 'translation-han' | 'translation-length';

export interface TranslationProblem {
  rule: TranslationRule;
  message: string;
}

/** English characters per Chinese character outside which a unit is reported for re-reading. */
export const lengthRatio = { min: 1.2, max: 8, fromCharacters: 12 } as const;

const magnitudes: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ways an amount may be written in English: 35000, 35,000, 35 thousand, 0.035 million … */
function englishForms(value: number): string[] {
  const plain = (n: number) => String(Number(n.toPrecision(12)));
  const forms = [plain(value), Math.round(value).toLocaleString('en-US')];
  for (const [word, size] of [['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]] as const) {
    if (value >= size / 1000) forms.push(`${plain(value / size)} ${word}`);
  }
  return forms;
}

/** Digits as the English is compared: thousands separators dropped. */
const withoutSeparators = (text: string): string => text.replace(/(\d),(?=\d{3}\b)/gu, '$1');

/** Arabic numbers of the Chinese that the English lacks. */
export function missingNumbers(zh: string, en: string): string[] {
  const english = withoutSeparators(en);
  const englishNumbers = new Set(english.match(/\d+(?:\.\d+)?/gu) ?? []);
  const missing: string[] = [];
  for (const match of zh.matchAll(/(\d+(?:\.\d+)?)\s*(万亿|亿|万)?/gu)) {
    const [whole, digits, own] = match as unknown as [string, string, string | undefined];
    // In a range (1000—3000亿元) the first number takes the magnitude of the second.
    const magnitude = own ?? zh.slice(match.index + whole.length).match(/^\s*[—–~～至到-]\s*\d+(?:\.\d+)?\s*(万亿|亿|万)/u)?.[1];
    // An amount in 万/亿 must be converted right: its bare digits are not enough (20亿 is not 20 million).
    // A month (3月, 11月26日, the 1 of 1-10月) may be named: In March, on November 26.
    const month = /^\s*(?:[—–~～至到-]\s*\d+\s*)?月/u.test(zh.slice(match.index + whole.length)) && Number(digits) >= 1 && Number(digits) <= 12;
    const found = magnitude
      ? englishForms(Number(digits) * magnitudes[magnitude]!).some((form) => english.includes(withoutSeparators(form)))
      : englishNumbers.has(digits) || (month && new RegExp(`\\b${monthNames[Number(digits) - 1]}\\b`, 'u').test(en));
    if (!found) missing.push(whole);
  }
  return missing;
}

/** English folded for comparison: lower case, words only, plural s dropped. */
const foldEnglish = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 3 ? word.replace(/ies$/u, 'y').replace(/(s|x|ch|sh)es$/u, '$1').replace(/s$/u, '') : word))
    .join(' ')} `;

/** Whether the English holds the term's rendering or one of its English aliases. */
export const rendersTerm = (en: string, term: Pick<GlossaryTerm, 'en' | 'enAliases'>): boolean => {
  const english = foldEnglish(en);
  return [term.en, ...term.enAliases].some((rendering) => english.includes(foldEnglish(rendering)));
};

/** Chinese characters left in the English outside parentheses. */
export function hanOutsideParentheses(en: string): string[] {
  return en.replace(/[（(][^（()）]*[)）]/gu, '').match(/\p{Script=Han}+/gu) ?? [];
}

/** The problems of one unit's English; `terms` are the glossary terms found in its Chinese. */
export function translationProblems(zh: string, en: string, terms: readonly GlossaryTerm[]): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const numbers = missingNumbers(zh, en);
  if (numbers.length > 0) problems.push({ rule: 'translation-number', message: `the English lacks ${numbers.map((number) => `“${number}”`).join(', ')}` });
  for (const term of terms) {
    if (!rendersTerm(en, term)) problems.push({ rule: 'translation-term', message: `${term.zh} should read “${term.en}”${term.enAliases.length > 0 ? ` (or ${term.enAliases.map((alias) => `“${alias}”`).join(', ')})` : ''}` });
  }
  const han = hanOutsideParentheses(en);
  if (han.length > 0) problems.push({ rule: 'translation-han', message: `Chinese left in the English: ${han.join(' ')}` });
  const hanCount = zh.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (hanCount >= lengthRatio.fromCharacters) {
    const ratio = en.length / hanCount;
    if (ratio < lengthRatio.min || ratio > lengthRatio.max) {
      problems.push({ rule: 'translation-length', message: `${en.length} English characters for ${hanCount} Chinese (ratio ${ratio.toFixed(1)}; usual ${lengthRatio.min}–${lengthRatio.max}): re-read for an omission or an addition` });
    }
  }
  return problems;
}
