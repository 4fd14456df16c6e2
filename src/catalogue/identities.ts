/**
 * The accounting identities (勾稽关系) of the report forms, as data: each instance says which cells
 * must add up to which. The site's checks word their findings from these; the importer uses the same
 * instances to split numbers that extraction ran together and to confirm rows it placed by order.
 */
import { formatCatalogue } from './formats.ts';
import { table3ApplicantColumns, table3Columns } from './table3.ts';
import { table4Columns, table4Groups } from './table4.ts';
import type { ReportFormat } from './types.ts';

/** One cell, addressed as the content files do. */
export interface CellAddress {
  readonly table: 'table2' | 'table3' | 'table4';
  readonly row: string;
  readonly column: string;
}

export type IdentityId =
  | 'table3-balance'
  | 'table3-outcome-total'
  | 'table3-row-total'
  | 'table4-group-total';

/** One identity applied to one column, row or group: Σ left = Σ right. */
export interface IdentityInstance {
  readonly id: IdentityId;
  /** The column (table3-balance, table3-outcome-total), row (table3-row-total) or group (table4-group-total) it is about. */
  readonly scope: string;
  readonly left: readonly CellAddress[];
  readonly right: readonly CellAddress[];
}

const t3 = (row: string, column: string): CellAddress => ({ table: 'table3', row, column });
const t4 = (row: string, column: string): CellAddress => ({ table: 'table4', row, column });

function build(format: ReportFormat): IdentityInstance[] {
  const { table3Rows, table3OutcomeRows } = formatCatalogue(format);
  const out: IdentityInstance[] = [];
  for (const c of table3Columns) {
    // Printed under table 三 itself: 第一项加第二项之和，等于第三项加第四项之和.
    out.push({
      id: 'table3-balance',
      scope: c.key,
      left: [t3('newReceived', c.key), t3('carriedOver', c.key)],
      right: [t3('outcomeTotal', c.key), t3('carriedForward', c.key)],
    });
  }
  for (const c of table3Columns) {
    out.push({
      id: 'table3-outcome-total',
      scope: c.key,
      left: [t3('outcomeTotal', c.key)],
      right: table3OutcomeRows.map((r) => t3(r.key, c.key)),
    });
  }
  for (const r of table3Rows) {
    out.push({
      id: 'table3-row-total',
      scope: r.key,
      left: [t3(r.key, 'total')],
      right: table3ApplicantColumns.map((c) => t3(r.key, c.key)),
    });
  }
  const parts = table4Columns.filter((c) => c.key !== 'total');
  for (const g of table4Groups) {
    out.push({
      id: 'table4-group-total',
      scope: g.key,
      left: [t4(g.key, 'total')],
      right: parts.map((c) => t4(g.key, c.key)),
    });
  }
  return out;
}

const cache = new Map<ReportFormat, readonly IdentityInstance[]>();

/** Every identity instance of a form's tables 三 and 四, in a stable order. */
export function identitiesOf(format: ReportFormat): readonly IdentityInstance[] {
  let hit = cache.get(format);
  if (!hit) {
    hit = build(format);
    cache.set(format, hit);
  }
  return hit;
}

/** The flat key of a cell address, e.g. `table3.newReceived.natural`. */
export const addressKey = (a: CellAddress) => `${a.table}.${a.row}.${a.column}`;

export type IdentityVerdict = 'holds' | 'fails' | 'unknown';

/**
 * Whether an instance holds, given each cell's value (`undefined` or `null` when not known): unknown as
 * soon as a cell is not known. Amounts are not in these tables, so sums are exact integers.
 */
export function evaluateIdentity(
  instance: IdentityInstance,
  cellValue: (a: CellAddress) => number | null | undefined,
): IdentityVerdict {
  let left = 0;
  let right = 0;
  for (const a of instance.left) {
    const v = cellValue(a);
    if (v === null || v === undefined) return 'unknown';
    left += v;
  }
  for (const a of instance.right) {
    const v = cellValue(a);
    if (v === null || v === undefined) return 'unknown';
    right += v;
  }
  return left === right ? 'holds' : 'fails';
}
