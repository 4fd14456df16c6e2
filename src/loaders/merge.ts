/**
 * SITE_MERGE_INDEXES: the bases of other builds of the portal (e.g. `/henan/,/ningxia/`, or full
 * addresses) whose search indexes this build's search page merges with its own in the browser
 * (Pagefind multisite), so a country built as one site per province is searched as one. Each
 * base serves its index at `<base>pagefind/` and its pages under `<base>`.
 */
export function parseMergeIndexes(value: string | undefined, ownBase = '/'): string[] {
  const bases = (value ?? '')
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((b) => (b.endsWith('/') ? b : `${b}/`));
  return [...new Set(bases)].filter((b) => b !== ownBase);
}

export const mergeIndexes: string[] = parseMergeIndexes(
  process.env.SITE_MERGE_INDEXES,
  import.meta.env?.BASE_URL ?? '/',
);
