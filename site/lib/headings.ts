// How a heading is labelled in each language: 第三章 / Chapter 3, （二） / (2).
import type { Lang } from '../i18n/ui.ts';
import type { HeadingBlock, HeadingRef } from './model.ts';

type Labelled = Pick<HeadingBlock, 'form' | 'numbering' | 'number'>;

const ordinalsEn = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/**
 * The numbering of a heading in a language, or '' when it has none.
 * @example numberingLabel({ form: 'chapter', numbering: '第三章', number: 3 }, 'en') // 'Chapter 3'
 */
export function numberingLabel(heading: Labelled, lang: Lang): string {
  if (lang === 'zh' || heading.number === null) return heading.form === 'dash-lead' || heading.numbering === null ? '' : heading.numbering;
  switch (heading.form) {
    case 'chapter':
      return `Chapter ${heading.number}`;
    case 'section':
      return `Section ${heading.number}`;
    case 'part':
      return `Part ${heading.number}`;
    case 'numbered':
      return `(${heading.number})`;
    case 'item-lead':
      return ordinalsEn[heading.number - 1] ?? `${heading.number}.`;
    default:
      return '';
  }
}

/** The title of a heading in a language: the English one where it exists, else the Chinese. */
export function headingTitle(heading: Pick<HeadingBlock, 'title' | 'subtitle' | 'titleEn' | 'subtitleEn'>, lang: Lang): string {
  if (lang === 'en' && heading.titleEn) return [heading.titleEn, heading.subtitleEn].filter(Boolean).join(': ');
  return [heading.title, heading.subtitle].filter(Boolean).join(' ');
}

/** A heading path as one line of text: 第一章 › 第二节 (zh) or Chapter 1 › Section 2 (en). */
export function headingPathLabel(path: readonly HeadingRef[], lang: Lang): string {
  return path
    .map((heading) => {
      const numbering = numberingLabel(heading, lang);
      const title = lang === 'en' && heading.titleEn ? heading.titleEn : heading.title;
      return numbering ? `${numbering} ${title}` : title;
    })
    .join(' › ');
}
