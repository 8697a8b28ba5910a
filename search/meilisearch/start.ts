// npm run start:meili — the main job on the server backend in one command: the Meilisearch at
// MEILI_URL (admin key in MEILI_ADMIN_KEY or MEILI_MASTER_KEY), else the bundled one started on
// 127.0.0.1 for this session; ingest, push, build the site against it with the search-only key,
// serve. Ctrl-C stops the site and the bundled server (whose temporary database is removed).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadLexicon, loadSearchInputs } from '../buildData.ts';
import { meiliConnection } from './client.ts';
import { meiliDocuments } from './documents.ts';
import { meiliServerEnv } from './env.ts';
import { startLocalServer, type LocalServer } from './localServer.ts';
import { ensureSearchKey, pushIndex } from './push.ts';
import { loadMeiliConfig } from './settings.ts';

const root = path.resolve(import.meta.dirname, '../..');
let server: LocalServer | null = null;
let site: ChildProcess | null = null;

async function shutdown(code: number): Promise<never> {
  site?.kill('SIGTERM');
  await server?.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(130));

/** Runs an npm script with the terminal attached; resolves on success. */
function npmRun(script: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} ended with ${signal ?? `code ${code}`}`))));
  });
}

try {
  let url: string;
  let adminKey: string | undefined;
  let limits;
  if (process.env.MEILI_URL) {
    const env = meiliServerEnv();
    if (typeof env === 'string' || !env.MEILI_ADMIN_KEY) {
      console.error(`start:meili: ${typeof env === 'string' ? env : 'MEILI_URL is set: give its admin key in MEILI_ADMIN_KEY or MEILI_MASTER_KEY'}`);
      process.exit(2);
    }
    ({ MEILI_URL: url, MEILI_ADMIN_KEY: adminKey, limits } = env);
    console.log(`start:meili: using the Meilisearch at ${url}`);
  } else {
    server = await startLocalServer();
    ({ url, masterKey: adminKey } = server);
    console.log(`start:meili: started the bundled ${server.version} at ${url} (unofficial repackaging, for local use; its database is temporary)`);
  }
  await npmRun('ingest');
  const connection = meiliConnection(url, adminKey, limits);
  const config = await loadMeiliConfig(path.join(root, 'search-config'), await loadLexicon(path.join(root, 'build')));
  const { documents, urls, headingsEn } = await loadSearchInputs(path.join(root, 'build'));
  console.log(`pushing ${documents.length} passages to ${url}, index "${config.index}"`);
  await pushIndex(connection, config, meiliDocuments(documents, urls, headingsEn), console.log);
  const searchKey = await ensureSearchKey(connection, config.index);
  // The build checks the public key with the admin key; only PUBLIC_* values reach the pages.
  await npmRun('build', { ...process.env, MEILI_ADMIN_KEY: adminKey, PUBLIC_MEILI_URL: url, PUBLIC_MEILI_SEARCH_KEY: searchKey });
  console.log(`start:meili: the search page asks ${url} with a search-only key; Ctrl-C stops the site${server ? ' and the server' : ''}`);
  site = spawn('npm', ['run', '--silent', 'serve'], { cwd: root, stdio: 'inherit' });
  site.once('exit', (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(`start:meili failed: ${(error as Error).message}`);
  await shutdown(1);
}
