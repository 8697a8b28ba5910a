// The environment the Meilisearch commands read, checked at the boundary.
import { z } from 'zod';
import { defaultLimits, type MeiliLimits } from './client.ts';

/** An http or https URL: anything else (file:, a bare host name) would be sent somewhere it should not. */
export const serverUrl = z
  .string({ message: 'MEILI_URL must be the server URL, e.g. http://127.0.0.1:7700' })
  .refine((value) => URL.canParse(value), { message: 'MEILI_URL must be the server URL, e.g. http://127.0.0.1:7700' })
  .refine((value) => !URL.canParse(value) || ['http:', 'https:'].includes(new URL(value).protocol), { message: 'MEILI_URL must be an http:// or https:// URL' });

const whole = (name: string, min: number) =>
  z.coerce.number({ message: `${name} must be a whole number` }).int({ message: `${name} must be a whole number` }).min(min, { message: `${name} must be at least ${min}` });

const limitsSchema = z.object({
  MEILI_TIMEOUT_MS: whole('MEILI_TIMEOUT_MS', 1).default(defaultLimits.timeoutMs),
  MEILI_RETRIES: whole('MEILI_RETRIES', 0).max(10, { message: 'MEILI_RETRIES must be at most 10' }).default(defaultLimits.retries),
  MEILI_TASK_TIMEOUT_MS: whole('MEILI_TASK_TIMEOUT_MS', 1).default(defaultLimits.taskTimeoutMs),
});

const serverSchema = z.object({ MEILI_URL: serverUrl, MEILI_ADMIN_KEY: z.string().min(1).optional() }).extend(limitsSchema.shape);

export interface MeiliServerEnv {
  MEILI_URL: string;
  MEILI_ADMIN_KEY?: string;
  limits: MeiliLimits;
}

const messages = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
const blankless = (env: NodeJS.ProcessEnv, name: string) => (env[name] === '' ? undefined : env[name]);
const limitsOf = (data: z.infer<typeof limitsSchema>): MeiliLimits => ({ timeoutMs: data.MEILI_TIMEOUT_MS, retries: data.MEILI_RETRIES, taskTimeoutMs: data.MEILI_TASK_TIMEOUT_MS });
const limitInputs = (env: NodeJS.ProcessEnv) => ({
  MEILI_TIMEOUT_MS: blankless(env, 'MEILI_TIMEOUT_MS'),
  MEILI_RETRIES: blankless(env, 'MEILI_RETRIES'),
  MEILI_TASK_TIMEOUT_MS: blankless(env, 'MEILI_TASK_TIMEOUT_MS'),
});

/**
 * MEILI_URL, the admin key (MEILI_ADMIN_KEY, or MEILI_MASTER_KEY) and the limits (MEILI_TIMEOUT_MS,
 * MEILI_RETRIES, MEILI_TASK_TIMEOUT_MS), or a message saying what is missing or wrong.
 */
export function meiliServerEnv(env: NodeJS.ProcessEnv = process.env): MeiliServerEnv | string {
  const parsed = serverSchema.safeParse({ MEILI_URL: env.MEILI_URL, MEILI_ADMIN_KEY: env.MEILI_ADMIN_KEY ?? env.MEILI_MASTER_KEY, ...limitInputs(env) });
  if (!parsed.success) return messages(parsed.error);
  return { MEILI_URL: parsed.data.MEILI_URL, ...(parsed.data.MEILI_ADMIN_KEY ? { MEILI_ADMIN_KEY: parsed.data.MEILI_ADMIN_KEY } : {}), limits: limitsOf(parsed.data) };
}

const searchSchema = z.object({ MEILI_URL: serverUrl, key: z.string().min(1).optional() }).extend(limitsSchema.shape);

/** MEILI_URL, a key that can search (MEILI_SEARCH_KEY, else the admin key) and the limits, or what is missing. */
export function meiliSearchEnv(env: NodeJS.ProcessEnv = process.env): { MEILI_URL: string; key?: string; limits: MeiliLimits } | string {
  const parsed = searchSchema.safeParse({ MEILI_URL: env.MEILI_URL, key: env.MEILI_SEARCH_KEY ?? env.MEILI_ADMIN_KEY ?? env.MEILI_MASTER_KEY, ...limitInputs(env) });
  if (!parsed.success) return messages(parsed.error);
  return { MEILI_URL: parsed.data.MEILI_URL, ...(parsed.data.key ? { key: parsed.data.key } : {}), limits: limitsOf(parsed.data) };
}
