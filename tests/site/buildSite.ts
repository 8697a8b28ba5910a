// Global set-up of the site suites: ingest the corpus, build the site and its search index, with `npm run build`'s script.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chooseBrowserForRun } from './browser.ts';

/** Secret keys set for the build, so that the leak test can look for them in dist/. */
export const secretMarkers = { MEILI_ADMIN_KEY: 'admin-key-must-not-leak-7f3a', MEILI_MASTER_KEY: 'master-key-must-not-leak-91c2' };

export default async function buildSite(): Promise<() => void> {
  const browserLine = await chooseBrowserForRun();
  const root = path.resolve(import.meta.dirname, '../..');
  // Output is captured; a failing step throws with its stderr in the message.
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe', env: { ...process.env, ...secretMarkers } });
  // --force: the suites check a site built now, with the secrets above set, not one an earlier build left.
  run(['site/build.ts', '--force']);
  // Said at the end of the run, after the summary, where a newcomer looks.
  return () => console.log(`\n${browserLine}`);
}
