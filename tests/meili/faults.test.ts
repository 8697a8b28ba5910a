// Faults of the Meilisearch client: a local socket that accepts connections and never answers
// (a socket, not a stand-in server), a task that outlives its deadline, a server killed in the
// middle of a push (the bundled binary, restarted on the same database), and the build-time
// check of the key a site publishes.
import { execFile } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliSearchPassages } from '../../search/meilisearch/backend.ts';
import { meiliConnection, succeeded, type MeiliConnection } from '../../search/meilisearch/client.ts';
import { meiliDocuments, type MeiliDocument, type SearchDocumentInput } from '../../search/meilisearch/documents.ts';
import { meiliServerEnv } from '../../search/meilisearch/env.ts';
import { findBundledBinary, startLocalServer, type LocalServer } from '../../search/meilisearch/localServer.ts';
import { checkPublicKey } from '../../search/meilisearch/publicKey.ts';
import { pushIndex } from '../../search/meilisearch/push.ts';
import { loadMeiliConfig, type MeiliConfig } from '../../search/meilisearch/settings.ts';
import { parseQuery } from '../../search/query.ts';
import { projectRoot, searchConfigDir } from '../helpers.ts';

const run = promisify(execFile);
const limits = { timeoutMs: 400, retries: 1, taskTimeoutMs: 2000 };

/** Passages made up for the test: `version` goes into every text, so a test can tell two pushes apart. */
function passages(count: number, version: string): MeiliDocument[] {
  const inputs: SearchDocumentInput[] = Array.from({ length: count }, (_, index) => ({
    id: `doc_p${index}`,
    passageId: `doc/p${index}`,
    documentId: 'doc',
    documentTitle: '文件',
    documentTitleEn: 'Document',
    kind: 'master-plan',
    level: 'city',
    year: 2021,
    chapterId: null,
    headingPath: ['第一章 总论'],
    recordKind: 'paragraph',
    text: `第${index}段：发展海洋经济，${version}。`,
    before: '',
    textEn: '',
    topics: [],
    keywords: [],
  }));
  return meiliDocuments(inputs, new Map(inputs.map((input) => [input.passageId, `/docs/doc/#p${input.passageId.slice(5)}`])), new Map());
}

