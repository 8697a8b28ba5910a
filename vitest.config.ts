import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'ingest', include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/meili/**/*.test.ts', 'tests/reliability/**/*.test.ts', 'tests/*.test.ts'] },
      },
      {
        // Builds build/ and dist/ once, then checks the built site and drives it in Chromium.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/buildSite.ts'],
          fileParallelism: false,
          // A first search loads Pagefind's wasm and index: give the page time.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
