/**
 * The 数据质量 pages' counts and lists. The main page shows counts per province and per year (rows
 * bounded by provinces and years); each province's page lists its findings in full.
 */
import { type Finding, summarize } from '../checks/index.ts';
import type { ReportLike } from './collections.ts';

export type FindingsById = Readonly<Record<string, readonly Finding[] | undefined>>;

export interface FindingCounts {
  reports: number;
  /** Reports with at least one finding. */
  withFindings: number;
  errors: number;
  warnings: number;
  notices: number;
  unchecked: number;
}

/** How many reports, and how many findings of each kind, among these reports. */
export function countFindings(reports: readonly ReportLike[], findings: FindingsById): FindingCounts {
  const lists = reports.map((r) => findings[r.id] ?? []);
  const { errors, warnings, notices, unchecked } = summarize(lists.flat());
  const withFindings = lists.filter((l) => l.length > 0).length;
  return { reports: reports.length, withFindings, errors, warnings, notices, unchecked };
}

/** Counts per year, newest first; only years that have reports. */
export function countsByYear(
  reports: readonly ReportLike[],
  findings: FindingsById,
): { year: number; counts: FindingCounts }[] {
  const byYear = new Map<number, ReportLike[]>();
  for (const r of reports) {
    const list = byYear.get(r.data.year) ?? [];
    list.push(r);
    byYear.set(r.data.year, list);
  }
  return [...byYear.keys()]
    .sort((a, b) => b - a)
    .map((year) => ({ year, counts: countFindings(byYear.get(year) ?? [], findings) }));
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
