/**
 * Pure lookups over content entries. Pages load the collections once and pass them in,
 * so nothing here scans a collection twice.
 */
import type { Agency } from '../schemas/agency.ts';
import type { ReportData } from '../schemas/report.ts';

export interface AgencyLike {
  id: string;
  data: Agency;
}
export interface ReportLike {
  id: string;
  data: ReportData;
}

/** Reports by agency id, each list sorted by year, newest first. */
export function reportsByAgency<R extends ReportLike>(reports: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of reports) {
    const list = out.get(r.data.agency) ?? [];
    list.push(r);
    out.set(r.data.agency, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.data.year - a.data.year);
  return out;
}

/** Reports by year, years newest first; within a year, by agency name in Chinese collation. */
export function reportsByYear<R extends ReportLike>(
  reports: readonly R[],
  agencyName: (id: string) => string,
) {
  const out = new Map<number, R[]>();
  for (const r of [...reports].sort((a, b) => b.data.year - a.data.year)) {
    const list = out.get(r.data.year) ?? [];
    list.push(r);
    out.set(r.data.year, list);
  }
  const collator = new Intl.Collator('zh-CN');
  for (const list of out.values())
    list.sort((a, b) => collator.compare(agencyName(a.data.agency), agencyName(b.data.agency)));
  return out;
}

/** Agencies grouped province → city (or 省级 for provincial agencies), in Chinese collation order. */
export function agenciesByRegion<A extends AgencyLike>(agencies: readonly A[]) {
  const collator = new Intl.Collator('zh-CN');
  const provinces = new Map<string, Map<string, A[]>>();
  for (const a of agencies) {
    const cities = provinces.get(a.data.region.province) ?? new Map<string, A[]>();
    const city = a.data.region.city ?? '省级机关';
    cities.set(city, [...(cities.get(city) ?? []), a]);
    provinces.set(a.data.region.province, cities);
  }
  const sortKeys = <T>(m: Map<string, T>) => [...m.keys()].sort(collator.compare);
  return sortKeys(provinces).map((province) => {
    const cities = provinces.get(province) as Map<string, A[]>;
    return {
      province,
      cities: sortKeys(cities).map((city) => ({
        city,
        agencies: (cities.get(city) as A[]).sort((x, y) => collator.compare(x.data.name, y.data.name)),
      })),
    };
  });
}

/** The region as one line, e.g. 宁夏回族自治区 吴忠市 利通区. */
export function regionLine(agency: Agency): string {
  const { province, city, county } = agency.region;
  return [province, city, county].filter(Boolean).join(' ');
}

/** The most recent reports first (by year, then agency id for a stable order). */
export function latestReports<R extends ReportLike>(reports: readonly R[], count: number): R[] {
  return [...reports].sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id)).slice(0, count);
}
