/**
 * The evaluation's result, in two groups: the samples (the real documents) and the derived fixtures (converter
 * outputs and hand transformations of them). Per report its verdict counts, reasons and methods; per group the
 * totals and the bar; the exit code.
 */
import type { ReportFormat } from '../../../src/catalogue/index.ts';
import type { Comparison, Counts, Verdict } from './compare.ts';

/** The bar the importer must clear: no wrong cell, and this share of all determined cells exact. */
export const minExactShare = 0.95;

export interface ReportResult {
  /** The truth file (for a fixture: its base truth, less the cells the manifest marks undetermined). */
  truthFile: string;
  /** The document read: a sample relative to the shared folder, a fixture relative to its folder. */
  sample: string;
  /** A fixture's base document, as its manifest names it. */
  base?: string;
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

export type GroupName = 'samples' | 'derived';

export interface GroupSummary {
  /** What the group is, with its folder: `derived fixtures (tests/fixtures/shapes)`. */
  title: string;
  reports: ReportResult[];
  total: Counts & { reports: number };
  /** exact / cells over all reports (0 when nothing is determined). */
  exactShare: number;
  bar: { met: boolean; minExactShare: number };
  /** Messages about truth files or manifest entries that could not be used (each names the file). */
  invalid: string[];
  /** Documents with no truth: samples without a truth file, fixtures the manifest does not list. */
  noTruth: string[];
}

export interface EvalSummary {
  /** The groups run (`--group` picks one). */
  samples?: GroupSummary;
  derived?: GroupSummary;
  seconds: number;
  reportsPerSecond: number;
}

export function reportResult(
  truth: { file: string; sample: string; format?: ReportFormat; base?: string },
  comparison: Comparison,
  seconds: number,
): ReportResult {
  return {
    truthFile: truth.file,
    sample: truth.sample,
    ...(truth.base === undefined ? {} : { base: truth.base }),
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

export function summarizeGroup(
  title: string,
  reports: ReportResult[],
  invalid: string[],
  noTruth: string[],
): GroupSummary {
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
  return { title, reports, total, exactShare, bar: { met, minExactShare }, invalid, noTruth };
}

export function summarize(
  groups: { samples?: GroupSummary; derived?: GroupSummary },
  seconds: number,
): EvalSummary {
  const reports = (groups.samples?.reports.length ?? 0) + (groups.derived?.reports.length ?? 0);
  return { ...groups, seconds, reportsPerSecond: seconds > 0 ? reports / seconds : 0 };
}

/**
 * Whether a group fails the run: an invalid truth or manifest entry, a wrong cell or a missed refusal always
 * does. Its exact share does only where `shareDecides` (the samples): the derived fixtures are harder on
 * purpose, and refusing a cell a fixture garbled is honest, so their share is reported, not enforced. A group
 * that determines no cell (nothing picked, or only samples to refuse) has no share to fall short.
 */
export function groupFails(g: GroupSummary, shareDecides: boolean): boolean {
  return (
    g.invalid.length > 0 ||
    g.reports.some(reportFailed) ||
    (shareDecides && g.total.cells > 0 && g.exactShare < minExactShare)
  );
}

/** Exit code 1 when the samples miss their bar, or the derived fixtures have a wrong cell or an invalid entry. */
export const exitCode = (s: EvalSummary) =>
  (s.samples && groupFails(s.samples, true)) || (s.derived && groupFails(s.derived, false)) ? 1 : 0;
