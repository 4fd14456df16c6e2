/**
 * The slice of Pagefind's browser API the search page uses, typed, and loaded from the site's
 * own `pagefind/` folder under the deployment base (so it works under a sub-path too).
 */
import { filterNames, yearsInOrder } from '../utils/search.ts';
import { partsManifestName, readPartsManifest } from '../utils/searchParts.ts';
export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions the query matched on the page. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter, how many of the results have each value. */
  filters?: Record<string, Record<string, number>>;
}

export type SearchOptions = { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * The later parts of the index a build at `base` wrote: none from a build that merges its parts
 * (every build since the merge, integrations/searchMerge.ts), or if unreadable; an older build's.
 */
async function indexParts(base: string): Promise<string[]> {
  try {
    const response = await fetch(`${base}pagefind/${partsManifestName}`);
    return response.ok ? readPartsManifest(await response.json()) : [];
  } catch {
    return [];
  }
}

/**
 * Loads Pagefind once; result URLs are made under `base` like every other link on the site. The
 * later parts of this build's index (utils/searchParts.ts) and the indexes of the other builds in
 * `merge` (their bases, SITE_MERGE_INDEXES, with their parts) are searched with it, each result
 * linked under its own build's base.
 */
export function loadPagefind(base: string, merge: readonly string[] = []): Promise<Pagefind> {
  loading ??= (async () => {
    const root = base.endsWith('/') ? base : `${base}/`;
    const url = `${root}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // On the main thread: the index is small, so a worker would cost a 43 KB script and a message
    // round trip per call (next-query times roughly halve without it), and a CSP needs no worker-src.
    await pagefind.options({ baseUrl: base, excerptLength: 36, noWorker: true });
    const merged = async (build: string, own: boolean) => {
      const folders = [...(own ? [] : ['']), ...(await indexParts(build))];
      await Promise.all(folders.map((f) => pagefind.mergeIndex(`${build}pagefind/${f}`, { baseUrl: build })));
    };
    // The manifests are fetched while the main index loads; all indexes then load side by side.
    const waiting = [merged(root, true), ...merge.map((other) => merged(other, false))];
    await pagefind.init();
    await Promise.all(waiting);
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Pagefind's search, with sorted results in year order across every index searched: Pagefind
 * sorts each index (each merged build, or an older build's parts) on its own and then lists them
 * all by score, so a sorted search is run once per year of `years` (the site's years; index chunks
 * load only once) and the years joined. Pages without a year (agency pages) follow the reports.
 */
export async function searchInOrder(
  pagefind: Pagefind,
  term: string | null,
  options: SearchOptions,
  years: readonly string[],
): Promise<PagefindSearch> {
  const found = await pagefind.search(term, options);
  const direction = options.sort && Object.values(options.sort)[0];
  const chosen = options.filters?.[filterNames.year];
  if (!direction || chosen) return found;
  const byYear = await Promise.all(
    yearsInOrder(years, direction).map((year) =>
      pagefind.search(term, { ...options, filters: { ...options.filters, [filterNames.year]: year } }),
    ),
  );
  const ordered = byYear.flatMap((s) => s.results);
  const listed = new Set(ordered.map((r) => r.id));
  return { ...found, results: [...ordered, ...found.results.filter((r) => !listed.has(r.id))] };
}
