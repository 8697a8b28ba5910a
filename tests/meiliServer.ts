// Global set-up of the suites that need a real Meilisearch (tests/meili/, the site's Meilisearch
// test): the user's server at MEILI_URL when set, else the bundled binary started for the run
// on 127.0.0.1 with a random master key and a temporary database, stopped and removed at the
// end, on a failure and on Ctrl-C too. The suites read MEILI_URL and MEILI_MASTER_KEY from the
// environment (set here before the test workers start) and skip themselves when it is unset.
// One line at the end of the run says which server was used, or why the suites were skipped.
import { rmSync } from 'node:fs';
import { findBundledBinary, startLocalServer, type LocalServer } from '../search/meilisearch/localServer.ts';

interface Shared {
  users: number;
  note: string;
  server: LocalServer | null;
  ready: Promise<void>;
}

// Both test projects list this set-up; vitest loads it once per project, so the server is kept
// on the process and shared, and stopped by the last project to finish.
const key = Symbol.for('policy-reader.meili-server');
const store = globalThis as unknown as Record<symbol, Shared | undefined>;

function killNow(server: LocalServer): void {
  if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
  rmSync(server.dbPath, { recursive: true, force: true });
}

async function begin(shared: Shared): Promise<void> {
  if (process.env.MEILI_URL) {
    shared.note = `Meilisearch suites ran against the server at MEILI_URL=${process.env.MEILI_URL} (the user's)`;
    return;
  }
  const found = findBundledBinary();
  if ('missing' in found) {
    const reason = `Meilisearch suites skipped: ${found.missing}; set MEILI_URL (and MEILI_MASTER_KEY) to use a server of your own`;
    // In CI on the platform the package serves, a missing server is a broken install, not a skip.
    if (process.env.CI && process.platform === 'linux' && process.arch === 'x64') throw new Error(reason);
    shared.note = reason;
    return;
  }
  const server = await startLocalServer();
  shared.server = server;
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  process.env.POLICY_READER_MEILI_BUNDLED = server.dbPath;
  shared.note = `Meilisearch suites ran against the bundled ${server.version} at ${server.url} (started for this run, now stopped and removed)`;
  // An interrupted run (Ctrl-C, a CI time-out) or a crash of the runner still takes the server down.
  process.once('exit', () => killNow(server));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killNow(server);
      // vitest's own handler, where it has one, ends the run; else end it as the signal would.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  let shared = store[key];
  if (!shared) {
    shared = { users: 0, note: '', server: null, ready: Promise.resolve() };
    shared.ready = begin(shared);
    store[key] = shared;
  }
  shared.users += 1;
  await shared.ready;
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    await shared.server?.stop();
    console.log(`\n${shared.note}\n`);
  };
}
