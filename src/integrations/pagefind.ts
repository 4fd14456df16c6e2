/**
 * Builds the Pagefind search index of `astro build`: pages are indexed as they are generated
 * (searchFeed.ts), and the index is written at the end; buildSearchIndex() indexes a finished site
 * from its files instead (tests, and a build whose pages did not come through the middleware).
 * Only pages that mark their content with `data-pagefind-body` (reports and agency pages) are
 * indexed, each with a space at element boundaries so table figures stay separate words. Any
 * error Pagefind reports fails the build rather than shipping a partial index.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isIndexedPage, pageUrl } from '../utils/searchHtml.ts';
import { defaultPartPages, parsePartPages } from '../utils/searchParts.ts';
import { orderedPrerenderer } from './renderOrder.ts';
import {
  closeSearchFeed,
  createFeed,
  type FeedTimes,
  openSearchFeed,
  type SearchFeed,
} from './searchFeed.ts';

const unusedBundle = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
/** What a merged part needs: its entry, metadata, word index, fragments and filters (not the code). */
const partFiles = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * Pagefind's ready-made interfaces are not used (the search page has its own), so they are not
 * shipped; nor is the code in the later parts, which the main index's script loads.
 */
async function removeUnusedBundles(outputPath: string): Promise<void> {
  const bundle = await readdir(outputPath);
  for (const file of bundle.filter((f) => unusedBundle.test(f))) await rm(join(outputPath, file));
  const parts = await readdir(join(outputPath, 'part')).catch(() => [] as string[]);
  for (const part of parts) {
    const files = await readdir(join(outputPath, 'part', part));
    for (const file of files.filter((f) => !partFiles.test(f)))
      await rm(join(outputPath, 'part', part, file), { recursive: true });
  }
}

/**
 * Indexes a finished site from its files (tests, and a build whose pages did not come through the
 * middleware), in parts of `partPages` pages like a build.
 */
export async function buildSearchIndex(
  siteDir: string,
  partPages = defaultPartPages,
): Promise<{ pages: number; outputPath: string }> {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const outputPath = join(siteDir, 'pagefind');
  try {
    const feed = createFeed({ outputPath, partPages });
    for (const file of files) {
      const html = await readFile(join(siteDir, file));
      // An explicit URL: the build may be outside the working directory Pagefind resolves paths in.
      if (isIndexedPage(html)) await feed.add(pageUrl(file), html);
    }
    const pages = await feed.finish();
    if (pages === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${siteDir}`);
    await removeUnusedBundles(outputPath);
    return { pages, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** Where the search index's time went, in one line at the end of the build. */
export function timeLine(t: FeedTimes): string {
  const n = t.parts.length;
  const merged = n > 1 ? `; merging them into one index took ${t.mergeSeconds.toFixed(1)} s` : '';
  return `search index: ${t.pages} pages in ${n} part${n === 1 ? '' : 's'}; pages waiting for the indexer to take them ${t.waitedSeconds.toFixed(1)} s (summed over the pages rendered at once); writing the parts took ${t.writeSeconds.toFixed(1)} s, all but the last while pages were still rendered${merged}`;
}

export default function pagefindIntegration(): AstroIntegration {
  let feed: SearchFeed | undefined;
  let outDir: URL | undefined;
  return {
    name: 'touming:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ order: 'post', entrypoint: new URL('./searchMiddleware.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!outDir) throw new Error('touming:pagefind: the output folder is unknown at build start');
        const outputPath = join(fileURLToPath(outDir), 'pagefind');
        feed = openSearchFeed({ outputPath, partPages: parsePartPages(process.env.SITE_SEARCH_PART_PAGES) });
        // Indexed pages among the others from first to last, so the indexer works beside the renderer.
        setPrerenderer(orderedPrerenderer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        let indexed: { pages: number; outputPath: string };
        try {
          const outputPath = join(siteDir, 'pagefind');
          const pages = feed ? await feed.finish() : 0;
          if (pages > 0) await removeUnusedBundles(outputPath);
          // No page came through the middleware (a build without it): index the files written.
          indexed = pages > 0 ? { pages, outputPath } : await buildSearchIndex(siteDir);
        } finally {
          closeSearchFeed();
          await pagefind.close();
        }
        logger.info(
          `indexed ${indexed.pages} pages into ${indexed.outputPath}; ${Math.round(performance.now() - started)} ms after the last page`,
        );
        if (feed && indexed.pages > 0) logger.info(timeLine(feed.times()));
      },
    },
  };
}
