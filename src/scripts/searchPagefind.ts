/**
 * The slice of Pagefind's browser API the search page uses, typed, and loaded from the site's
 * own `pagefind/` folder under the deployment base (so it works under a sub-path too).
 */
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
}

export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once; result URLs are made under `base` like every other link on the site. The
 * indexes of the other builds in `merge` (their bases, SITE_MERGE_INDEXES) are searched with it,
 * their results linked under their own bases.
 */
export function loadPagefind(base: string, merge: readonly string[] = []): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // On the main thread: the index is small, so a worker would cost a 43 KB script and a message
    // round trip per call (next-query times roughly halve without it), and a CSP needs no worker-src.
    await pagefind.options({ baseUrl: base, excerptLength: 36, noWorker: true });
    await pagefind.init();
    for (const other of merge) await pagefind.mergeIndex(`${other}pagefind/`, { baseUrl: other });
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
