// The Meilisearch server the search page asks, when the build names one: only the public URL
// and the search-only key ever reach the page (the admin key is read by npm run search:push alone).
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { checkPublicKey } from '../../search/meilisearch/publicKey.ts';
import { serverUrl } from '../../search/meilisearch/env.ts';

const publicSchema = z.object({ url: z.url().refine((value) => serverUrl.safeParse(value).success, { message: 'PUBLIC_MEILI_URL must be an http:// or https:// URL' }), key: z.string().min(1) });
let checked: Promise<void> | null = null;

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
  // Once per build: refused keys stop it; a server that does not answer now is only reported.
  checked ??= checkPublicKey(parsed.data.url, parsed.data.key, process.env).then(({ refused, unchecked }) => {
    if (refused) throw new Error(refused);
    if (unchecked) console.warn(`PUBLIC_MEILI_SEARCH_KEY: ${unchecked}`);
  });
  await checked;
  const settings = JSON.parse(await readFile('search-config/meilisearch.json', 'utf8')) as { index: string };
  return { ...parsed.data, index: settings.index };
}
