/**
 * Rows by the horizontal borders drawn between them, where a table has them: each row of cells is the
 * space between two borders. Text the baselines alone would misplace is put in its row by the cell it
 * is printed in:
 *
 * - a number or label wrapped inside a narrow cell (26 printed 2 over 6) is one row, not two;
 * - a label whose row's cells hold nothing is a row of blank cells (the text layer has no number
 *   to make a row of);
 * - text in a cell that also holds rows of numbers (a heading spanning rows, a label's far line) is
 *   read with the first of those rows.
 *
 * Borders are trusted for rows only on a page where they part the rows of numbers they enclose (at
 * least 0.4 as many rows of cells as rows of numbers): a table with only a frame is read by baselines
 * alone.
 */

import { opensRow, overlaps, type Piece } from './geometry.ts';
import { bordersAt, mid, middle, type Row } from './grid.ts';
import type { Borders } from './rules.ts';

/** A row of numbers with the labels read beside it. */
export interface LabelledRow extends Row {
  labels: Piece[];
}

/** The horizontal borders nearest above and below a piece's text, at its middle; undefined if either is missing. */
function cellSpan(borders: Borders, p: Piece): { top: number; bottom: number } | undefined {
  const x = mid(p);
  const m = middle(p);
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const l of borders.horizontal) {
    if (l.x0 - 0.5 > x || x > l.x1 + 0.5) continue;
    if (l.y > m) top = Math.min(top, l.y);
    else bottom = Math.max(bottom, l.y);
  }
  return Number.isFinite(top) && Number.isFinite(bottom) ? { top, bottom } : undefined;
}

const spanKey = (page: number, s: { top: number; bottom: number }) => `${page}:${s.top}:${s.bottom}`;

/** The row of cells each row of numbers is in, on pages whose borders part the rows. */
function rowCells<R extends Row & { labels?: readonly Piece[] }>(
  rows: readonly R[],
  bordersOf: (page: number) => Borders | undefined,
) {
  const key = new Map<R, string>();
  const pages = new Map<number, { rows: number; keys: Set<string> }>();
  for (const row of rows) {
    const borders = bordersOf(row.page);
    const first = row.values[0];
    const span = borders && first ? cellSpan(borders, first) : undefined;
    if (!span) continue;
    const page = pages.get(row.page) ?? { rows: 0, keys: new Set<string>() };
    pages.set(row.page, page);
    // A row is a band with a label; a piece of a wrapped number alone on its line is none.
    if (!row.labels || row.labels.length) page.rows++;
    key.set(row, spanKey(row.page, span));
    page.keys.add(spanKey(row.page, span));
  }
  // Rows of numbers between borders, most in cell rows of their own (a number wrapped in its cell
  // makes two rows of one): a frame around the whole table puts them all in one.
  const ruled = (page: number) => {
    const p = pages.get(page);
    return !!p && p.keys.size >= 0.4 * p.rows;
  };
  return { key: (row: R) => (ruled(row.page) ? key.get(row) : undefined), ruled };
}

/** Whether two rows' numbers stand in the same columns (each over one of the other's). */
const sameColumns = (a: Row, b: Row) =>
  a.values.every((v) => b.values.some((w) => overlaps(v, w))) &&
  b.values.every((v) => a.values.some((w) => overlaps(v, w)));

/**
 * Rows of numbers in one row of cells made one: a number or label wrapped over lines in its cell. A
 * row border missing between two rows must not join them: two rows that each open with a label of the
 * form, or that each have a label and numbers in the same columns (行政处罚 0, 行政强制 0), stay apart.
 */
