/**
 * What a first-time visitor's browser fetches for a search: the search page opened with a query in
 * a fresh profile, every file the server sent under pagefind/ counted by kind (Pagefind's script
 * and WebAssembly, the index's metadata, index chunks, filters, result fragments).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../testkit/browser.ts';
import { serveStatic } from '../testkit/server.ts';

export interface SearchBytes {
  query: string;
  results: number;
  /** Bytes under pagefind/, by kind, and their total. */
  bytes: { code: number; meta: number; index: number; filter: number; fragment: number; total: number };
  /**
   * The total as a host that compresses text sends it: Pagefind's script and the parts manifest
   * gzipped; its index files are gzip already, so they count as they are.
   */
  wire: number;
  /**
   * Everything the first visit fetched (page, styles, scripts and search files), as a compressing
   * host sends it.
   */
  visitWire: number;
  /** The query typed next on the same page, and what it fetched, as a compressing host sends it. */
  next: { query: string; wire: number; requests: number };
  requests: number;
}

/** A file's size as sent by a host that gzips text; Pagefind's own files are gzip already. */
async function wireSize(file: string): Promise<number> {
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size === 0 || /\.(pf_\w+|pagefind)$/.test(file)) return size;
  return gzipSync(await readFile(file)).length;
}

/** The file a served path names (a folder's index.html). */
function served(dist: string, path: string): string {
  const file = join(dist, decodeURIComponent(path.split('?')[0] ?? ''));
  return file.endsWith('/') ? join(file, 'index.html') : file;
}

function kind(path: string): keyof Omit<SearchBytes['bytes'], 'total'> {
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.includes('/index/')) return 'index';
  if (path.includes('/filter/')) return 'filter';
  if (path.includes('/fragment/')) return 'fragment';
  return 'code';
}

export async function measureSearches(dist: string, queries: readonly string[]): Promise<SearchBytes[]> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const out: SearchBytes[] = [];
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const before = site.requests.length;
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('touming:search-results').length > 0,
        null,
        {
          timeout: 120_000,
        },
      );
      await page.waitForLoadState('networkidle');
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const visited = site.requests.slice(before);
      let visitWire = 0;
      for (const path of visited) visitWire += await wireSize(served(dist, path));
      // The next query typed into the same page: what a second search costs once Pagefind is loaded.
      const nextQuery = queries[(i + 1) % queries.length] as string;
      const beforeNext = site.requests.length;
      await page.evaluate((q) => {
        performance.clearMarks('touming:search-results');
        const input = document.getElementById('search-q') as HTMLInputElement;
        input.value = q;
        input.form?.requestSubmit();
      }, nextQuery);
      await page.waitForFunction(
        () => performance.getEntriesByName('touming:search-results').length > 0,
        null,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      const nextPaths = site.requests.slice(beforeNext);
      let nextWire = 0;
      for (const path of nextPaths) nextWire += await wireSize(served(dist, path));
      const bytes = { code: 0, meta: 0, index: 0, filter: 0, fragment: 0, total: 0 };
      let wire = 0;
      const paths = visited.filter((p) => p.includes('/pagefind/'));
      for (const path of paths) {
        const file = join(dist, decodeURIComponent(path));
        const size = (await stat(file).catch(() => undefined))?.size ?? 0;
        bytes[kind(path)] += size;
        bytes.total += size;
        wire += /\.(js|json)$/.test(path) ? gzipSync(await readFile(file)).length : size;
      }
      out.push({
        query,
        results: Number(/共找到 (\d+)/.exec(status)?.[1] ?? 0),
        bytes,
        wire,
        visitWire,
        next: { query: nextQuery, wire: nextWire, requests: nextPaths.length },
        requests: paths.length,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** What the floor's search fetches: Pagefind's own API on one index of the bare pages. */
export interface FloorSearchBytes {
  query: string;
  results: number;
  /** Files under pagefind/ as a compressing host sends them (the page itself not counted). */
  wire: number;
  requests: number;
}

/**
 * The same first searches against the framework floor's index (the Pagefind CLI over the bare
 * pages, one index of every page): a bare page loads Pagefind, searches and loads the first ten
 * results' fragments, as touming's search page shows ten. The page is written into the bare build's
 * output, which the benchmark owns.
 */
export async function measureFloorSearches(
  dist: string,
  queries: readonly string[],
): Promise<FloorSearchBytes[]> {
  const harness = 'touming-bench-search.html';
  await writeFile(
    join(dist, harness),
    `<!doctype html><html lang="zh-CN"><title>search</title><script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('./pagefind/pagefind.js');
await pagefind.options({ noWorker: true, excerptLength: 36 });
const found = await pagefind.search(q);
await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
document.title = 'found ' + found.results.length;
</script></html>`,
  );
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const out: FloorSearchBytes[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const before = site.requests.length;
      await page.goto(`${site.url}${harness}?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => document.title.startsWith('found '), null, { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      const paths = site.requests.slice(before).filter((p) => p.includes('/pagefind/'));
      let wire = 0;
      for (const path of paths) wire += await wireSize(served(dist, path));
      out.push({
        query,
        results: Number((await page.title()).slice('found '.length)),
        wire,
        requests: paths.length,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}
