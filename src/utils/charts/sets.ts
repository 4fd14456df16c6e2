/** Which charts each page draws; the pages and the chart downloads both read these lists. */
import type { YearSummary } from '../stats/groups.ts';
import type { YearPair } from '../stats/sameAgencies.ts';
import type { ChartSpec } from './spec.ts';
import { applicationsChart, outcomesChart, reviewChart } from './trends.ts';

/**
 * The 统计 page: the whole portal by year. `pair` (the latest year against the one before) makes the
 * year-over-year sentence compare the same agencies only.
 */
export function portalCharts(years: readonly YearSummary[], pair?: YearPair): ChartSpec[] {
  const scope = { id: 'stats', source: '本站收录的全部政府信息公开工作年度报告' };
  return [applicationsChart(scope, years, pair), outcomesChart(scope, years), reviewChart(scope, years)];
}

/** An agency page: the agency's own reports by year; none when it has no report. */
export function agencyCharts(
  agencyId: string,
  agencyName: string,
  years: readonly YearSummary[],
): ChartSpec[] {
  if (years.length === 0) return [];
  const scope = { id: `agencies/${agencyId}`, source: `${agencyName}历年政府信息公开工作年度报告` };
  return [applicationsChart(scope, years), outcomesChart(scope, years), reviewChart(scope, years)];
}
