/**
 * The page types of a built site, read from its files rather than listed by hand, so a page a later
 * change adds is covered without touching the tests. One page stands for each type: the largest
 * (the worst case for weight, contrast and layout).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface PageType {
  /** e.g. home, agencies, agency, report, years, year, stats, 404. */
  type: string;
  /** Path below the site's base, e.g. `agencies/640302-sifaju/2023/` ('' for the home page). */
  path: string;
  /** Size of the page's HTML file in bytes. */
  bytes: number;
  /** A selector to wait for before the page is judged (content its script renders). */
  ready?: string;
}

/**
 * A page's type from its file, e.g. `agencies/<id>/<year>/index.html` → report,
 * `agencies/<id>/<year>/changes/index.html` → changes, `agencies/<id>/<year>/source/index.html` → source.
 */
export function typeOf(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const dirs = file.replace(/\/?index\.html$/, '').split('/');
  if (dirs[0] === 'agencies' && dirs[3] === 'changes' && dirs.length === 4) return 'changes';
  if (dirs[0] === 'agencies' && dirs[3] === 'source' && dirs.length === 4) return 'source';
  if (dirs[0] === 'agencies') return ['agencies', 'agency', 'report'][dirs.length - 1] ?? file;
  if (dirs[0] === 'years') return ['years', 'year'][dirs.length - 1] ?? file;
  // Any other section: its name, with each level below it marked, e.g. data/*.
  return [dirs[0], ...dirs.slice(1).map(() => '*')].join('/');
}

/** Every HTML page of a built site, with its type. */
export async function allPages(root: string): Promise<PageType[]> {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  if (files.length === 0)
    throw new Error(`no HTML pages under ${root}: build the site first (npm run build)`);
  return Promise.all(
    files.map(async (file) => ({
      type: typeOf(file),
      // The 404 page is reached the way a visitor reaches it: an address that does not exist.
      path: file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, ''),
      bytes: (await stat(join(root, file))).size,
    })),
  );
}

/** One page per type, the largest of its type, in a stable order. */
export async function pageTypes(root: string): Promise<PageType[]> {
  const largest = new Map<string, PageType>();
  for (const page of await allPages(root)) {
    const seen = largest.get(page.type);
    if (!seen || page.bytes > seen.bytes) largest.set(page.type, page);
  }
  return [...largest.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** The page types every build must have (issue #8): the tests fail if one goes missing. */
export const requiredTypes = [
  'home',
  'agencies',
  'agency',
  'report',
  'years',
  'year',
  'accessibility',
  '404',
];

/** States a page only reaches with a query: the comparison of two reports, search results. */
export async function interactiveStates(root: string): Promise<PageType[]> {
  const reports = (await allPages(root)).filter((p) => p.type === 'report').map((p) => p.path);
  const id = (path: string | undefined) => path?.replace(/^agencies\//, '').replace(/\/$/, '') ?? '';
  const [a, b = a] = reports;
  return [
    {
      type: 'compare (two reports)',
      path: `compare/?a=${id(a)}&b=${id(b)}`,
      ready: '#differences',
      bytes: 0,
    },
    // Every report's 表四 is headed 行政复议, so the search finds something on any site.
    { type: 'search (results)', path: 'search/?q=行政复议', ready: '#search-results li', bytes: 0 },
  ];
}
