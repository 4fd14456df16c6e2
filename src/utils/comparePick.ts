/**
 * Choosing a report on the 对比 page as 机关 + 年度: finding agencies by part of their name, the report
 * an address names, and the pairs offered when the address names none. Pure, over the index's agencies.
 */
import type { IndexedAgency } from './compareIndex.ts';

/** A report id, `<agency id>/<year>`, the form the address (?a=&b=) has always used. */
export const reportId = (agencyId: string, year: number) => `${agencyId}/${year}`;

export interface PickedReport {
  id: string;
  agency: IndexedAgency;
  year: number;
  /** As the comparison names it, e.g. 利通区司法局 2023年. */
  label: string;
}

const picked = (agency: IndexedAgency, year: number): PickedReport => ({
  id: reportId(agency.id, year),
  agency,
  year,
  label: `${agency.shortName} ${year}年`,
});

/** A lookup of report ids, for the address and the form; anything the site does not have is undefined. */
export function reportFinder(agencies: readonly IndexedAgency[]) {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return (id: string | null | undefined): PickedReport | undefined => {
    const match = /^([a-z0-9-]+)\/(\d{4})$/.exec(id ?? '');
    const agency = match ? byId.get(match[1] as string) : undefined;
    const year = Number(match?.[2]);
    return agency?.years.includes(year) ? picked(agency, year) : undefined;
  };
}

/**
 * Agencies whose full name, short name or id contains every space-separated part of the query
 * (吴忠 司法, 640302); an empty query keeps them all. Latin letters match in either case.
 */
export function matchAgencies(agencies: readonly IndexedAgency[], query: string): IndexedAgency[] {
  const parts = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [...agencies];
  return agencies.filter((a) => {
    const hay = `${a.name} ${a.shortName} ${a.id}`.toLowerCase();
    return parts.every((p) => hay.includes(p));
  });
}

/**
 * Up to `limit` pairs of one agency's two latest years, agencies with the newest report first and
 * from different provinces where there are: a handful of examples, never one per agency, so the page
 * does not grow with the site.
 */
export function suggestedPairs(
  agencies: readonly IndexedAgency[],
  limit = 3,
): [PickedReport, PickedReport][] {
  const candidates = agencies
    .filter((a) => a.years.length >= 2)
    .map((a, order) => ({ a, order }))
    .sort((x, y) => (y.a.years[0] as number) - (x.a.years[0] as number) || x.order - y.order)
    .map(({ a }) => a);
  const groups = new Set<string>();
  const spread = candidates.filter((a) => !groups.has(a.group) && groups.add(a.group));
  return [...new Set([...spread, ...candidates])]
    .slice(0, limit)
    .map((a) => [picked(a, a.years[1] as number), picked(a, a.years[0] as number)]);
}

/** What the form shows before anything is chosen: the first suggested pair, else the first two reports. */
export function defaultPair(agencies: readonly IndexedAgency[]): [PickedReport?, PickedReport?] {
  const [pair] = suggestedPairs(agencies, 1);
  if (pair) return pair;
  const firsts = agencies.flatMap((a) => (a.years[0] ? [picked(a, a.years[0])] : [])).slice(0, 2);
  return [firsts[0], firsts[1] ?? firsts[0]];
}

/** Consecutive agencies of one group (province) together, for the 机关 list's option groups. */
export function groupRuns(
  agencies: readonly IndexedAgency[],
): { group: string; agencies: IndexedAgency[] }[] {
  const runs: { group: string; agencies: IndexedAgency[] }[] = [];
  for (const a of agencies) {
    const last = runs.at(-1);
    if (last?.group === a.group) last.agencies.push(a);
    else runs.push({ group: a.group, agencies: [a] });
  }
  return runs;
}
