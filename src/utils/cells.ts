import type { Cell } from '../schemas/cell.ts';
import { withSeparators } from './stats/format.ts';

/** How a cell reads on a page. */
export interface CellDisplay {
  /** The number as published, its thousands grouped for reading (447,228), or 未填报. */
  text: string;
  notReported: boolean;
  /** The source's own blank marker, e.g. "/", shown as a hint. */
  raw?: string;
  note?: string;
  /** The importer could not read the number (the source may well have one): why. */
  unread?: string;
}

export const notReportedText = '未填报';
/** A cell the importer could not read: not the same as a cell the report left blank. */
export const unreadText = '未读取';

export function displayCell(cell: Cell): CellDisplay {
  if (cell.value === null && cell.unread)
    return { text: unreadText, notReported: false, unread: cell.unread, note: cell.note };
  if (cell.value === null) {
    return { text: notReportedText, notReported: true, raw: cell.raw || undefined, note: cell.note };
  }
  // An amount kept in its printed unit (2019 采购总金额) is shown with it: 2792220.8元.
  return { text: `${withSeparators(cell.value)}${cell.unit ?? ''}`, notReported: false, note: cell.note };
}

/** The cell at a row and column of a table; the schema guarantees it exists, so a miss is a bug. */
export function cellAt(
  table: Readonly<Record<string, Readonly<Record<string, Cell>>>>,
  row: string,
  column: string,
): Cell {
  const cell = table[row]?.[column];
  if (!cell) throw new Error(`no cell at ${row}.${column}`);
  return cell;
}
