// @ts-check
/**
 * The bare-Astro baseline of `npm run bench`: the same Astro, the same content folder, one trivial
 * page per report and nothing else, so touming's figures can be read as overhead over the framework.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Astro only reads its content store from a cache inside the project root (this folder).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro-cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
