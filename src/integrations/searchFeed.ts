/**
 * Pages handed to Pagefind while Astro is still generating the rest. Indexing Chinese text is
 * Pagefind's heaviest work (about 10 ms of CPU a report page, in its own process), so it runs on
 * the machine's other core beside Astro's page rendering instead of after it. The integration opens
 * the feed at the start of a build; the middleware (searchMiddleware.ts) adds each indexed page as
 * it is rendered, exactly as written to disk; the integration writes the index at the end.
 *
 * The index is written in parts of at most `partPages` pages (utils/searchParts.ts): when a part is
 * full it is written and dropped from Pagefind's memory while the next one fills, so memory stays
 * bounded by the part size and only the last part is written after the last page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexExcludeSelectors, separateElements } from '../utils/searchHtml.ts';
import { partFolder, partsManifest, partsManifestName } from '../utils/searchParts.ts';

/** Pages sent but not yet indexed, at most: beyond this Astro waits, so memory stays bounded. */
const inFlightLimit = 64;
const key = Symbol.for('touming.searchFeed');

export interface SearchFeed {
  /** Adds a rendered page by its address under the base (`/agencies/x/`); resolves when there is room for more. */
  add(url: string, html: string): Promise<void>;
  /** Waits for every page, then writes the last part and the manifest; the number of pages indexed, 0 if none came. */
  finish(): Promise<number>;
}

export interface FeedOptions {
  /** The main index folder (`dist/pagefind`); later parts go below it. */
  outputPath: string;
  /** Pages per part. */
  partPages: number;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const r = await pagefind.createIndex({ forceLanguage: 'zh', excludeSelectors: indexExcludeSelectors });
  check('createIndex', r.errors);
  if (!r.index) throw new Error('Pagefind createIndex returned no index');
  return r.index;
}

interface Part {
  number: number;
  index: Promise<pagefind.PagefindIndex>;
  pages: number;
  /** Pages of this part sent and not yet indexed. */
  pending: Set<Promise<void>>;
}

export function createFeed({ outputPath, partPages }: FeedOptions): SearchFeed {
  const failures: string[] = [];
  // Parts are written one after another: the main index first, and one part's peak at a time.
  let writes: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<void>>();
  const guard = <T>(p: Promise<T>) => {
    // Awaited in finish(); a failed build may never get there, so no rejection goes unhandled.
    p.catch(() => undefined);
    return p;
  };
  const open = (number: number): Part => ({ number, index: guard(newIndex()), pages: 0, pending: new Set() });
  let part = open(1);
  let pages = 0;

  /** Writes a full part once its pages are indexed, then frees its memory in Pagefind. */
  const seal = (full: Part) => {
    writes = guard(
      writes.then(async () => {
        const index = await full.index;
        await Promise.all(full.pending);
        const written = await index.writeFiles({ outputPath: join(outputPath, partFolder(full.number)) });
        check(`writing search index part ${full.number}`, written.errors);
        await index.deleteIndex();
      }),
    );
  };

  return {
    async add(url, html) {
      if (part.pages >= partPages) {
        seal(part);
        part = open(part.number + 1);
      }
      part.pages += 1;
      pages += 1;
      const added = part.index
        .then((index) => index.addHTMLFile({ url, content: separateElements(html) }))
        .then((r) => {
          if (r.errors.length > 0) failures.push(`indexing ${url}: ${r.errors.join('; ')}`);
        })
        .catch((e: unknown) => {
          failures.push(`indexing ${url}: ${String(e)}`);
        });
      const { pending } = part;
      pending.add(added);
      inFlight.add(added);
      void added.finally(() => {
        pending.delete(added);
        inFlight.delete(added);
      });
      while (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
    },
    async finish() {
      await part.index;
      if (pages > 0) seal(part);
      await writes;
      check('indexing', failures);
      if (pages === 0) return 0;
      await mkdir(outputPath, { recursive: true });
      await writeFile(join(outputPath, partsManifestName), `${JSON.stringify(partsManifest(part.number))}\n`);
      return pages;
    },
  };
}

type Holder = { [key]?: SearchFeed };

/** Starts a feed for this build (the integration, at build start). */
export function openSearchFeed(options: FeedOptions): SearchFeed {
  const feed = createFeed(options);
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
