// npm run search:push — sends the search documents to Meilisearch: a new index under a fresh
// name, settings, documents in batches (every task waited for, a failed one fails the push),
// then an atomic swap with the live index and the old one deleted. The live index keeps
// serving until the swap; a failed push leaves it as it was. Safe to run again.
import path from 'node:path';
import { MeilisearchApiError } from 'meilisearch';
import { meiliConnection, step, succeeded, type MeiliConnection } from './client.ts';
import { meiliDocuments, type MeiliDocument } from './documents.ts';
import { meiliServerEnv } from './env.ts';
import { loadMeiliConfig, type MeiliConfig } from './settings.ts';
import { loadLexicon, loadSearchInputs } from '../buildData.ts';

const searchKeyDescription = 'policy-reader: search only';

/** The search-only key of the index, created once and reused. */
export async function ensureSearchKey(connection: MeiliConnection, index: string): Promise<string> {
  const { results } = await step(connection, 'listing the API keys', () => connection.client.getKeys({ limit: 1000 }));
  const existing = results.find((key) => key.description === searchKeyDescription && key.actions.length === 1 && key.actions[0] === 'search' && key.indexes.length === 1 && key.indexes[0] === index);
  if (existing) return existing.key;
  const created = await step(connection, 'creating the search-only key', () => connection.client.createKey({ description: searchKeyDescription, actions: ['search'], indexes: [index], expiresAt: null }));
  return created.key;
}

/** Builds the new index beside the live one and swaps it in. Returns the number of documents. */
export async function pushIndex(connection: MeiliConnection, config: MeiliConfig, documents: readonly MeiliDocument[], log: (line: string) => void = () => {}, batchSize = 500): Promise<number> {
  const { client } = connection;
  const live = config.index;
  const fresh = `${live}_${Date.now()}`;
  try {
    await succeeded(connection, `creating index "${fresh}"`, () => client.createIndex(fresh, { primaryKey: 'id' }));
    await succeeded(connection, `settings of index "${fresh}"`, () => client.index(fresh).updateSettings(config.settings));
    for (let start = 0; start < documents.length; start += batchSize) {
      const end = Math.min(start + batchSize, documents.length);
      await succeeded(connection, `documents ${start + 1}–${end} of ${documents.length} into "${fresh}"`, () => client.index<MeiliDocument>(fresh).addDocuments(documents.slice(start, end)));
      log(`  ${end} / ${documents.length} documents`);
    }
    const { numberOfDocuments } = await step(connection, `counting the documents of "${fresh}"`, () => client.index(fresh).getStats());
    if (numberOfDocuments !== documents.length) throw new Error(`Meilisearch at ${connection.host}: the new index "${fresh}" holds ${numberOfDocuments} documents, not ${documents.length}`);
    const exists = await step(connection, `looking up index "${live}"`, () =>
      client.index(live).getRawInfo().then(
        () => true,
        (error: unknown) => {
          if (error instanceof MeilisearchApiError && error.response.status === 404) return false;
          throw error;
        },
      ),
    );
    if (!exists) await succeeded(connection, `creating index "${live}"`, () => client.createIndex(live, { primaryKey: 'id' }));
    await succeeded(connection, `swapping "${fresh}" in as "${live}"`, () => client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    log(`  swapped the new index in as "${live}"`);
  } catch (error) {
    // Best effort within the limits: a server that is gone keeps the half-built index, which the next push's clean-up removes.
    // (deleteIndexIfExists would not wait for the deletion: the index would still be listed.)
    // One try only: a server that did not answer the push will not answer this either.
    const once = { ...connection, limits: { ...connection.limits, retries: 0 } };
    await succeeded(once, `deleting the half-built index "${fresh}"`, () => client.deleteIndex(fresh)).catch(() => null);
    throw error;
  }
  // After the swap, the fresh name holds the previous version.
  await succeeded(connection, `deleting the previous version (now "${fresh}")`, () => client.deleteIndex(fresh));
  await removeStaleIndexes(connection, live, fresh);
  return documents.length;
}

/** Deletes indexes a push killed half-way left behind (`<live>_<timestamp>`, older than this push). */
async function removeStaleIndexes(connection: MeiliConnection, live: string, current: string): Promise<void> {
  const { results } = await step(connection, 'listing the indexes', () => connection.client.getIndexes({ limit: 1000 }));
  const stamp = Number(current.slice(live.length + 1));
  for (const { uid } of results) {
    const match = uid.startsWith(`${live}_`) ? Number(uid.slice(live.length + 1)) : Number.NaN;
    if (Number.isInteger(match) && match < stamp) await succeeded(connection, `deleting the stale index "${uid}"`, () => connection.client.deleteIndex(uid));
  }
}

if (import.meta.main) {
  const env = meiliServerEnv();
  if (typeof env === 'string') {
    console.error(`search:push needs a Meilisearch server: ${env}`);
    process.exit(2);
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const config = await loadMeiliConfig(path.join(root, 'search-config'), await loadLexicon(path.join(root, 'build')));
  const { documents, urls, headingsEn } = await loadSearchInputs(path.join(root, 'build'));
  const connection = meiliConnection(env.MEILI_URL, env.MEILI_ADMIN_KEY, env.limits);
  console.log(`pushing ${documents.length} passages to ${env.MEILI_URL}, index "${config.index}"`);
  try {
    await pushIndex(connection, config, meiliDocuments(documents, urls, headingsEn), console.log);
    const key = await ensureSearchKey(connection, config.index);
    console.log(`done. To search it from the site, build with:\n  PUBLIC_MEILI_URL=${env.MEILI_URL} PUBLIC_MEILI_SEARCH_KEY=${key} npm run build`);
  } catch (error) {
    console.error(`search:push failed; the live index "${config.index}" is as it was before this push: ${(error as Error).message}`);
    process.exit(1);
  }
}
