// How a heading is labelled as one line of text in each language (第三章 更高水平… / Chapter 3 …),
// for the reader, the search results, the facets and the citations alike: built from the
// heading's parts (numbering, title, subtitle), never from a string that already joined them.
import type { HeadingBlock } from './model.ts';

export type LabelLang = 'zh' | 'en';

type Numbered = Pick<HeadingBlock, 'form' | 'numbering' | 'number'>;
type Titled = Pick<HeadingBlock, 'title' | 'subtitle' | 'titleEn' | 'subtitleEn'>;
export type LabelledHeading = Numbered & Titled;

const ordinalsEn = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** Punctuation that already closes a clause: no separator is added after it. */
const closing = /[。！？；：，、!?;:,]$/u;

/**
 * The numbering of a heading in a language, or '' when it has none.
 * @example numberingLabel({ form: 'chapter', numbering: '第三章', number: 3 }, 'en') // 'Chapter 3'
 */
export function numberingLabel(heading: Numbered, lang: LabelLang): string {
  if (lang === 'zh' || heading.number === null) return heading.form === 'dash-lead' || heading.numbering === null ? '' : heading.numbering;
  switch (heading.form) {
    case 'annex':
      return `Annex ${heading.number}`;
    case 'book':
    case 'volume':
      return `Part ${heading.number}`;
    case 'article':
      return `Article ${heading.number}`;
    case 'chapter':
      return `Chapter ${heading.number}`;
    case 'section':
      return `Section ${heading.number}`;
    case 'part':
      return `Part ${heading.number}`;
    case 'numbered':
      return `(${heading.number})`;
    case 'arabic':
      return `${heading.number}.`;
    case 'paren-arabic':
      return `(${heading.number})`;
    case 'item-lead':
      return ordinalsEn[heading.number - 1] ?? `${heading.number}.`;
    default:
      return '';
  }
}

/** Whether the heading has an English title for all its lines. */
export const hasEnglishTitle = (heading: Titled): boolean => heading.titleEn !== null && (heading.subtitle === null || heading.subtitleEn !== null);

/**
 * The title of a heading in a language (English where translated, else Chinese), its second line
 * after the separator of the language it is shown in: ： in Chinese, a colon in English.
 * @example headingTitle({ title: '更高水平“搞活一座城”', subtitle: '开启新征程', titleEn: null, subtitleEn: null }, 'zh') // '更高水平“搞活一座城”：开启新征程'
 */
export function headingTitle(heading: Titled, lang: LabelLang): string {
  const english = lang === 'en' && hasEnglishTitle(heading);
  const [title, subtitle] = english ? [heading.titleEn!, heading.subtitleEn] : [heading.title, heading.subtitle];
  if (!subtitle) return title;
  if (closing.test(title)) return `${title}${english ? ' ' : ''}${subtitle}`;
  return english ? `${title}: ${subtitle}` : `${title}：${subtitle}`;
}

/**
 * The parts of a heading's label: numbering, the separator after it and title. Chinese keeps the
 * print's form (第一章 title, 五是title, （二）title); English puts a space after a chapter,
 * section, part or (2), a colon after an ordinal.
 */
export function labelParts(heading: LabelledHeading, lang: LabelLang): { numbering: string; separator: string; title: string } {
  const numbering = numberingLabel(heading, lang);
  const title = headingTitle(heading, lang);
  if (!numbering) return { numbering, separator: '', title };
  if (lang === 'zh') return { numbering, separator: /^第.+[章节编篇部]$/u.test(numbering) ? ' ' : '', title };
  return { numbering, separator: heading.form === 'item-lead' ? ': ' : ' ', title };
}

/**
 * Numbering and title as one label.
 * @example headingLabel({ form: 'item-lead', numbering: '四是', number: 4, title: '激发市场主体活力', titleEn: 'Unleash the vitality of market entities', subtitle: null, subtitleEn: null }, 'en') // 'Fourth: Unleash the vitality of market entities'
 */
export function headingLabel(heading: LabelledHeading, lang: LabelLang): string {
  const { numbering, separator, title } = labelParts(heading, lang);
  return `${numbering}${separator}${title}`;
}

/** A heading path as one line: 第一章 … › 第二节 … (zh) or Chapter 1 … › Section 2 … (en). */
export function headingPathLabel(path: readonly LabelledHeading[], lang: LabelLang): string {
  return path.map((heading) => headingLabel(heading, lang)).join(' › ');
}
