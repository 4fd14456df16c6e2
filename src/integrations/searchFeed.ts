/**
 * Pages handed to Pagefind while Astro is still generating the rest. Indexing Chinese text is
 * Pagefind's heaviest work (about 10 ms of CPU a report page, in its own process), so it runs on
 * the machine's other core beside Astro's page rendering instead of after it. The integration opens
 * the feed at the start of a build; the middleware (searchMiddleware.ts) adds each indexed page as
 * it is rendered, exactly as written to disk; the integration writes the index at the end.
 */
import * as pagefind from 'pagefind';
import { indexExcludeSelectors, separateElements } from '../utils/searchHtml.ts';

/** Pages sent but not yet indexed, at most: beyond this Astro waits, so memory stays bounded. */
const inFlightLimit = 64;
const key = Symbol.for('touming.searchFeed');

export interface SearchFeed {
  /** Adds a rendered page by its address under the base (`/agencies/x/`); resolves when there is room for more. */
  add(url: string, html: string): Promise<void>;
  /** Waits for every page, then writes the bundle; the number of pages indexed, 0 if none came. */
  finish(outputPath: string): Promise<number>;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

function createFeed(): SearchFeed {
  const created = pagefind
    .createIndex({ forceLanguage: 'zh', excludeSelectors: indexExcludeSelectors })
    .then((r) => {
      check('createIndex', r.errors);
      if (!r.index) throw new Error('Pagefind createIndex returned no index');
      return r.index;
    });
  // Awaited by add() and finish(); a failed build may never get there, so no rejection goes unhandled.
  created.catch(() => undefined);
  const pending = new Set<Promise<void>>();
  const failures: string[] = [];
  let pages = 0;
  return {
    async add(url, html) {
      pages += 1;
      const added = created
        .then((index) => index.addHTMLFile({ url, content: separateElements(html) }))
        .then((r) => {
          if (r.errors.length > 0) failures.push(`indexing ${url}: ${r.errors.join('; ')}`);
        })
        .catch((e: unknown) => {
          failures.push(`indexing ${url}: ${String(e)}`);
        });
      pending.add(added);
      void added.finally(() => pending.delete(added));
      while (pending.size >= inFlightLimit) await Promise.race(pending);
    },
    async finish(outputPath) {
      const index = await created;
      await Promise.all(pending);
      check('indexing', failures);
      if (pages === 0) return 0;
      const written = await index.writeFiles({ outputPath });
      check('writeFiles', written.errors);
      return pages;
    },
  };
}

type Holder = { [key]?: SearchFeed };

/** Starts a feed for this build (the integration, at build start). */
export function openSearchFeed(): SearchFeed {
  const feed = createFeed();
  (globalThis as Holder)[key] = feed;
  return feed;
}

/** The open feed, if a build opened one (the middleware runs in the same process as the build). */
export function searchFeed(): SearchFeed | undefined {
  return (globalThis as Holder)[key];
}

/** Ends the feed; Pagefind's process is closed by the caller. */
export function closeSearchFeed(): void {
  delete (globalThis as Holder)[key];
}
