/** Summaries per year, per agency and per region, and which agencies reported each year. */
import type { AgencyLike, ReportLike } from '../collections.ts';
import { type Summary, summarize, summarizeReport } from './summary.ts';

export interface YearSummary {
  year: number;
  /** Ids of the reports summed, for linking and for the reader to check. */
  reportIds: string[];
  summary: Summary;
}

/** One summary per year over the given reports, years ascending (time runs left to right in a chart). */
export function perYear(reports: readonly ReportLike[]): YearSummary[] {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const of = reports.filter((r) => r.data.year === year).sort((a, b) => a.id.localeCompare(b.id));
    // One report's summary is the one its own page shows, made once: an agency's years are mostly
    // one report each, and a copy per agency and year held 20 KB a report for the whole build.
    const only = of.length === 1 ? of[0] : undefined;
    const summary = only ? summarizeReport(only.data) : summarize(of.map((r) => r.data));
    return { year, reportIds: of.map((r) => r.id), summary };
  });
}

/** One agency across its years. */
export function perAgency(reports: readonly ReportLike[], agencyId: string): YearSummary[] {
  return perYear(reports.filter((r) => r.data.agency === agencyId));
}

export interface RegionSummary {
  /** e.g. 宁夏回族自治区 吴忠市; a provincial agency's region is its province alone. */
  region: string;
  agencyIds: string[];
  years: YearSummary[];
}

/** Summaries per prefecture-level region (province + city), each by year; regions in Chinese order. */
export function perRegion(reports: readonly ReportLike[], agencies: readonly AgencyLike[]): RegionSummary[] {
  const regionOf = (a: AgencyLike) => [a.data.region.province, a.data.region.city].filter(Boolean).join(' ');
  const regions = new Map<string, string[]>();
  const regionById = new Map<string, string>();
  for (const a of agencies) {
    const region = regionOf(a);
    regions.set(region, regions.get(region) ?? []);
    regions.get(region)?.push(a.id);
    regionById.set(a.id, region);
  }
  // Reports bucketed by region in one pass: filtering all reports per region grew as regions × reports.
  const reportsOf = new Map<string, ReportLike[]>();
  for (const r of reports) {
    const region = regionById.get(r.data.agency);
    if (region === undefined) continue;
    reportsOf.set(region, reportsOf.get(region) ?? []);
    reportsOf.get(region)?.push(r);
  }
  const collator = new Intl.Collator('zh-CN');
  return [...regions.keys()].sort(collator.compare).map((region) => {
    const ids = (regions.get(region) ?? []).sort();
    return { region, agencyIds: ids, years: perYear(reportsOf.get(region) ?? []) };
  });
}

export interface YearCoverage {
  year: number;
  /** Agencies with a report for the year, and those without, both by id. */
  with: string[];
  without: string[];
}

/** For each year that has any report, which of the portal's agencies have one and which do not. */
export function coverage(reports: readonly ReportLike[], agencies: readonly AgencyLike[]): YearCoverage[] {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => a - b);
  const ids = agencies.map((a) => a.id).sort();
  return years.map((year) => {
    const have = new Set(reports.filter((r) => r.data.year === year).map((r) => r.data.agency));
    return { year, with: ids.filter((id) => have.has(id)), without: ids.filter((id) => !have.has(id)) };
  });
}
