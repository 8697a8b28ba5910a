// The reader: a static Astro site in site/, reading build/ (made by `npm run ingest`) through
// content collections, written to dist/. Chinese is the default language, English under /en/.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    defaultLocale: 'zh',
    locales: ['zh', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Page scripts as files, never inlined: each reader page would otherwise carry its own copy of
  // the same few kilobytes, which a cached file serves to every page once.
  vite: { build: { assetsInlineLimit: 0 } },
});
