/**
 * Fair comparisons over time: a change from one year to the next is worked out over the same agencies
 * only — those with a report in both years that reported the measure in both — never over whichever
 * agencies happen to have a report each year (the site adding 淮安 in 2024 is not a rise in applications).
 * A rate over those agencies is the ratio of their summed counts, never an average of their rates.
 */
import type { ReportData } from '../../schemas/report.ts';
import type { ReportLike } from '../collections.ts';
import { withSeparators } from './format.ts';
import { type RankingMeasure, rankingMeasures, standing } from './rankings.ts';

export interface YearPair {
  year: number;
  /** The year compared with: the latest earlier year with any report. */
  previous: number;
  /** How many agencies have a report for each year, and for both. */
  coverage: { year: number; previous: number; both: number };
  /** The agencies with a report for both years, by id, each with its two reports. */
  pairs: { agency: string; now: ReportData; before: ReportData }[];
}

/** The agencies with a report for both years, and how many have one each year. */
export function yearPair(reports: readonly ReportLike[], year: number, previous: number): YearPair {
  const now = new Map<string, ReportData>();
  const before = new Map<string, ReportData>();
  for (const r of reports) {
    if (r.data.year === year) now.set(r.data.agency, r.data);
    else if (r.data.year === previous) before.set(r.data.agency, r.data);
  }
  const pairs = [...now.keys()]
    .filter((id) => before.has(id))
    .sort()
    .map((agency) => ({
      agency,
      now: now.get(agency) as ReportData,
      before: before.get(agency) as ReportData,
    }));
  return { year, previous, coverage: { year: now.size, previous: before.size, both: pairs.length }, pairs };
}

/** The latest year with reports against the one before it; undefined with fewer than two years. */
export function latestYearPair(reports: readonly ReportLike[]): YearPair | undefined {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => b - a);
  const [year, previous] = years;
  return year !== undefined && previous !== undefined ? yearPair(reports, year, previous) : undefined;
}

export interface Pooled {
  numerator: number;
  /** Rates only. */
  denominator?: number;
}

export interface PairedValue {
  measure: RankingMeasure;
  /** Agencies with both reports whose figure could be worked out in both years (the ones summed). */
  agencies: number;
  before: Pooled;
  now: Pooled;
}

/**
 * One measure over the agencies of the pair whose figure can be worked out in both years: a count
 * summed, a rate as summed numerators over summed denominators. An agency that left a cell blank
 * (未填报), unread or inconsistent in either year is left out of both years.
 */
export function pairedValue(pair: YearPair, measure: RankingMeasure): PairedValue {
  const before: Pooled = { numerator: 0, ...(measure.denominator ? { denominator: 0 } : {}) };
  const now: Pooled = { ...before };
  let agencies = 0;
  for (const p of pair.pairs) {
    const a = standing(p.before, measure);
    const b = standing(p.now, measure);
    if (a.status !== 'value' || b.status !== 'value') continue;
    agencies++;
    before.numerator += a.numerator;
    now.numerator += b.numerator;
    if (before.denominator !== undefined) before.denominator += a.denominator ?? 0;
    if (now.denominator !== undefined) now.denominator += b.denominator ?? 0;
  }
  return { measure, agencies, before, now };
}

/** Every ranking measure over the same agencies. */
export function pairedValues(pair: YearPair): PairedValue[] {
  return rankingMeasures().map((m) => pairedValue(pair, m));
}

const percent = (p: Pooled) =>
  p.denominator ? Math.round((p.numerator / p.denominator) * 1000) / 10 : undefined;

/** A pooled figure as text: 3,214 (件), or 59.6% with its N, or — when N is 0. */
export function pooledText(p: Pooled): { text: string; note?: string } {
  if (p.denominator === undefined) return { text: withSeparators(p.numerator) };
  const v = percent(p);
  return {
    text: v === undefined ? '—' : `${v.toFixed(1)}%`,
    note: `${withSeparators(p.numerator)}/${withSeparators(p.denominator)}`,
  };
}

/** How the figure moved: 多74件 / 少3件 / 持平 / 上升2.5个百分点 / 无法比较. */
export function changeText(v: PairedValue): string {
  if (v.agencies === 0) return '无法比较';
  if (v.measure.kind === 'count') {
    const d = v.now.numerator - v.before.numerator;
    return d === 0 ? '持平' : d > 0 ? `多${withSeparators(d)}件` : `少${withSeparators(-d)}件`;
  }
  const [a, b] = [percent(v.before), percent(v.now)];
  if (a === undefined || b === undefined) return '无法比较';
  const d = Math.round((b - a) * 10) / 10;
  return d === 0 ? '持平' : d > 0 ? `上升${d.toFixed(1)}个百分点` : `下降${(-d).toFixed(1)}个百分点`;
}

/** Who was compared, in words: 2023年有报告的机关5个，2024年3个，两年都有的1个. */
export function coverageText(pair: YearPair): string {
  const c = pair.coverage;
  return `${pair.previous}年有报告的机关${c.previous}个，${pair.year}年${c.year}个，两年都有的${c.both}个`;
}

/**
 * The year-over-year sentence for a count, over the same agencies only, with the coverage beside it:
 * 在2023年和2024年都有报告的1个机关中，本年新收比2023年多74件（21件→95件）；2023年有报告的机关5个，…
 */
export function sameAgencySentence(pair: YearPair, measure: RankingMeasure): string {
  const both = `${pair.previous}年和${pair.year}年`;
  if (pair.coverage.both === 0) return `${both}没有同一机关都有报告，不作比较（${coverageText(pair)}）。`;
  const v = pairedValue(pair, measure);
  if (v.agencies === 0)
    return `两年都有报告的${pair.coverage.both}个机关，${measure.label}都未能在两年都算出，不作比较（${coverageText(pair)}）。`;
  const who =
    v.agencies === pair.coverage.both
      ? `在${both}都有报告的${v.agencies}个机关中`
      : `在${both}都有报告、且两年都填报了${measure.label}的${v.agencies}个机关中`;
  const [before, now] = [pooledText(v.before), pooledText(v.now)];
  const unit = measure.kind === 'count' ? '件' : '';
  const moved = changeText(v);
  const phrase = moved === '持平' ? `与${pair.previous}年持平` : `比${pair.previous}年${moved}`;
  return `${who}，${measure.label}${phrase}（${before.text}${unit}→${now.text}${unit}）；${coverageText(pair)}。`;
}
