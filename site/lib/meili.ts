// The Meilisearch server the search page asks, when the build names one: only the public URL
// and the search-only key ever reach the page (the admin key is read by npm run search:push alone).
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';

const publicSchema = z.object({ url: z.url(), key: z.string().min(1) });

export type MeiliPublicConfig = z.infer<typeof publicSchema> & { index: string };

/** PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY at build time, checked, or null when unset. */
export async function meiliPublicConfig(): Promise<MeiliPublicConfig | null> {
  const url = import.meta.env.PUBLIC_MEILI_URL as string | undefined;
  const key = import.meta.env.PUBLIC_MEILI_SEARCH_KEY as string | undefined;
  if (!url && !key) return null;
  const parsed = publicSchema.safeParse({ url, key });
  if (!parsed.success) {
    throw new Error(`PUBLIC_MEILI_URL and PUBLIC_MEILI_SEARCH_KEY must both be set, the first a URL: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  const settings = JSON.parse(await readFile('search-config/meilisearch.json', 'utf8')) as { index: string };
  return { ...parsed.data, index: settings.index };
}
