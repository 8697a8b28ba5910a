// URLs of the site in each language: Chinese at the root, English under /en/.
import { defaultLang, type Lang } from './ui.ts';

/**
 * A site path in a language.
 * @example localePath('en', '/topics/') // '/en/topics/'
 */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === defaultLang ? clean : `/${lang}${clean}`;
}

/** The language-neutral path of a URL path (without /en). */
export function neutralPath(pathname: string): string {
  return pathname.replace(/^\/en(?=\/|$)/u, '') || '/';
}

/** The other language of the two. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
