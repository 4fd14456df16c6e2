/**
 * The numbers that changed between an agency's report for one year and its report for the year
 * before, table by table, every label taken from the catalogue. Pure, so the page and the tests share it.
 *
 * A cell left blank (未填报) or not read (未读取) is never taken as 0: a number that became 未填报 is
 * listed as such, not as a difference; a cell not read on either side cannot be compared and is
 * listed apart. Between the 2019 and 2021 forms only cells with the same catalogue key in both are
 * compared (the catalogue gives a key to a quantity, so the same key means the same number).
 */
import {
  type CellPath,
  cellKeys,
  cellPaths,
  formatCatalogue,
  headingChain,
  printedLabel,
  qualifiedLabel,
  type ReportFormat,
  type TableKey,
  table3Columns,
  table4Columns,
  table4Groups,
  tableCaption,
  tableKeys,
} from '../../catalogue/index.ts';
import type { Cell } from '../../schemas/cell.ts';

export type ChangeTable = TableKey;

/** The three tables, each with its caption as the form prints it (表二　主动公开政府信息情况). */
export const changeTables: readonly { key: ChangeTable; caption: string }[] = tableKeys.map((key) => ({
  key,
  caption: tableCaption(key),
}));

/** What a report holds in a cell. */
export type CellState =
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'notReported' }
  | { kind: 'unread'; reason: string };

/** The tables of a report, as the content schema gives them. */
export interface ReportTables {
  format: ReportFormat;
  table2: unknown;
  table3: unknown;
  table4: unknown;
}

/** How a cell changed. */
export type ChangeKind =
  /** A number both years, and they differ: `difference` is this year's minus last year's. */
  | 'difference'
  /** Both numbers, printed in different units (2019 采购总金额): not subtracted. */
  | 'unitChanged'
  /** A number last year, 未填报 this year. */
  | 'nowNotReported'
  /** 未填报 last year, a number this year. */
  | 'nowReported';

export interface CellChange {
  /** Flat catalogue key, e.g. table3.newReceived.natural. */
  key: string;
  table: ChangeTable;
  /** The row's label with its ordinal and the headings above it, e.g. 三、本年度办理结果 （一）予以公开. */
  row: string;
  /** The column's label with its group, e.g. 法人或其他组织·商业企业. */
  column: string;
  before: CellState;
  after: CellState;
  kind: ChangeKind;
  /** This year's number minus last year's, for `difference` only. */
  difference?: number;
}

/** A cell that cannot be compared because the importer could not read it in one year or both. */
export interface UnreadCell {
  key: string;
  table: ChangeTable;
  row: string;
  column: string;
  before: CellState;
  after: CellState;
}

/** A row whose cells (some or all) only one of the two forms has. */
export interface IncomparableRow {
  table: ChangeTable;
  /** The row as the form that has it labels it (this year's when both have it). */
  row: string;
  /** Columns of the row only last year's form has. */
  onlyBefore: string[];
  /** Columns of the row only this year's form has. */
  onlyAfter: string[];
  /** Which form alone has the row at all, if one does. */
  rowOnlyIn?: 'before' | 'after';
}

export interface CellComparison {
  /** Cells both forms have, whose states were compared (including those found unread). */
  compared: number;
  /** Cells that changed, in this year's printed order. */
  changes: CellChange[];
  /** Cells not read in one year or both: not compared. */
  unread: UnreadCell[];
  /** Rows the two forms do not share in full (empty when both years use the same form). */
  incomparable: IncomparableRow[];
}

interface Label {
  table: ChangeTable;
  row: string;
  /** The row's key, to group the cells of one row. */
  rowKey: string;
  column: string;
}

const labelCache = new Map<ReportFormat, ReadonlyMap<string, Label>>();

/** Every cell's row and column label in a form, from the catalogue. */
export function cellLabels(format: ReportFormat): ReadonlyMap<string, Label> {
  const hit = labelCache.get(format);
  if (hit) return hit;
  const { table2Blocks, table3Rows, table3Groups } = formatCatalogue(format);
  const out = new Map<string, Label>();
  for (const block of table2Blocks)
    for (const row of block.rows)
      for (const column of block.columns)
        out.set(`table2.${row.key}.${column.key}`, {
          table: 'table2',
          rowKey: row.key,
          row: `${block.label} ${printedLabel(row)}`,
          column: column.label,
        });
  for (const row of table3Rows)
    for (const column of table3Columns)
      out.set(`table3.${row.key}.${column.key}`, {
        table: 'table3',
        rowKey: row.key,
        row: [...headingChain(row.parent, table3Groups), printedLabel(row)].join(' '),
        column: qualifiedLabel(column),
      });
  for (const group of table4Groups)
    for (const column of table4Columns)
      out.set(`table4.${group.key}.${column.key}`, {
        table: 'table4',
        rowKey: group.key,
        row: qualifiedLabel(group),
        column: column.label,
      });
  labelCache.set(format, out);
  return out;
}

