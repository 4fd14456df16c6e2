/** The evaluation's result: per report its verdict counts, reasons and methods; the totals; the bar. */
import type { ReportFormat } from '../../../src/catalogue/index.ts';
import type { Comparison, Counts, Verdict } from './compare.ts';

/** The bar the importer must clear: no wrong cell, and this share of all determined cells exact. */
export const minExactShare = 0.95;

export interface ReportResult {
  truthFile: string;
  /** Relative to the shared folder. */
  sample: string;
  /** The truth's form (absent for a sample to be refused whole). */
  format?: ReportFormat;
  comparison: Comparison;
  /** Why cells were refused, most frequent first. */
  refusedReasons: { reason: string; count: number }[];
  /** How the importer read the cells it gave, where it says (label, split, order, hand …). */
  methods: Record<string, number>;
  /** Seconds the importer took on this sample. */
  seconds: number;
}

export interface EvalSummary {
  reports: ReportResult[];
  total: Counts & { reports: number };
  /** exact / cells over all reports (0 when nothing is determined). */
  exactShare: number;
  bar: { met: boolean; minExactShare: number };
  /** Messages about truth files that could not be used (each names the file). */
  invalid: string[];
  /** Samples with no truth file, relative to the shared folder. */
  noTruth: string[];
  seconds: number;
  reportsPerSecond: number;
}

export function reportResult(
  truth: { file: string; sample: string; format?: ReportFormat },
  comparison: Comparison,
  seconds: number,
): ReportResult {
  return {
    truthFile: truth.file,
    sample: truth.sample,
    ...(truth.format ? { format: truth.format } : {}),
    comparison,
    refusedReasons: refusedReasons(comparison.verdicts),
    methods: methods(comparison.verdicts),
    seconds,
  };
}

/** Refused cells grouped by their reason's text, most frequent first (ties in order of first sight). */
export function refusedReasons(verdicts: readonly Verdict[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of verdicts)
    if (v.verdict === 'refused') counts.set(v.reason, (counts.get(v.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

function methods(verdicts: readonly Verdict[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of verdicts) if (v.verdict !== 'refused' && v.method) out[v.method] = (out[v.method] ?? 0) + 1;
  return out;
}

/** A report fails when a cell is wrong or a sample that must be refused whole was read. */
export const reportFailed = (r: ReportResult) =>
  r.comparison.counts.wrong > 0 || r.comparison.expectedRefusal?.met === false;

export function summarize(
  reports: ReportResult[],
  invalid: string[],
  noTruth: string[],
  seconds: number,
): EvalSummary {
  const total = { reports: reports.length, cells: 0, exact: 0, refused: 0, wrong: 0 };
  for (const r of reports) {
    const c = r.comparison.counts;
    total.cells += c.cells;
    total.exact += c.exact;
    total.refused += c.refused;
    total.wrong += c.wrong;
  }
  const exactShare = total.cells ? total.exact / total.cells : 0;
  const met =
    total.cells > 0 && exactShare >= minExactShare && !invalid.length && !reports.some(reportFailed);
  return {
    reports,
    total,
    exactShare,
    bar: { met, minExactShare },
    invalid,
    noTruth,
    seconds,
    reportsPerSecond: seconds > 0 ? reports.length / seconds : 0,
  };
}

/** Exit code 1 when any cell is wrong, a refusal is missed or a truth file is invalid. */
export const exitCode = (s: EvalSummary) => (s.invalid.length || s.reports.some(reportFailed) ? 1 : 0);
