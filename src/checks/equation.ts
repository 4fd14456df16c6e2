import { type CellAddress, type IdentityId, identitiesOf } from '../catalogue/index.ts';
import type { ReportData } from '../schemas/report.ts';
import { cellAt, cellRef, cellValue, describeCells } from './cells.ts';
import type { CellRef, Finding, Rule } from './types.ts';

/** One number in a sum: a cell and its value (taken from whichever report the cell belongs to). */
export interface Term {
  cell: CellRef;
  value: number | null;
  /** -1 for a term that is subtracted. */
  sign?: 1 | -1;
  /** The importer could not read the cell (its value is unknown, not left blank by the report). */
  unread?: boolean;
}

export interface EquationSide {
  /** Chinese label of the side, e.g. 一 + 二. */
  label: string;
  terms: readonly Term[];
  /** A number that comes from no cell, e.g. a figure quoted from the prose. */
  constant?: number;
}

export interface Equation {
  rule: Pick<Rule, 'id' | 'severity'>;
  report: string;
  left: EquationSide;
  right: EquationSide;
  /** Completes "无法核对…" when a term was not reported, e.g. 「自然人」列新收加结转是否等于…. */
  subject: string;
  /** The sentence for a failed check, given both totals and each side's term values in order. */
  failed: (left: number, right: number, leftValues: number[], rightValues: number[]) => string;
  details?: string;
}

function total(side: EquationSide): number | null {
  let sum = side.constant ?? 0;
  for (const t of side.terms) {
    if (t.value === null) return null;
    sum += (t.sign ?? 1) * t.value;
  }
  // Amounts in 万元 are decimals; keep sums free of binary noise such as 0.30000000000000004.
  return Math.round(sum * 1e6) / 1e6;
}

/** Compares two sums of cells: nothing when they agree, a failed or unchecked finding otherwise. */
export function checkEquation(eq: Equation): Finding | undefined {
  const left = total(eq.left);
  const right = total(eq.right);
  const terms = [...eq.left.terms, ...eq.right.terms];
  const sides = {
    left: { label: eq.left.label, value: left },
    right: { label: eq.right.label, value: right },
  };
  const details = eq.details ? { details: eq.details } : {};
  if (left === null || right === null) {
    const missingTerms = terms.filter((t) => t.value === null);
    const missing = missingTerms.map((t) => t.cell);
    // Cells not read by the importer are a gap in this copy; cells left blank are the report's own.
    const why = missingTerms.every((t) => t.unread)
      ? '未能读取'
      : missingTerms.some((t) => t.unread)
        ? '未填报或未能读取'
        : '未填报';
    return {
      rule: eq.rule.id,
      severity: 'notice',
      status: 'unchecked',
      report: eq.report,
      cells: missing,
      ...sides,
      message: `${describeCells(missing)}${why}，无法核对${eq.subject}。`,
      ...details,
    };
  }
  if (left === right) return undefined;
  const values = (side: EquationSide) => side.terms.map((t) => t.value as number);
  return {
    rule: eq.rule.id,
    severity: eq.rule.severity,
    status: 'failed',
    report: eq.report,
    cells: terms.map((t) => t.cell),
    ...sides,
    message: eq.failed(left, right, values(eq.left), values(eq.right)),
    ...details,
  };
}

/** The absolute difference, for messages ("相差 1"). */
export const gap = (a: number, b: number) => Math.round(Math.abs(a - b) * 1e6) / 1e6;

/**
 * One cell as a term, with its value in `data` (the report the cell belongs to: last year's for a
 * cross-year rule) and whether the importer could not read it.
 */
export function cellTerm(data: ReportData, cell: CellRef, sign?: -1): Term {
  const unread = cellAt(data, cell)?.unread !== undefined;
  return { cell, value: cellValue(data, cell), ...(sign ? { sign } : {}), ...(unread ? { unread } : {}) };
}

/** The terms of one side of an identity instance, each cell with its value in the report. */
export function identityTerms(data: ReportData, side: readonly CellAddress[]): Term[] {
  return side.map((a) => cellTerm(data, cellRef(a.table, a.row, a.column)));
}

/** The instances of one identity for a report's form. */
export const instancesOf = (data: ReportData, id: IdentityId) =>
  identitiesOf(data.format).filter((i) => i.id === id);
