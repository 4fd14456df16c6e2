import {
  qualifiedLabel,
  type Table3ColumnKey,
  type Table3RowKey,
  type Table3RowKey2019,
  type Table4ColumnKey,
  type Table4GroupKey,
  table2Blocks,
  table2Blocks2019,
  table3Columns,
  table3RowLabel,
  table3RowsOf,
  table4Columns,
  table4Groups,
  tableNames,
} from '../catalogue/index.ts';
import type { Cell } from '../schemas/cell.ts';
import type { ReportData } from '../schemas/report.ts';
import type { CellRef, TableKey } from './types.ts';

/** Rows of both forms: keys mean the same in both, and （六）其他处理 is a row only in the 2019 form. */
const anyTable3Rows = table3RowsOf();

function labels(table: TableKey, row: string, column: string): [string, string] | undefined {
  if (table === 'table3') {
    const found = anyTable3Rows.find((r) => r.key === row);
    const rowLabel = found && table3RowLabel(found);
    const col = table3Columns.find((c) => c.key === column);
    return rowLabel && col ? [rowLabel, col.label] : undefined;
  }
  if (table === 'table4') {
    const group = table4Groups.find((g) => g.key === row);
    const col = table4Columns.find((c) => c.key === column);
    if (!group || !col) return undefined;
    return [qualifiedLabel(group), col.label];
  }
  for (const block of [...table2Blocks, ...table2Blocks2019]) {
    const r = block.rows.find((x) => x.key === row);
    const c = (block.columns as readonly { key: string; label: string }[]).find((x) => x.key === column);
    if (r && c) return [r.label, c.label];
  }
  return undefined;
}

/** A cell reference with the catalogue's labels; throws on keys the catalogue does not have (a bug in a rule). */
export function cellRef(table: TableKey, row: string, column: string, report?: string): CellRef {
  const found = labels(table, row, column);
  if (!found) throw new Error(`no cell ${table}.${row}.${column} in the catalogue`);
  const ref: CellRef = { table, row, column, rowLabel: found[0], columnLabel: found[1] };
  return report === undefined ? ref : { ...ref, report };
}

export const table3Cell = (row: Table3RowKey | Table3RowKey2019, column: Table3ColumnKey, report?: string) =>
  cellRef('table3', row, column, report);

export const table4Cell = (group: Table4GroupKey, column: Table4ColumnKey) =>
  cellRef('table4', group, column);

/** The cell itself, when the report's form has it. */
export function cellAt(data: ReportData, ref: CellRef): Cell | undefined {
  const table = data[ref.table] as unknown as Record<string, Record<string, Cell | undefined> | undefined>;
  return table[ref.row]?.[ref.column];
}

/** The cell's number, or null when the report did not give one. */
export function cellValue(data: ReportData, ref: CellRef): number | null {
  return cellAt(data, ref)?.value ?? null;
}

/** How a citizen would point at the cell: 表三「二、上年结转…」行「自然人」列. */
export function describeCell(ref: CellRef): string {
  const year = ref.report ? /(\d{4})$/.exec(ref.report)?.[1] : undefined;
  const where = `${tableNames[ref.table]}「${ref.rowLabel}」行「${ref.columnLabel}」列`;
  return year ? `${year} 年报告${where}` : where;
}

export function describeCells(refs: readonly CellRef[]): string {
  const shown = refs.slice(0, 3).map(describeCell).join('、');
  return refs.length > 3 ? `${shown}等 ${refs.length} 处` : shown;
}
