/**
 * The 数据质量 pages' counts and lists. The main page shows counts per province and per year (rows
 * bounded by provinces and years); each province's page lists its findings in full.
 */
import { type Finding, summarize } from '../checks/index.ts';
import { type ReportLike, reportsByAgency } from './collections.ts';
import { missingCause, type ReportDataOf, reportDataOf, unreadByKey } from './unread.ts';

export type FindingsById = Readonly<Record<string, readonly Finding[] | undefined>>;

export interface FindingCounts {
  reports: number;
  /** Reports with at least one finding. */
  withFindings: number;
  errors: number;
  warnings: number;
  notices: number;
  unchecked: number;
  /** Of the unchecked, those blocked by a cell the importer could not read (not only by blanks). */
  uncheckedUnread: number;
  /** Cells the importer could not read (未读取), counted apart from cells the reports left blank. */
  unreadCells: number;
}

/**
 * How many reports, and how many findings of each kind, among these reports. `dataOf` finds the
 * reports a cross-year finding's cells belong to (default: among these reports).
 */
export function countFindings(
  reports: readonly ReportLike[],
  findings: FindingsById,
  dataOf: ReportDataOf = reportDataOf(reportsByAgency(reports)),
): FindingCounts {
  const lists = reports.map((r) => findings[r.id] ?? []);
  const all = lists.flat();
  const { errors, warnings, notices, unchecked } = summarize(all);
  const withFindings = lists.filter((l) => l.length > 0).length;
  const unreadCells = reports.reduce((n, r) => n + unreadByKey(r.data).size, 0);
  const uncheckedUnread = all.filter(
    (f) => f.status === 'unchecked' && missingCause(f, dataOf) !== 'blank',
  ).length;
  return {
    reports: reports.length,
    withFindings,
    errors,
    warnings,
    notices,
    unchecked,
    uncheckedUnread,
    unreadCells,
  };
}

/** Counts per year, newest first; only years that have reports. */
export function countsByYear(
  reports: readonly ReportLike[],
  findings: FindingsById,
  dataOf: ReportDataOf = reportDataOf(reportsByAgency(reports)),
): { year: number; counts: FindingCounts }[] {
  const byYear = new Map<number, ReportLike[]>();
  for (const r of reports) {
    const list = byYear.get(r.data.year) ?? [];
    list.push(r);
    byYear.set(r.data.year, list);
  }
  return [...byYear.keys()]
    .sort((a, b) => b - a)
    .map((year) => ({ year, counts: countFindings(byYear.get(year) ?? [], findings, dataOf) }));
}

/** The reports that have findings, by agency name in Chinese collation, then newest year first. */
export function reportsWithFindings<R extends ReportLike>(
  reports: readonly R[],
  findings: FindingsById,
  agencyName: (id: string) => string,
): R[] {
  const collator = new Intl.Collator('zh-CN');
  return reports
    .filter((r) => (findings[r.id]?.length ?? 0) > 0)
    .sort(
      (a, b) =>
        collator.compare(agencyName(a.data.agency), agencyName(b.data.agency)) ||
        a.data.agency.localeCompare(b.data.agency) ||
        b.data.year - a.data.year,
    );
}
