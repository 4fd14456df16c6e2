/** The charts of counts by year, as specs: for the whole portal (统计) and for one agency. */
import { table3Columns, table3Printed, tableNames } from '../../catalogue/index.ts';
import { formatCoverage } from '../stats/format.ts';
import type { YearSummary } from '../stats/groups.ts';
import type { YearPair } from '../stats/sameAgencies.ts';
import type { MeasureSum } from '../stats/summary.ts';
import type { ChartSeries, ChartSpec } from './spec.ts';
import { applicationsTakeaway, outcomesTakeaway, reviewTakeaway } from './takeaway.ts';

/** Whose reports a chart sums: `stats` for the whole portal, `agencies/<id>` for one agency. */
export interface ChartScope {
  id: string;
  /** Where the numbers come from, in words. */
  source: string;
}

const legend = (label: string) => label.replace('政府信息公开申请数量', '');

function series(
  years: readonly YearSummary[],
  pick: (y: YearSummary) => MeasureSum,
  label?: string,
): ChartSeries {
  const first = years[0] ? pick(years[0]) : undefined;
  return {
    key: first?.measure.key ?? '',
    label: label ?? legend(first?.measure.label ?? ''),
    values: years.map((y) => pick(y).sum.value),
  };
}

/** Reports that filled in every series of a year (the weakest series bounds the coverage). */
function coverage(years: readonly YearSummary[], picks: ((y: YearSummary) => MeasureSum)[]) {
  return {
    label: '填报完整的报告',
    values: years.map((y) =>
      formatCoverage({ reported: Math.min(...picks.map((p) => p(y).sum.reported)), of: y.summary.reports }),
    ),
  };
}

function spec(
  scope: ChartScope,
  name: string,
  years: readonly YearSummary[],
  picks: ((y: YearSummary) => MeasureSum)[],
  rest: Pick<ChartSpec, 'title' | 'takeaway' | 'stacked'> & { labels?: string[]; table: string },
): ChartSpec {
  return {
    id: `${scope.id}/${name}`,
    title: rest.title,
    takeaway: rest.takeaway,
    stacked: rest.stacked,
    categoryLabel: '年度',
    categories: years.map((y) => String(y.year)),
    series: picks.map((p, i) => series(years, p, rest.labels?.[i])),
    unit: '件',
    coverage: coverage(years, picks),
    source: `${scope.source}，${rest.table}`,
  };
}

/**
 * 本年新收 and 上年结转, stacked: together they are the applications to handle in the year. Over many
 * agencies, `pair` makes the takeaway compare the latest year with the one before over the same agencies.
 */
export function applicationsChart(
  scope: ChartScope,
  years: readonly YearSummary[],
  pair?: YearPair,
): ChartSpec {
  return spec(scope, 'applications', years, [(y) => y.summary.newReceived, (y) => y.summary.carriedOver], {
    title: '政府信息公开申请数量',
    takeaway: applicationsTakeaway(years, pair),
    stacked: true,
    table: '表三“一、本年新收”“二、上年结转”的总计列',
  });
}

/** The six outcome categories, stacked: they add up to （七）总计. */
export function outcomesChart(scope: ChartScope, years: readonly YearSummary[]): ChartSpec {
  const count = years[0]?.summary.outcomes.length ?? 0;
  const picks = Array.from(
    { length: count },
    (_, i) => (y: YearSummary) => y.summary.outcomes[i] as MeasureSum,
  );
  return spec(scope, 'outcomes', years, picks, {
    title: '申请办理结果',
    takeaway: outcomesTakeaway(years),
    stacked: true,
    table: `${tableNames.table3}“${table3Printed('outcomes')}”的${table3Columns.at(-1)?.label}列`,
  });
}

/** 行政复议 and the two kinds of 行政诉讼, side by side: separate procedures, not parts of a whole. */
export function reviewChart(scope: ChartScope, years: readonly YearSummary[]): ChartSpec {
  const groups = years[0]?.summary.review ?? [];
  const picks = groups.map(
    (_, i) => (y: YearSummary) =>
      y.summary.review[i]?.results.find((r) => r.measure.key.endsWith('.total')) as MeasureSum,
  );
  return spec(scope, 'review', years, picks, {
    title: '行政复议和行政诉讼案件数',
    takeaway: reviewTakeaway(years),
    stacked: false,
    labels: groups.map((g) => g.label),
    table: '表四各项的总计',
  });
}
