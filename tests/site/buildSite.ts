// Global set-up of the site suites: ingest the corpus, build the site and its search index, as `npm run build` does.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function buildSite(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  // Output is captured; a failing step throws with its stderr in the message.
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe' });
  run(['ingest/cli.ts']);
  run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);
  run(['search/pagefind/buildIndex.ts']);
}
