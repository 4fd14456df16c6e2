import { table2Blocks } from './table2.ts';
import { table3Columns, table3Rows } from './table3.ts';
import { table4Columns, table4Groups } from './table4.ts';

/** One cell of a report, addressed by table, row and column keys. */
export interface CellPath {
  readonly table: 'table2' | 'table3' | 'table4';
  readonly row: string;
  readonly column: string;
  /** Stable flat key, e.g. `table3.newReceived.natural` (the CSV header). */
  readonly key: string;
  /** Chinese label of the cell: table, row and column joined. */
  readonly label: string;
}

function path(
  table: CellPath['table'],
  tableLabel: string,
  row: { key: string; label: string },
  column: { key: string; label: string },
): CellPath {
  return {
    table,
    row: row.key,
    column: column.key,
    key: `${table}.${row.key}.${column.key}`,
    label: `${tableLabel} ${row.label} ${column.label}`,
  };
}

/** Every cell of a 2021-format report in printed order: 10 + 175 + 15 = 200 cells. */
export function cellPaths(): CellPath[] {
  const out: CellPath[] = [];
  for (const block of table2Blocks) {
    for (const row of block.rows) for (const col of block.columns) out.push(path('table2', '表二', row, col));
  }
  for (const row of table3Rows) for (const col of table3Columns) out.push(path('table3', '表三', row, col));
  for (const group of table4Groups) {
    const label = 'group' in group ? `${group.group}·${group.label}` : group.label;
    for (const col of table4Columns) out.push(path('table4', '表四', { key: group.key, label }, col));
  }
  return out;
}
