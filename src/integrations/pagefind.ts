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
import { indexExcludeSelectors, isIndexedPage, pageUrl, separateElements } from '../utils/searchHtml.ts';
import { closeSearchFeed, openSearchFeed, type SearchFeed } from './searchFeed.ts';

const unusedBundle = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pagefind's ready-made interfaces are not used (the search page has its own), so they are not shipped. */
async function removeUnusedBundles(outputPath: string): Promise<void> {
  const bundle = await readdir(outputPath);
  for (const file of bundle.filter((f) => unusedBundle.test(f))) await rm(join(outputPath, file));
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; outputPath: string }> {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  try {
    const created = await pagefind.createIndex({
      // One language for the whole site: the extended binary segments Chinese words for the index.
      forceLanguage: 'zh',
      excludeSelectors: indexExcludeSelectors,
    });
    check('createIndex', created.errors);
    if (!created.index) throw new Error('Pagefind createIndex returned no index');
    const { index } = created;
    let pages = 0;
    for (const file of files) {
      const html = await readFile(join(siteDir, file), 'utf8');
      if (!isIndexedPage(html)) continue;
      // An explicit URL: the build may be outside the working directory Pagefind resolves paths in.
      const added = await index.addHTMLFile({ url: pageUrl(file), content: separateElements(html) });
      check(`indexing ${file}`, added.errors);
      pages += 1;
    }
    if (pages === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    check('writeFiles', written.errors);
    await removeUnusedBundles(written.outputPath);
    return { pages, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let feed: SearchFeed | undefined;
  return {
    name: 'touming:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ order: 'post', entrypoint: new URL('./searchMiddleware.ts', import.meta.url) });
      },
      'astro:build:start': () => {
        feed = openSearchFeed();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        let indexed: { pages: number; outputPath: string };
        try {
          const outputPath = join(siteDir, 'pagefind');
          const pages = feed ? await feed.finish(outputPath) : 0;
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
      },
    },
  };
}
