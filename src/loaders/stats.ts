/** The statistics and charts of the whole site, computed once per build from loadSite(). */
import { agencyCharts, portalCharts } from '../utils/charts/sets.ts';
import type { ChartSpec } from '../utils/charts/spec.ts';
import { provincesOf, reportsByProvince } from '../utils/provinces.ts';
import { coverage, perRegion, perYear } from '../utils/stats/groups.ts';
import { provinceStats } from '../utils/stats/provinces.ts';
import { latestYearPair } from '../utils/stats/sameAgencies.ts';
import { loadSite } from './site.ts';

async function buildStats() {
  const site = await loadSite();
  const years = perYear(site.reports);
  // Each agency's own reports from the index: filtering all reports per agency grew as agencies × reports.
  const agencyYears = new Map(site.agencies.map((a) => [a.id, perYear(site.byAgency.get(a.id) ?? [])]));
  const agencyChartSets = new Map(
    site.agencies.map((a) => [a.id, agencyCharts(a.id, a.data.shortName, agencyYears.get(a.id) ?? [])]),
  );
  // The year-over-year sentence compares the agencies with a report in both years only.
  const charts = portalCharts(years, latestYearPair(site.reports));
  const regions = perRegion(site.reports, site.agencies);
  const covered = coverage(site.reports, site.agencies);
  const provinces = provincesOf(site.agencies);
  return {
    years,
    charts,
    agencyYears,
    agencyCharts: agencyChartSets,
    regions,
    coverage: covered,
    /** Per province: its years, regions and coverage, for its own page (stats/<code>/). */
    provinces: provinceStats(provinces, reportsByProvince(site.reports, provinces), regions, covered),
    /** Every chart on the site, for the downloads. */
    allCharts: [...charts, ...[...agencyChartSets.values()].flat()] as ChartSpec[],
  };
}

let stats: ReturnType<typeof buildStats> | undefined;

export function loadStats() {
  stats ??= buildStats();
  return stats;
}
