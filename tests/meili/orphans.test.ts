// A test runner killed outright (SIGKILL, an out-of-memory kill) cannot stop the server it
// started; the next start of the bundled server stops such orphans and removes their databases.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../ingest/emit/writeBuild.ts';
import { findBundledBinary, removeOrphanedServers } from '../../search/meilisearch/localServer.ts';

const bundled = findBundledBinary();
const localServer = path.resolve(import.meta.dirname, '../../search/meilisearch/localServer.ts');

/** Starts the bundled server from a child process and kills that process outright. */
async function orphanAServer(parent: string): Promise<{ dbPath: string; server: number }> {
  const script = `
    process.env.TMPDIR = ${JSON.stringify(parent)};
    const { startLocalServer } = await import(${JSON.stringify(localServer)});
    const server = await startLocalServer();
    console.log(JSON.stringify({ dbPath: server.dbPath, server: server.process.pid }));
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TMPDIR: parent } });
  const [line] = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next().then(({ value }) => [value as string]);
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(line!) as { dbPath: string; server: number };
}

describe.skipIf('missing' in bundled)('a server whose starter was killed outright', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('outlives its starter, and the next start stops it and removes its database', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'policy-reader-orphans-'));
    folders.push(parent);
    const { dbPath, server } = await orphanAServer(parent);
    expect(path.dirname(dbPath)).toBe(parent);
    expect(isRunning(server)).toBe(true);

    expect(await removeOrphanedServers(parent)).toEqual([dbPath]);
    for (let tries = 0; tries < 50 && isRunning(server); tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isRunning(server)).toBe(false);
    expect(existsSync(dbPath)).toBe(false);
  }, 60_000);

  it('leaves alone the server of a run that is still going', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'policy-reader-orphans-'));
    folders.push(parent);
    // This test's own process owns the database: it is running, so nothing is removed.
    const { mkdir, writeFile } = await import('node:fs/promises');
    const dbPath = path.join(parent, 'policy-reader-meili-db-live');
    await mkdir(dbPath);
    await writeFile(path.join(dbPath, 'owner.json'), JSON.stringify({ owner: process.pid, server: process.pid }));
    expect(await removeOrphanedServers(parent)).toEqual([]);
    expect(existsSync(dbPath)).toBe(true);
  });
});
