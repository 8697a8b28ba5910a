// URLs of the site in each language: Chinese at the root, English under /en/ (the rule itself
// is in ingest/address.ts, which the search index uses too).
import type { Lang } from './ui.ts';

export { localePath } from '../../ingest/address.ts';

/** The language-neutral path of a URL path (without /en). */
export function neutralPath(pathname: string): string {
  return pathname.replace(/^\/en(?=\/|$)/u, '') || '/';
}

/** The other language of the two. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