export function joinCellRows<R extends LabelledRow>(
  rows: readonly R[],
  bordersOf: (page: number) => Borders | undefined,
): R[] {
  const cells = rowCells(rows, bordersOf);
  const out: R[] = [];
  let lastKey: string | undefined;
  for (const row of rows) {
    const key = cells.key(row);
    const last = out.at(-1);
    if (
      last &&
      key !== undefined &&
      key === lastKey &&
      !(last.labels.some(opensRow) && row.labels.some(opensRow)) &&
      !(last.labels.length && row.labels.length && sameColumns(last, row))
    ) {
      out[out.length - 1] = {
        ...last,
        size: Math.max(last.size, row.size),
        values: [...last.values, ...row.values],
        labels: [...last.labels, ...row.labels],
      };
    } else out.push(row);
    lastKey = key;
  }
  return out;
}

/**
 * Labels read with a row of numbers by nearness that stand in another row of cells (a row left blank
 * prints its label a line from the next row's numbers): taken back, to be placed by their cell. A
 * label whose cell spans the row's (a heading over several rows) stays.
 */
export function detachByCells<R extends LabelledRow>(
  rows: readonly R[],
  bordersOf: (page: number) => Borders | undefined,
): Piece[] {
  const { ruled } = rowCells(rows, bordersOf);
  const detached: Piece[] = [];
  for (const row of rows) {
    const borders = bordersOf(row.page);
    if (!borders || !ruled(row.page) || !row.values.length) continue;
    const m = Math.max(...row.values.map(middle));
    row.labels = row.labels.filter((p) => {
      const span = cellSpan(borders, p);
      const apart = span !== undefined && !(span.bottom < m && m < span.top);
      if (apart) detached.push(p);
      return !apart;
    });
  }
  return detached;
}

/**
 * Text outside every row of numbers, placed by the cell it is printed in. Returns the rows of blank
 * cells to add (their label pieces, no numbers) and, per piece read with a row of numbers, that row.
 */
export function placeByCells<R extends Row>(
  free: readonly Piece[],
  rows: readonly R[],
  all: readonly Piece[],
  bordersOf: (page: number) => Borders | undefined,
): { blank: LabelledRow[]; withRow: Map<Piece, R> } {
  // Each loose piece is checked against every piece: past a real table's size, leave them loose.
  if (free.length * all.length > 2e7) return { blank: [], withRow: new Map() };
  const { ruled } = rowCells(rows, bordersOf);
  // A label stands left of the figures; text above them (a column's header) is no row.
  const figuresFrom = new Map<number, number>();
  for (const r of rows)
    for (const v of r.values)
      if (/\d/.test(v.text)) figuresFrom.set(r.page, Math.min(figuresFrom.get(r.page) ?? v.x0, v.x0));
  const blank = new Map<string, LabelledRow>();
  const withRow = new Map<Piece, R>();
  for (const p of free) {
    const borders = bordersOf(p.page);
    if (!borders || !ruled(p.page)) continue;
    const xs = bordersAt(borders.vertical, p);
    const span = cellSpan(borders, p);
    const right = xs.find((x) => x > mid(p));
    if (
      !span ||
      xs.length < 3 ||
      right === undefined ||
      right >= (xs.at(-1) as number) ||
      mid(p) < (xs[0] as number)
    )
      continue;
    const inSpan = (q: { y: number; size: number }) => middle(q) > span.bottom && middle(q) < span.top;
    const covered = rows.filter((r) => r.page === p.page && r.values.length && inSpan(r));
    if (covered.length) {
      // Only text left of every number of those rows is a label or heading of theirs. (A label of the
      // form beside the row's own is another row's: the table reader finds the two and refuses the row.)
      if (covered.every((r) => r.values.every((v) => v.x0 > p.x1))) withRow.set(p, covered[0] as R);
      continue;
    }
    if (p.x1 >= (figuresFrom.get(p.page) ?? Number.NEGATIVE_INFINITY)) continue;
    if (all.some((q) => q.page === p.page && q.x0 >= right - 0.5 && inSpan(q))) continue;
    const key = spanKey(p.page, span);
    const row = blank.get(key);
    if (row) row.labels.push(p);
    else blank.set(key, { page: p.page, y: p.y, size: p.size, values: [], labels: [p] });
  }
  return { blank: [...blank.values()], withRow };
}
