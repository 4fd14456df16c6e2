import { formatCatalogue, reportFormats } from './formats.ts';
import { table3Columns } from './table3.ts';
import { table4Columns, table4Groups } from './table4.ts';
import type { CellKind, ReportFormat } from './types.ts';
import { qualifiedLabel, type TableKey, tableName } from './vocabulary.ts';

/** One cell of a report, addressed by table, row and column keys. */
export interface CellPath {
  readonly table: TableKey;
  readonly row: string;
  readonly column: string;
  /** Stable flat key, e.g. `table3.newReceived.natural` (the CSV header). */
  readonly key: string;
  /** Chinese label of the cell: table, row and column joined. */
  readonly label: string;
  /** What the cell holds. */
  readonly kind: CellKind;
}

function path(
  table: TableKey,
  row: { key: string; label: string },
  column: { key: string; label: string },
  kind: CellKind,
): CellPath {
  return {
    table,
    row: row.key,
    column: column.key,
    key: `${table}.${row.key}.${column.key}`,
    label: `${tableName(table)} ${row.label} ${column.label}`,
    kind,
  };
}

const cache = new Map<ReportFormat, CellPath[]>();

/**
 * Every cell of a report of the given form in printed order: 2021 has 10 + 175 + 15 = 200 cells,
 * 2019 has 22 + 161 + 15 = 198.
 */
export function cellPaths(format: ReportFormat = '2021'): CellPath[] {
  const hit = cache.get(format);
  if (hit) return [...hit];
  const { table2Blocks, table3Rows } = formatCatalogue(format);
  const out: CellPath[] = [];
  for (const block of table2Blocks) {
    for (const row of block.rows)
      for (const col of block.columns) out.push(path('table2', row, col, col.kind ?? block.kind));
  }
  for (const row of table3Rows) for (const col of table3Columns) out.push(path('table3', row, col, 'count'));
  for (const group of table4Groups) {
    const row = { key: group.key, label: qualifiedLabel(group) };
    for (const col of table4Columns) out.push(path('table4', row, col, 'count'));
  }
  cache.set(format, out);
  return [...out];
}

/**
 * The cells of both forms, each key once, in a stable order: the 2021 form's cells, then those only
 * the 2019 form has. The open-data CSV has one column for each.
 */
export function allCellPaths(): CellPath[] {
  const seen = new Set<string>();
  return reportFormats.flatMap((f) => cellPaths(f)).filter((c) => !seen.has(c.key) && seen.add(c.key));
}

const keySets = new Map<ReportFormat, ReadonlySet<string>>();

/** The flat keys of a form's cells, for telling a cell the form lacks from a misspelt key. */
export function cellKeys(format: ReportFormat): ReadonlySet<string> {
  let keys = keySets.get(format);
  if (!keys) {
    keys = new Set(cellPaths(format).map((c) => c.key));
    keySets.set(format, keys);
  }
  return keys;
}