/** The cell of a report at a place its form has (the catalogue's path, its key not split again); a miss is a bug. */
function cellOf(report: ReportTables, { table, row, column, key }: CellPath): Cell {
  const tables = report as unknown as Record<string, Record<string, Record<string, Cell>> | undefined>;
  const cell = tables[table]?.[row]?.[column];
  if (!cell) throw new Error(`no cell ${key} in a ${report.format}-format report`);
  return cell;
}

/** A cell's state: its number (with its unit, if printed with one), 未填报, or 未读取. */
export function cellState(cell: Cell): CellState {
  if (cell.value !== null)
    return cell.unit
      ? { kind: 'number', value: cell.value, unit: cell.unit }
      : { kind: 'number', value: cell.value };
  return cell.unread === undefined ? { kind: 'notReported' } : { kind: 'unread', reason: cell.unread };
}

/** b − a without binary fractions showing (7545 − 7730.28 is −185.28, not −185.28000000000065). */
export function subtract(b: number, a: number): number {
  return Math.round((b - a) * 1e6) / 1e6;
}

/** How two states of a cell differ, or undefined when they do not (or cannot be compared). */
function changeKind(before: CellState, after: CellState): ChangeKind | undefined {
  if (before.kind === 'number' && after.kind === 'number') {
    if ((before.unit ?? '') !== (after.unit ?? '')) return 'unitChanged';
    return before.value === after.value ? undefined : 'difference';
  }
  if (before.kind === 'number' && after.kind === 'notReported') return 'nowNotReported';
  if (before.kind === 'notReported' && after.kind === 'number') return 'nowReported';
  return undefined;
}

/** Compares the tables of last year's report (`before`) with this year's (`after`). */
export function compareCells(before: ReportTables, after: ReportTables): CellComparison {
  const beforeKeys = cellKeys(before.format);
  const labels = cellLabels(after.format);
  const changes: CellChange[] = [];
  const unread: UnreadCell[] = [];
  let compared = 0;
  for (const path of cellPaths(after.format)) {
    if (!beforeKeys.has(path.key)) continue;
    compared++;
    const label = labels.get(path.key) as Label;
    const was = cellState(cellOf(before, path));
    const now = cellState(cellOf(after, path));
    const where = { key: path.key, table: label.table, row: label.row, column: label.column };
    if (was.kind === 'unread' || now.kind === 'unread') {
      unread.push({ ...where, before: was, after: now });
      continue;
    }
    const kind = changeKind(was, now);
    if (!kind) continue;
    const change: CellChange = { ...where, before: was, after: now, kind };
    if (kind === 'difference' && was.kind === 'number' && now.kind === 'number')
      change.difference = subtract(now.value, was.value);
    changes.push(change);
  }
  return { compared, changes, unread, incomparable: incomparableRows(before.format, after.format) };
}

/**
 * The rows the two forms do not share in full, with the columns only one of them has, in this year's
 * printed order; a row only last year's form has comes after the row it followed there.
 */
export function incomparableRows(before: ReportFormat, after: ReportFormat): IncomparableRow[] {
  if (before === after) return [];
  const beforeLabels = cellLabels(before);
  const afterLabels = cellLabels(after);
  const rowId = (label: Label) => `${label.table}.${label.rowKey}`;
  // Where each row stands: this year's rows in order, last year's own rows just after their predecessor.
  const place = new Map<string, number>();
  for (const label of afterLabels.values()) if (!place.has(rowId(label))) place.set(rowId(label), place.size);
  let previous = -1;
  for (const label of beforeLabels.values()) {
    const id = rowId(label);
    if (!place.has(id)) place.set(id, previous + 0.001);
    previous = place.get(id) as number;
  }
  const afterRow = new Map<string, Label>();
  for (const label of afterLabels.values())
    if (!afterRow.has(rowId(label))) afterRow.set(rowId(label), label);
  const beforeRows = new Set([...beforeLabels.values()].map(rowId));
  const rows = new Map<string, IncomparableRow>();
  const rowOf = (label: Label) => {
    const id = rowId(label);
    let row = rows.get(id);
    if (!row) {
      row = { table: label.table, row: label.row, onlyBefore: [], onlyAfter: [] };
      if (!afterRow.has(id)) row.rowOnlyIn = 'before';
      else if (!beforeRows.has(id)) row.rowOnlyIn = 'after';
      rows.set(id, row);
    }
    return row;
  };
  // A row both forms have is labelled as this year's form prints it.
  for (const [key, label] of afterLabels)
    if (!beforeLabels.has(key)) rowOf(label).onlyAfter.push(label.column);
  for (const [key, label] of beforeLabels)
    if (!afterLabels.has(key)) rowOf(afterRow.get(rowId(label)) ?? label).onlyBefore.push(label.column);
  return [...rows.entries()]
    .sort(([a], [b]) => (place.get(a) ?? 0) - (place.get(b) ?? 0))
    .map(([, row]) => row);
}
