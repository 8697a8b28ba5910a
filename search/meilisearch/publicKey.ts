// The key a site build publishes (PUBLIC_MEILI_SEARCH_KEY) must only search: every reader of the
// site can read it. Checked at build time: never an admin or master key of the environment, and,
// when the server answers, a key whose actions are search alone.
import { MeilisearchApiError } from 'meilisearch';
import { meiliConnection, step, type MeiliLimits } from './client.ts';

export interface PublicKeyCheck {
  /** Why the key must not be published; the build stops. */
  refused: string | null;
  /** What could not be checked (the server did not answer); the build goes on and says so. */
  unchecked: string | null;
}

/** Requests a search-only key is refused; any of them answered means the key can do more. */
const probes = ['keys', 'indexes', 'tasks', 'stats', 'version'];

/**
 * Checks the public key against the environment's secret keys and, when reachable, the server.
 * @example await checkPublicKey('http://127.0.0.1:7700', key, process.env) // { refused: null, unchecked: null }
 */
export async function checkPublicKey(url: string, key: string, env: NodeJS.ProcessEnv, limits: MeiliLimits = { timeoutMs: 3000, retries: 1, taskTimeoutMs: 0 }): Promise<PublicKeyCheck> {
  for (const name of ['MEILI_ADMIN_KEY', 'MEILI_MASTER_KEY'] as const) {
    if (env[name] && env[name] === key) return { refused: `PUBLIC_MEILI_SEARCH_KEY is the ${name} of this environment: it would be published in dist/ for every reader; use the search-only key npm run search:push prints`, unchecked: null };
  }
  const publicConnection = meiliConnection(url, key, limits);
  try {
    await step(publicConnection, 'health check', () => publicConnection.client.health());
  } catch (error) {
    return { refused: null, unchecked: `the key was not checked against the server: ${(error as Error).message}` };
  }
  const admin = env.MEILI_ADMIN_KEY || env.MEILI_MASTER_KEY;
  if (admin) {
    // With an admin key at hand the server says exactly what the key may do.
    const adminConnection = meiliConnection(url, admin, limits);
    try {
      const found = await step(adminConnection, 'looking up PUBLIC_MEILI_SEARCH_KEY', () => adminConnection.client.getKey(key));
      const extra = found.actions.filter((action) => action !== 'search');
      if (extra.length > 0) return { refused: `PUBLIC_MEILI_SEARCH_KEY may do more than search on ${url} (${extra.join(', ')}): publish a search-only key (npm run search:push prints one)`, unchecked: null };
      return { refused: null, unchecked: null };
    } catch (error) {
      const cause = (error as Error).cause;
      if (!(cause instanceof MeilisearchApiError) || cause.response.status !== 404) return { refused: null, unchecked: `the key was not looked up: ${(error as Error).message}` };
      return { refused: `PUBLIC_MEILI_SEARCH_KEY is not a key of the server at ${url}`, unchecked: null };
    }
  }
  for (const path of probes) {
    const status = await fetch(new URL(path, url.endsWith('/') ? url : `${url}/`), { headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(limits.timeoutMs) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status >= 200 && status < 300) return { refused: `PUBLIC_MEILI_SEARCH_KEY may do more than search on ${url} (GET /${path} answered): publish a search-only key (npm run search:push prints one)`, unchecked: null };
  }
  return { refused: null, unchecked: null };
}
