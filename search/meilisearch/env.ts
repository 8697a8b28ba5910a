// The environment the Meilisearch commands read, checked at the boundary.
import { z } from 'zod';

const serverSchema = z.object({
  MEILI_URL: z.url({ message: 'MEILI_URL must be the server URL, e.g. http://127.0.0.1:7700' }),
  MEILI_ADMIN_KEY: z.string().min(1).optional(),
});

export type MeiliServerEnv = z.infer<typeof serverSchema>;

/** MEILI_URL and the admin key (MEILI_ADMIN_KEY, or MEILI_MASTER_KEY), or a message saying what is missing. */
export function meiliServerEnv(env: NodeJS.ProcessEnv = process.env): MeiliServerEnv | string {
  const parsed = serverSchema.safeParse({ MEILI_URL: env.MEILI_URL, MEILI_ADMIN_KEY: env.MEILI_ADMIN_KEY ?? env.MEILI_MASTER_KEY });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}

const searchSchema = z.object({ MEILI_URL: serverSchema.shape.MEILI_URL, key: z.string().min(1).optional() });

/** MEILI_URL and a key that can search (MEILI_SEARCH_KEY, else the admin key), or what is missing. */
export function meiliSearchEnv(env: NodeJS.ProcessEnv = process.env): z.infer<typeof searchSchema> | string {
  const parsed = searchSchema.safeParse({ MEILI_URL: env.MEILI_URL, key: env.MEILI_SEARCH_KEY ?? env.MEILI_ADMIN_KEY ?? env.MEILI_MASTER_KEY });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
