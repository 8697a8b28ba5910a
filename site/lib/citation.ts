// The citation a reader copies for a passage, in the page's language.
import type { Lang } from '../i18n/ui.ts';
import type { DocumentData, HeadingRef } from './model.ts';
import { numberingLabel } from '../../ingest/headingLabels.ts';
import { fragment } from './reader.ts';

/**
 * A citation without its URL (the page adds the absolute URL when copying).
 * @example 《青岛市…纲要》第二章 第三节，段落 c02/s03/p02
 */
export function citationText(document: DocumentData, path: readonly HeadingRef[], blockId: string, lang: Lang): string {
  const numbering = path.map((heading) => numberingLabel(heading, lang)).filter(Boolean);
  if (lang === 'zh') {
    return `《${document.meta.title.zh}》${numbering.join('')}，段落 ${fragment(blockId)}`;
  }
  return `${document.meta.title.en} (${document.meta.title.zh}), ${[...numbering, `passage ${fragment(blockId)}`].join(', ')}`;
}
