/**
 * What a first-time visitor's browser fetches for a search: the search page opened with a query in
 * a fresh profile, every file the server sent under pagefind/ counted by kind (Pagefind's script
 * and WebAssembly, the index's metadata, index chunks, filters, result fragments).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../testkit/browser.ts';
import { type StaticSite, serveStatic } from '../testkit/server.ts';

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

/** What a host that gzips text sends for these served paths, all told. */
async function wireOf(dist: string, paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += await wireSize(served(dist, path));
  return total;
}

/**
 * Serves `dist` and runs `visit` once per query, each in a fresh browser profile (a first-time
 * visitor); the paths the server sent are in `site.requests`.
 */
async function perQuery<T>(
  dist: string,
  queries: readonly string[],
  visit: (page: Page, site: StaticSite, query: string, i: number) => Promise<T>,
): Promise<T[]> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const out: T[] = [];
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext();
      out.push(await visit(await context.newPage(), site, query, i));
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Waits until the search page has put results (or "none") on screen, and the fetches are over. */
async function resultsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('touming:search-results').length > 0, null, {
    timeout: 120_000,
  });
  await page.waitForLoadState('networkidle');
}

export function measureSearches(dist: string, queries: readonly string[]): Promise<SearchBytes[]> {
  return perQuery(dist, queries, async (page, site, query, i) => {
    const before = site.requests.length;
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await resultsShown(page);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const visited = site.requests.slice(before);
    // The next query typed into the same page: what a second search costs once Pagefind is loaded.
    const nextQuery = queries[(i + 1) % queries.length] as string;
    const beforeNext = site.requests.length;
    await page.evaluate((q) => {
      performance.clearMarks('touming:search-results');
      const input = document.getElementById('search-q') as HTMLInputElement;
      input.value = q;
      input.form?.requestSubmit();
    }, nextQuery);
    await resultsShown(page);
    const nextPaths = site.requests.slice(beforeNext);
    const paths = visited.filter((p) => p.includes('/pagefind/'));
    const bytes = { code: 0, meta: 0, index: 0, filter: 0, fragment: 0, total: 0 };
    for (const path of paths) {
      const size = (await stat(served(dist, path)).catch(() => undefined))?.size ?? 0;
      bytes[kind(path)] += size;
      bytes.total += size;
    }
    return {
      query,
      results: Number(/共找到 (\d+)/.exec(status)?.[1] ?? 0),
      bytes,
      wire: await wireOf(dist, paths),
      visitWire: await wireOf(dist, visited),
      next: { query: nextQuery, wire: await wireOf(dist, nextPaths), requests: nextPaths.length },
      requests: paths.length,
    };
  });
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
  return perQuery(dist, queries, async (page, site, query) => {
    const before = site.requests.length;
    await page.goto(`${site.url}${harness}?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.title.startsWith('found '), null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const paths = site.requests.slice(before).filter((p) => p.includes('/pagefind/'));
    return {
      query,
      results: Number((await page.title()).slice('found '.length)),
      wire: await wireOf(dist, paths),
      requests: paths.length,
    };
  });
}
