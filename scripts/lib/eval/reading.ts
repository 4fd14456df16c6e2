/**
 * What the evaluation takes from the importer's public result (`Imported`), and nothing else: the
 * tables (of the report, or as read when no report could be written), the first error when there are
 * none, and how each cell was read.
 */
import type { CellPath } from '../../../src/catalogue/index.ts';
import type { Imported } from '../import/importReport.ts';
import type { Reading, ReadTables } from './compare.ts';

/**
 * How a report says its rows or cells were read (the frontmatter's `read`, src/schemas/reading.ts):
 * by flat row key (`table3.newReceived`) or cell key, the cell's entry winning.
 */
type Readings = Readonly<Record<string, { how?: unknown }>>;

/**
 * The parts of `Imported` used here. `tables` (the tables as read, even when the report cannot be
 * written) and `read` are being added to the importer; assigning `Imported` to this type checks that
 * they fit.
 */
interface ImportedView {
  report?: ReadTables & { read?: Readings };
  tables?: ReadTables & { read?: Readings };
  /** Every cell as read, keyed `row.column` per table; each record is gaining `how`. */
  reads?: Partial<Record<CellPath['table'], ReadonlyMap<string, object>>>;
  errors: readonly { message: string }[];
}

export function fromImported(imported: Imported): Reading {
  const view: ImportedView = imported;
  const tables = view.report ?? view.tables;
  if (!tables) return { refused: view.errors[0]?.message ?? 'the importer gave no tables and no error' };
  const { format, table2, table3, table4 } = tables;
  return { tables: { format, table2, table3, table4 }, methodOf: (cell) => readingOf(view, cell) };
}

/**
 * How the importer read a cell (label, split, order …), when it says: the one place that knows where
 * that is recorded (the report's `read`, else the cell's read record). A cell neither covers gives
 * undefined, not "hand": the importer types nothing.
 */
export function readingOf(
  imported: ImportedView,
  cell: Pick<CellPath, 'table' | 'row' | 'column'>,
): string | undefined {
  const read = (imported.report ?? imported.tables)?.read;
  const row = `${cell.table}.${cell.row}`;
  const entry = read?.[`${row}.${cell.column}`] ?? read?.[row];
  const record = imported.reads?.[cell.table]?.get(`${cell.row}.${cell.column}`);
  const how = entry?.how ?? (record && 'how' in record ? record.how : undefined);
  return typeof how === 'string' ? how : undefined;
}
