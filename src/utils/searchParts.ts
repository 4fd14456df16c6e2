/**
 * A large site's search index is written in parts, each a complete Pagefind index of at most
 * `partPages` pages: Pagefind holds an index in memory until it is written (about 1 MB a report
 * page at its peak), so parts bound the build's memory and let each part be written while Astro
 * is still rendering the rest. The first part is written to `pagefind/`, the others to
 * `pagefind/part/<n>/`; at the end of the build they are merged into the one index in `pagefind/`
 * (integrations/searchMerge.ts). The manifest then lists no parts; the search page still reads it,
 * so an index from an earlier build that kept its parts (another build's, SITE_MERGE_INDEXES) is
 * merged in the browser as before.
 */

/** The manifest's name, in the main index folder. */
export const partsManifestName = 'touming-parts.json';

/** Pages in one part unless SITE_SEARCH_PART_PAGES says otherwise. */
export const defaultPartPages = 500;

export interface PartsManifest {
  /** The folders of the parts after the first, relative to the main index folder (`part/2/`). */
  parts: string[];
}

/** The folder holding the later parts, in the main index folder. */
export const partsFolder = 'part';

/** The folder of part `n` (1-based) relative to the main index folder; '' for the first. */
export function partFolder(n: number): string {
  return n <= 1 ? '' : `${partsFolder}/${n}/`;
}

/** The manifest for an index written in `count` parts. */
export function partsManifest(count: number): PartsManifest {
  return { parts: Array.from({ length: Math.max(0, count - 1) }, (_, i) => partFolder(i + 2)) };
}

/** SITE_SEARCH_PART_PAGES as a whole number of pages ≥ 1; the default when unset. */
export function parsePartPages(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return defaultPartPages;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`SITE_SEARCH_PART_PAGES must be a whole number of pages (1 or more), got "${value}"`);
  return n;
}

/** Reads a fetched manifest; anything else (an older build without parts) means no extra parts. */
export function readPartsManifest(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const parts = (value as { parts?: unknown }).parts;
  if (!Array.isArray(parts)) return [];
  return parts.filter((p): p is string => typeof p === 'string' && /^part\/\d+\/$/.test(p));
}
