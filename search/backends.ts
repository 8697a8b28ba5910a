// Choosing a backend at query time: the server backend when it answers, else the embedded one.
import type { SearchPage } from './engine.ts';

export interface BackendAnswer {
  page: SearchPage;
  /** The backend that answered. */
  backend: 'meilisearch' | 'pagefind';
  /** Why the server backend did not answer, when the embedded one did instead. */
  fallbackReason: string | null;
}

/** Asks `primary` (Meilisearch) and, if it fails, `fallback` (Pagefind), saying so. */
export async function searchWithFallback(primary: (() => Promise<SearchPage>) | null, fallback: () => Promise<SearchPage>): Promise<BackendAnswer> {
  if (primary) {
    try {
      return { page: await primary(), backend: 'meilisearch', fallbackReason: null };
    } catch (error) {
      return { page: await fallback(), backend: 'pagefind', fallbackReason: (error as Error).message || String(error) };
    }
  }
  return { page: await fallback(), backend: 'pagefind', fallbackReason: null };
}