describe('a server that accepts connections and never answers', () => {
  let silent: Server;
  let url: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Holds every connection open and reads nothing back: the request waits for an answer that never comes.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails a search within the time-out and its retries, naming the server and the step', async () => {
    const started = performance.now();
    const error = await meiliSearchPassages({ ...meiliConnection(url, 'key', limits), index: 'passages' }, parseQuery('海洋经济')).catch((caught: Error) => caught);
    const seconds = (performance.now() - started) / 1000;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`Meilisearch at ${url}: search of index "passages" failed (2 attempts)`);
    expect((error as Error).message).toMatch(/timed out after 400ms/u);
    // Two attempts of 0.4 s and one pause: well under the minutes it took before limits existed.
    expect(seconds).toBeLessThan(5);
  });

  it('fails a push at its first step, and says which', async () => {
    const config: MeiliConfig = { index: 'passages', settings: {} };
    const started = performance.now();
    await expect(pushIndex(meiliConnection(url, 'key', limits), config, passages(3, 'v1'))).rejects.toThrow(new RegExp(`Meilisearch at ${url.replaceAll('.', '\\.')}: creating index "passages_\\d+" failed \\(2 attempts\\)`, 'u'));
    expect((performance.now() - started) / 1000).toBeLessThan(10);
  });

  it('makes the CLI give up with exit code 1 and the server in the message', async () => {
    const started = performance.now();
    const result = await run(process.execPath, [path.join(projectRoot, 'search/cli.ts'), '海洋经济', '--backend', 'meili'], {
      cwd: projectRoot,
      env: { ...process.env, MEILI_URL: url, MEILI_SEARCH_KEY: 'key', MEILI_TIMEOUT_MS: '300', MEILI_RETRIES: '1' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Meilisearch at ${url}: search of index "passages" failed`);
    expect((performance.now() - started) / 1000).toBeLessThan(20);
  });

  it('lets a site build go on with the key unchecked, saying why', async () => {
    const check = await checkPublicKey(url, 'search-key', {}, limits);
    expect(check.refused).toBeNull();
    expect(check.unchecked).toContain(`Meilisearch at ${url}: health check failed`);
  });
});

describe('the build-time check of the published key', () => {
  it('refuses the admin or master key of the environment without asking a server', async () => {
    expect((await checkPublicKey('http://127.0.0.1:9', 'secret', { MEILI_MASTER_KEY: 'secret' })).refused).toMatch(/MEILI_MASTER_KEY/u);
    expect((await checkPublicKey('http://127.0.0.1:9', 'secret', { MEILI_ADMIN_KEY: 'secret' })).refused).toMatch(/MEILI_ADMIN_KEY/u);
  });
});

const env = meiliServerEnv();
const serverUnavailable = typeof env === 'string';
// Killing and restarting needs a server of the test's own: the bundled binary.
const bundled = findBundledBinary();

describe.skipIf(serverUnavailable)('the published key, against the server at MEILI_URL', () => {
  const server = () => env as Exclude<typeof env, string>;
  let admin: MeiliConnection;
  beforeAll(() => {
    admin = meiliConnection(server().MEILI_URL, server().MEILI_ADMIN_KEY, server().limits);
  });

  it('passes a search-only key and refuses one that may write or administer', async () => {
    const searchOnly = await admin.client.createKey({ description: 'test: search only', actions: ['search'], indexes: ['*'], expiresAt: null });
    const writer = await admin.client.createKey({ description: 'test: search and write', actions: ['search', 'documents.add'], indexes: ['*'], expiresAt: null });
    const everything = await admin.client.createKey({ description: 'test: all', actions: ['*'], indexes: ['*'], expiresAt: null });
    try {
      const withAdmin = { MEILI_ADMIN_KEY: server().MEILI_ADMIN_KEY };
      expect(await checkPublicKey(server().MEILI_URL, searchOnly.key, withAdmin)).toEqual({ refused: null, unchecked: null });
      expect((await checkPublicKey(server().MEILI_URL, writer.key, withAdmin)).refused).toMatch(/more than search.*documents\.add/u);
      expect((await checkPublicKey(server().MEILI_URL, 'not-a-key-of-this-server', withAdmin)).refused).toMatch(/not a key/u);
      // Without an admin key in the environment, the key itself is tried on admin-only reads.
      expect(await checkPublicKey(server().MEILI_URL, searchOnly.key, {})).toEqual({ refused: null, unchecked: null });
      expect((await checkPublicKey(server().MEILI_URL, everything.key, {})).refused).toMatch(/GET \/keys answered/u);
    } finally {
      for (const key of [searchOnly, writer, everything]) await admin.client.deleteKey(key.uid);
    }
  });

  it('gives a task wait a deadline, naming the server, the step and the task', async () => {
    const index = `policy_reader_deadline_${process.pid}`;
    const hurried = meiliConnection(server().MEILI_URL, server().MEILI_ADMIN_KEY, { ...server().limits, taskTimeoutMs: 1 });
    try {
      await expect(succeeded(hurried, `documents into "${index}"`, () => hurried.client.index(index).addDocuments(passages(2000, 'v1')))).rejects.toThrow(
        new RegExp(`Meilisearch at .+: documents into "${index}": task \\d+ did not finish: timeout of 1ms`, 'u'),
      );
    } finally {
      await admin.client.deleteIndexIfExists(index);
    }
  });
});

describe.skipIf('missing' in bundled)('a server killed in the middle of a push', () => {
  let server: LocalServer;
  let config: MeiliConfig;
  const connection = () => meiliConnection(server.url, server.masterKey, { timeoutMs: 2000, retries: 1, taskTimeoutMs: 60_000 });

  beforeAll(async () => {
    server = await startLocalServer();
    config = { ...(await loadMeiliConfig(searchConfigDir)), index: 'passages' };
    await pushIndex(connection(), config, passages(300, '第一版'));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('fails the push, saying what failed, and serves the previous version after a restart', async () => {
    const { url, masterKey, dbPath } = server;
    let batches = 0;
    const push = pushIndex(connection(), config, passages(900, '第二版'), () => {
      batches += 1;
      // Killed after the first batch of the new version went in: the swap never happens.
      if (batches === 1) void server.kill();
    }, 300);
    const error = await push.catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(new RegExp(`^Meilisearch at ${url.replaceAll('.', '\\.')}: documents 301–600 of 900 into "passages_\\d+"`, 'u'));

    server = await startLocalServer({ dbPath, port: Number(new URL(url).port), masterKey });
    const live = { ...connection(), index: 'passages' };
    expect((await live.client.index('passages').getStats()).numberOfDocuments).toBe(300);
    const page = await meiliSearchPassages(live, parseQuery('海洋经济'), {}, 'all');
    expect(page.hits.length).toBe(300);
    expect(page.hits.every((hit) => hit.text.includes('第一版'))).toBe(true);

    // The next push goes through and removes what the killed one left behind.
    await pushIndex(connection(), config, passages(900, '第二版'));
    expect((await live.client.index('passages').getStats()).numberOfDocuments).toBe(900);
    const { results } = await live.client.getIndexes({ limit: 100 });
    expect(results.map((entry) => entry.uid)).toEqual(['passages']);
  }, 180_000);
});
