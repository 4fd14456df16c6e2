/**
 * Cells the importer could not read (`unread`, written only with `--allow-partial`): not a blank in the
 * report (未填报) but a number this copy lacks, which the original may well print. Where they are,
 * why, and which findings they keep from being checked.
 */
import type { Finding } from '../checks/index.ts';
import type { Cell } from '../schemas/cell.ts';
import type { ReportData } from '../schemas/report.ts';
import type { ReportLike } from './collections.ts';
import { cellKey } from './findings.ts';
import { parseReportId } from './urls.ts';

export interface UnreadCell {
  /** Flat cell key, e.g. table3.newReceived.natural. */
  key: string;
  /** Why the importer could not read it, as the content file says. */
  reason: string;
}

type Tables = Record<string, Record<string, Record<string, Cell | undefined> | undefined> | undefined>;

const cache = new WeakMap<object, ReadonlyMap<string, string>>();

/** The report's unread cells: key → reason, in table order (表二, 表三, 表四). */
export function unreadByKey(data: ReportData): ReadonlyMap<string, string> {
  let found = cache.get(data);
  if (found) return found;
  const out = new Map<string, string>();
  const tables = data as unknown as Tables;
  for (const table of ['table2', 'table3', 'table4']) {
    for (const [row, cells] of Object.entries(tables[table] ?? {}))
      for (const [column, cell] of Object.entries(cells ?? {}))
        if (cell?.unread !== undefined) out.set(`${table}.${row}.${column}`, cell.unread);
  }
  found = out;
  cache.set(data, found);
  return found;
}

/** The report's unread cells, in table order. */
export function unreadCells(data: ReportData): UnreadCell[] {
  return [...unreadByKey(data)].map(([key, reason]) => ({ key, reason }));
}

/** Why an unchecked finding's cells have no number: left blank by the report, not read, or some of each. */
export type MissingCause = 'blank' | 'unread' | 'both';

/** How a missing number reads, by its cause. */
export const missingText: Record<MissingCause, string> = {
  blank: '未填报',
  unread: '未读取',
  both: '未填报或未读取',
};

/** A report's data by id, when the site has the report. */
export type ReportDataOf = (reportId: string) => ReportData | undefined;

/** Looks reports up by id through the site's reports by agency (each agency's list is short). */
export function reportDataOf(byAgency: ReadonlyMap<string, readonly ReportLike[]>): ReportDataOf {
  return (id) => {
    const { agencyId, year } = parseReportId(id);
    return byAgency.get(agencyId)?.find((r) => r.data.year === year)?.data;
  };
}

/**
 * For a finding that could not be checked, why: its cells (the ones with no number, each in its own
 * report, last year's for a cross-year rule) were left blank, not read, or both. Undefined for a
 * finding that was checked.
 */
export function missingCause(finding: Finding, dataOf: ReportDataOf): MissingCause | undefined {
  if (finding.status !== 'unchecked') return undefined;
  let unread = 0;
  for (const c of finding.cells) {
    const data = dataOf(c.report ?? finding.report);
    if (data && unreadByKey(data).has(cellKey(c))) unread++;
  }
  return unread === 0 ? 'blank' : unread === finding.cells.length ? 'unread' : 'both';
}
