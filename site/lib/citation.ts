// The citation a reader copies for a passage, in the page's language: the document's title,
// written once per page, then the passage's place, written on its Cite button. The page joins
// the two and adds the absolute URL when copying.
import type { Lang } from '../i18n/ui.ts';
import type { DocumentData, HeadingRef } from './model.ts';
import { numberingLabel } from '../../ingest/headingLabels.ts';
import { fragment } from './reader.ts';

/** @example 《青岛市…纲要》 */
export function citationTitle(document: DocumentData, lang: Lang): string {
  return lang === 'zh' ? `《${document.meta.title.zh}》` : `${document.meta.title.en} (${document.meta.title.zh})`;
}

/**
 * The passage's place, to follow the title as it stands.
 * @example 第二章第三节，段落 c02/s03/p02 (Chinese); , Chapter 2, Section 3, passage c02/s03/p02 (English)
 */
export function citationPlace(path: readonly HeadingRef[], blockId: string, lang: Lang): string {
  const numbering = path.map((heading) => numberingLabel(heading, lang)).filter(Boolean);
  if (lang === 'zh') return `${numbering.join('')}，段落 ${fragment(blockId)}`;
  return `, ${[...numbering, `passage ${fragment(blockId)}`].join(', ')}`;
}
