// What each step of `npm run build` reads: the one place that says it. The code of a step is
// found from where it starts, following the project's imports (site/ pulls in parts of ingest/ and
// search/); the packages stand behind package-lock.json. The build's own orchestration
// (site/build.ts, site/steps/) is no step's input: after changing it, --force runs everything.
import path from 'node:path';
import type { StepInput } from './inputs.ts';

const lockfile = (root: string): StepInput => ({ label: 'package-lock.json', files: path.join(root, 'package-lock.json') });

/** The ingest (ingest/cli.ts): the corpus, search-config/ and its code, all of ingest/ (it may start workers by path). */
export const ingestInputs = (root: string, corpus: string): StepInput[] => [
  { label: 'corpus', files: corpus },
  { label: 'search-config', files: path.join(root, 'search-config') },
  { label: 'code', code: ['ingest'], root },
  lockfile(root),
];

/** The Astro site: build/, site/ with what it imports, its configuration and the PUBLIC_ variables it publishes. */
export const siteInputs = (root: string, buildHash: string): StepInput[] => [
  { label: 'build/', hash: buildHash },
  { label: 'code', code: ['site', 'astro.config.mjs', 'tsconfig.json'], root, exclude: [path.join(root, 'site', 'build.ts'), path.join(root, 'site', 'steps')] },
  // Read while the pages render, when the site searches a Meilisearch server (site/lib/meili.ts).
  { label: 'search-config/meilisearch.json', files: path.join(root, 'search-config', 'meilisearch.json') },
  lockfile(root),
  { label: 'PUBLIC_ variables', variables: 'PUBLIC_', root },
];

/** The Pagefind index (search/pagefind/buildIndex.ts): build/ and its code. */
export const searchIndexInputs = (root: string, buildHash: string): StepInput[] => [
  { label: 'build/', hash: buildHash },
  { label: 'code', code: ['search/pagefind'], root },
  lockfile(root),
];
