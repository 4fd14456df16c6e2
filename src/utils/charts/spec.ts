/**
 * A chart as data: what the page embeds for the drawing script, what the data table shows and
 * what the CSV/JSON downloads hold — all three read this one object, so they cannot disagree.
 */
import { toCsv } from '../opendata/csv.ts';
import { formatNumber } from '../stats/format.ts';

export interface ChartSeries {
  key: string;
  label: string;
  /** One per category; null = not reported by any report summed. */
  values: (number | null)[];
}

export interface ChartSpec {
  /** Path-like id, also the download's name: `stats/applications` → data/charts/stats/applications.csv. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, placed above it. */
  takeaway: string;
  /** Bars stacked (parts of a whole) or side by side (separate quantities). */
  stacked: boolean;
  /** Heading of the category column, e.g. 年度. */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  unit: string;
  /** How many reports each category sums, e.g. 3/3 份报告. */
  coverage: { label: string; values: string[] };
  /** Where the numbers come from. */
  source: string;
}

/** The chart's data table: header row and body rows of text, as the page prints it. */
export function chartTable(spec: ChartSpec): { head: string[]; rows: string[][] } {
  return {
    head: [spec.categoryLabel, ...spec.series.map((s) => `${s.label}（${spec.unit}）`), spec.coverage.label],
    rows: spec.categories.map((c, i) => [
      c,
      ...spec.series.map((s) => formatNumber(s.values[i] ?? null)),
      spec.coverage.values[i] ?? '',
    ]),
  };
}

/** The same table as CSV: plain numbers, an empty field where nothing was reported. */
export function chartCsv(spec: ChartSpec): string {
  const { head } = chartTable(spec);
  const rows = spec.categories.map((c, i) => [
    c,
    ...spec.series.map((s) => {
      const v = s.values[i];
      return v === null || v === undefined ? '' : String(v);
    }),
    spec.coverage.values[i] ?? '',
  ]);
  return toCsv([head, ...rows]);
}

/** The spec as a download: everything the chart shows, nothing more. */
export function chartJson(spec: ChartSpec): string {
  return `${JSON.stringify(spec, null, 1)}\n`;
}
