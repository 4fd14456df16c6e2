/**
 * The 对比 page's list of agencies and their years, as a small JSON file (data/compare-index.json) its
 * script fetches: the page itself then lists no report, so its HTML stays the same size however many
 * reports the site has. Built at build time and read in the browser, so it is kept free of zod.
 */

/** As the file holds it: arrays, not objects, because the keys would be repeated once per agency. */
export interface CompareIndexFile {
  /** Province names, referred to by position from each agency. */
  groups: string[];
  /** [agency id, full name, short name ('' when the same as the full name), group, years]. */
  agencies: [string, string, string, number, string][];
}

export interface IndexedAgency {
  id: string;
  name: string;
  shortName: string;
  group: string;
  /** Newest first. */
  years: number[];
}

/** Years newest first as runs, "2024-2021,2019": most agencies report every year, so one run each. */
export function encodeYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => b - a);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) - 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

export function decodeYears(text: string): number[] {
  return text.split(',').flatMap((run) => {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(run);
    if (!match) return [];
    const [from, to] = [Number(match[1]), Number(match[2] ?? match[1])];
    return Array.from({ length: Math.max(0, from - to + 1) }, (_, k) => from - k);
  });
}

interface AgencyLike {
  id: string;
  name: string;
  shortName: string;
  province: string;
}

/** The file's content, agencies in the given order; agencies without a report are left out. */
export function buildCompareIndex(
  agencies: readonly AgencyLike[],
  yearsOf: (agencyId: string) => readonly number[],
): CompareIndexFile {
  const groups: string[] = [];
  const rows: CompareIndexFile['agencies'] = [];
  for (const a of agencies) {
    const years = yearsOf(a.id);
    if (years.length === 0) continue;
    if (!groups.includes(a.province)) groups.push(a.province);
    const short = a.shortName === a.name ? '' : a.shortName;
    rows.push([a.id, a.name, short, groups.indexOf(a.province), encodeYears(years)]);
  }
  return { groups, agencies: rows };
}

const isRow = (row: unknown): row is CompareIndexFile['agencies'][number] =>
  Array.isArray(row) &&
  row.length === 5 &&
  typeof row[0] === 'string' &&
  typeof row[1] === 'string' &&
  typeof row[2] === 'string' &&
  Number.isInteger(row[3]) &&
  typeof row[4] === 'string';

/** The fetched file as agencies; throws on a file of another shape (a stale cache, a wrong address). */
export function readCompareIndex(json: unknown): IndexedAgency[] {
  const file = json as Partial<CompareIndexFile> | null;
  if (!file || !Array.isArray(file.groups) || !Array.isArray(file.agencies) || !file.agencies.every(isRow))
    throw new Error('compare-index.json is not a list of agencies');
  return file.agencies.map(([id, name, shortName, group, years]) => ({
    id,
    name,
    shortName: shortName || name,
    group: String(file.groups?.[group] ?? ''),
    years: decodeYears(years),
  }));
}
