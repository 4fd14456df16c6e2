// @ts-check
/**
 * The bare-Astro baseline of `npm run bench`: the same Astro, the same content folder, one trivial
 * page per report and nothing else, so touming's figures can be read as overhead over the framework.
 * It reads Astro's content store as touming does (touming:content-store): left as Astro bundles it,
 * the store is a string literal V8 compiles in time growing faster than its length (66 s of the
 * bare build's 113 s at 10,000 reports, 2026-12-05), and the floor would flatter touming.
 */
import { defineConfig } from 'astro/config';
import contentStore from '../../../src/integrations/contentStore.ts';

export default defineConfig({
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Astro only reads its content store from a cache inside the project root (this folder).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro-cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [contentStore()],
});
