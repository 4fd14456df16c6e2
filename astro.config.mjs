// @ts-check
import { defineConfig } from 'astro/config';
import buildHeap from './src/integrations/buildHeap.ts';
import contentGate from './src/integrations/contentGate.ts';
import contentStore from './src/integrations/contentStore.ts';
import pagefind from './src/integrations/pagefind.ts';
import settingsGate from './src/integrations/settingsGate.ts';
import sitemap from './src/integrations/sitemap.ts';
import sources from './src/integrations/sources.ts';

/** Build-time settings, from the environment so one build command serves any host. */
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'https://touming.example.org';

export default defineConfig({
  site,
  base,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Separate caches let test builds of other content folders run without sharing a content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Stylesheets and scripts always as files, never inlined, so the Content-Security-Policy
  // (src/layouts/Base.astro) can allow 'self' only, with no hashes or 'unsafe-inline'.
  // Several pages in flight at once: rendering one overlaps writing another (a third faster).
  build: { concurrency: 8, format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Lossless compression: keeps the whitespace between table cells that search indexing needs.
  compressHTML: true,
  devToolbar: { enabled: false },
  // The content is checked before anything is built: a bad file stops the build, not half of it.
  integrations: [
    settingsGate(),
    buildHeap(),
    contentGate(),
    contentStore(),
    sources(),
    pagefind(),
    sitemap(),
  ],
});
