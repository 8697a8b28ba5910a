// npm run search:push — sends the search documents to Meilisearch: a new index under a fresh
// name, settings, documents in batches (every task waited for, a failed one fails the push),
// then an atomic swap with the live index and the old one deleted. The live index keeps
// serving until the swap; a failed push leaves it as it was. Safe to run again.
import path from 'node:path';
import { Meilisearch, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { meiliDocuments, type MeiliDocument } from './documents.ts';
import { meiliServerEnv } from './env.ts';
import { loadMeiliConfig, type MeiliConfig } from './settings.ts';
import { loadLexicon, loadSearchInputs } from '../buildData.ts';

/** Waits for a task and throws, with Meilisearch's message, unless it succeeded. */
export async function succeeded(enqueued: EnqueuedTaskPromise, timeout = 300_000): Promise<Task> {
  const task = await enqueued.waitTask({ timeout });
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no message'}`);
  return task;
}

const searchKeyDescription = 'policy-reader: search only';

/** The search-only key of the index, created once and reused. */
export async function ensureSearchKey(client: Meilisearch, index: string): Promise<string> {
  const { results } = await client.getKeys({ limit: 1000 });
  const existing = results.find((key) => key.description === searchKeyDescription && key.actions.length === 1 && key.actions[0] === 'search' && key.indexes.length === 1 && key.indexes[0] === index);
  if (existing) return existing.key;
  return (await client.createKey({ description: searchKeyDescription, actions: ['search'], indexes: [index], expiresAt: null })).key;
}

/** Builds the new index beside the live one and swaps it in. Returns the number of documents. */
export async function pushIndex(client: Meilisearch, config: MeiliConfig, documents: readonly MeiliDocument[], log: (line: string) => void = () => {}, batchSize = 500): Promise<number> {
  const live = config.index;
  const fresh = `${live}_${Date.now()}`;
  try {
    await succeeded(client.createIndex(fresh, { primaryKey: 'id' }));
    await succeeded(client.index(fresh).updateSettings(config.settings));
    for (let start = 0; start < documents.length; start += batchSize) {
      await succeeded(client.index<MeiliDocument>(fresh).addDocuments(documents.slice(start, start + batchSize)));
      log(`  ${Math.min(start + batchSize, documents.length)} / ${documents.length} documents`);
    }
    const { numberOfDocuments } = await client.index(fresh).getStats();
    if (numberOfDocuments !== documents.length) throw new Error(`the new index holds ${numberOfDocuments} documents, not ${documents.length}`);
    try {
      await client.index(live).getRawInfo();
    } catch {
      await succeeded(client.createIndex(live, { primaryKey: 'id' }));
    }
    await succeeded(client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    log(`  swapped the new index in as "${live}"`);
  } catch (error) {
    await client.deleteIndexIfExists(fresh).catch(() => false);
    throw error;
  }
  // After the swap, the fresh name holds the previous version.
  await succeeded(client.deleteIndex(fresh));
  return documents.length;
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
  const client = new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_ADMIN_KEY });
  console.log(`pushing ${documents.length} passages to ${env.MEILI_URL}, index "${config.index}"`);
  try {
    await pushIndex(client, config, meiliDocuments(documents, urls, headingsEn), console.log);
    const key = await ensureSearchKey(client, config.index);
    console.log(`done. To search it from the site, build with:\n  PUBLIC_MEILI_URL=${env.MEILI_URL} PUBLIC_MEILI_SEARCH_KEY=${key} npm run build`);
  } catch (error) {
    console.error(`search:push failed; the live index "${config.index}" is as it was: ${(error as Error).message}`);
    process.exit(1);
  }
}
