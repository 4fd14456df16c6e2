/**
 * The 统计 page's detail split by province: the main page keeps one row per province, and each
 * province's page holds its years, its prefecture-level regions and its agency × year coverage.
 */
import type { ReportLike } from '../collections.ts';
import type { Province } from '../provinces.ts';
import { perYear, type RegionSummary, type YearCoverage, type YearSummary } from './groups.ts';

export interface ProvinceStats {
  province: Province;
  /** The province's reports summed per year, years ascending. */
  years: YearSummary[];
  /** Its prefecture-level regions (and the province itself for provincial agencies). */
  regions: RegionSummary[];
  /** Which of its agencies have a report, for every year of the site (not only the province's). */
  coverage: YearCoverage[];
}

/** The coverage of these agencies alone, keeping every year so all pages share the same columns. */
export function coverageOf(coverage: readonly YearCoverage[], agencyIds: readonly string[]): YearCoverage[] {
  const mine = new Set(agencyIds);
  return coverage.map((c) => ({
    year: c.year,
    with: c.with.filter((id) => mine.has(id)),
    without: c.without.filter((id) => mine.has(id)),
  }));
}

/** Each province's statistics, in the order of the provinces given. */
export function provinceStats(
  provinces: readonly Province[],
  reportsOf: ReadonlyMap<string, readonly ReportLike[]>,
  regions: readonly RegionSummary[],
  coverage: readonly YearCoverage[],
): ProvinceStats[] {
  const provinceOf = new Map(provinces.flatMap((p) => p.agencyIds.map((id) => [id, p.code] as const)));
  return provinces.map((province) => ({
    province,
    years: perYear(reportsOf.get(province.code) ?? []),
    // A region never spans provinces: its first agency says which one it is in.
    regions: regions.filter((r) => provinceOf.get(r.agencyIds[0] ?? '') === province.code),
    coverage: coverageOf(coverage, province.agencyIds),
  }));
}

/** Each province's summary for one year, and the provinces with no report that year. */
export function provincesInYear(
  provinces: readonly ProvinceStats[],
  year: number,
): { present: { province: Province; summary: YearSummary['summary'] }[]; absent: Province[] } {
  const present: { province: Province; summary: YearSummary['summary'] }[] = [];
  const absent: Province[] = [];
  for (const p of provinces) {
    const y = p.years.find((s) => s.year === year);
    if (y) present.push({ province: p.province, summary: y.summary });
    else absent.push(p.province);
  }
  return { present, absent };
}
