/** How findings of the checks read on the site: labels, ordering and the cells they flag. */
import type { CellRef, Finding, Severity } from '../checks/index.ts';

export const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', notice: '提示' };
export const uncheckedLabel = '无法核对';

/** The badge text: what kind of finding, in words (colour is never the only carrier). */
export function findingBadge(f: Finding): string {
  return f.status === 'unchecked' ? uncheckedLabel : severityLabel[f.severity];
}

const order: Record<string, number> = { error: 0, warning: 1, notice: 2, unchecked: 3 };

/** Errors first, then warnings, notices, and what could not be checked. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => order[f.status === 'unchecked' ? 'unchecked' : f.severity] ?? 9;
  return [...findings].sort((a, b) => rank(a) - rank(b));
}

/** The flat key of a cell (table3.newReceived.natural), as the rendered tables mark them. */
export function cellKey(cell: CellRef): string {
  return `${cell.table}.${cell.row}.${cell.column}`;
}

const anchors = new Map<string, string>();

/** An anchor id for a table cell on a report page (kept: every report page asks for all 200). */
export function cellAnchor(key: string): string {
  let anchor = anchors.get(key);
  if (anchor === undefined) {
    anchor = `cell-${key.replaceAll('.', '-')}`;
    anchors.set(key, anchor);
  }
  return anchor;
}

/** The cells of this report (not of another year's) that failed findings point at. */
export function flaggedCells(findings: readonly Finding[]): Set<string> {
  return new Set(
    findings
      .filter((f) => f.status === 'failed')
      .flatMap((f) => f.cells.filter((c) => !c.report).map(cellKey)),
  );
}
