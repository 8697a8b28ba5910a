// The citation a reader copies for a passage, in the page's language: the document's title,
// written once per page, then the passage's place: the numbering of its headings, written on the
// first passage under them (the page script carries it to the passages after), and its block id,
// which the passage's own id gives. The page joins them and adds the absolute URL when copying.
import type { Lang } from '../i18n/ui.ts';
import type { DocumentData, HeadingRef } from './model.ts';
import { numberingLabel } from '../../ingest/headingLabels.ts';

/** @example 《青岛市…纲要》 */
export function citationTitle(document: DocumentData, lang: Lang): string {
  return lang === 'zh' ? `《${document.meta.title.zh}》` : `${document.meta.title.en} (${document.meta.title.zh})`;
}

/**
 * The numbering of a passage's headings, as its citation names them.
 * @example citationNumbering(path, 'zh') // 第二章第三节; citationNumbering(path, 'en') // Chapter 2, Section 3
 */
export function citationNumbering(path: readonly HeadingRef[], lang: Lang): string {
  return path.map((heading) => numberingLabel(heading, lang)).filter(Boolean).join(lang === 'zh' ? '' : ', ');
}

/**
 * The passage's place, to follow the title as it stands: its headings' numbering and its fragment.
 * @example citationPlace('第二章第三节', 'c02/s03/p02', 'zh') // 第二章第三节，段落 c02/s03/p02; in English: , Chapter 2, Section 3, passage c02/s03/p02
 */
export function citationPlace(numbering: string, fragment: string, lang: Lang): string {
  if (lang === 'zh') return `${numbering}，段落 ${fragment}`;
  return `, ${numbering ? `${numbering}, ` : ''}passage ${fragment}`;
}

/**
 * The numbering each passage of a page writes (`passages` in page order): only where it differs
 * from the passage's before it, since under one heading every passage would repeat it.
 */
export function pageNumberings(passages: ReadonlyArray<{ id: string; headingPath: readonly HeadingRef[] }>, lang: Lang): Map<string, string> {
  const written = new Map<string, string>();
  let last: string | undefined;
  for (const passage of passages) {
    const numbering = citationNumbering(passage.headingPath, lang);
    if (numbering !== last) written.set(passage.id, numbering);
    last = numbering;
  }
  return written;
}
