/**
 * How much of a chart's bar one agency makes: for each year, the agency with the largest figure and its
 * share of the total. A bar that is 97% one agency says little about the others; the page shows this
 * beside the chart and links to the rankings, where every agency is listed.
 */
import type { ReportLike } from '../collections.ts';
import { sumCells } from './aggregate.ts';
import { applicationMeasures, outcomeCategories, reviewGroups } from './measures.ts';

export interface YearLeader {
  year: number;
  /** Sum over the year's reports of the cells they reported. */
  total: number;
  /** Reports with a figure above 0. */
  agencies: number;
  /** The agency with the largest figure, when any is above 0 (the first by id on a tie). */
  leader?: { agencyId: string; value: number; share: number };
}

/** Per year, ascending: the total of the cells and the agency that contributes most of it. */
export function leadersByYear(reports: readonly ReportLike[], cells: readonly string[]): YearLeader[] {
  const byYear = new Map<number, ReportLike[]>();
  for (const r of reports) {
    const list = byYear.get(r.data.year) ?? [];
    list.push(r);
    byYear.set(r.data.year, list);
  }
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      let total = 0;
      let agencies = 0;
      let best: { agencyId: string; value: number } | undefined;
      for (const r of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
        const value = sumCells([r.data], cells).value ?? 0;
        total += value;
        if (value > 0) agencies++;
        if (value > 0 && (!best || value > best.value)) best = { agencyId: r.data.agency, value };
      }
      return {
        year,
        total,
        agencies,
        ...(best ? { leader: { ...best, share: total > 0 ? best.value / total : 0 } } : {}),
      };
    });
}

/** The cells each of the 统计 page's charts stacks or sets side by side, by the chart's name. */
export function chartCells(name: string): readonly string[] {
  if (name === 'applications')
    return [...applicationMeasures.newReceived.cells, ...applicationMeasures.carriedOver.cells];
  if (name === 'outcomes') return outcomeCategories().flatMap((c) => c.measure.cells);
  if (name === 'review') return reviewGroups().flatMap((g) => g.results.at(-1)?.cells ?? []);
  return [];
}

/** A share above this is said in words beside the chart: the bar is mostly one agency. */
export const dominantShare = 0.5;
