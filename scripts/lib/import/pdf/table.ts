/**
 * A PDF table rebuilt from the positions of its text, not from a flattened string:
 *
 * - Rows: the numbers that share a baseline make a row (a band); a label belongs to the nearest band
 *   within reach (half the distance to the next band, at most 2.5 of its characters), so a label wrapped
 *   over lines around its centred numbers stays whole, and headers farther off stay headers.
 * - Columns: the numbers of the rows between two headers overlap horizontally column by column
 *   (left-, right- or centre-aligned alike); a row with no number in a column has a blank cell there.
 * - Labels: in a band, the rightmost label column is the row's own label; text further left belongs
 *   to headings spanning several rows (三、本年度办理结果 printed a character a line), joined down
 *   their column and read before the first row they cover.
 * - Headers: text between bands, a column's wrapped words joined down the column.
 * - Borders, where the page draws them: columns are the cells between vertical borders (grid.ts), and
 *   text is placed by the cell it is printed in between horizontal ones (cellRows.ts).
 */
import { isValueToken } from '../cells.ts';
import type { RawValue, Segment } from '../types.ts';
import { detachByCells, joinCellRows, placeByCells } from './cellRows.ts';
import {
  byPosition,
  type Column,
  columnIndex,
  columnsOf,
  headerSegments,
  joined,
  labelColumns,
  opensRow,
  overlaps,
  type Piece,
  valueAreaStart,
} from './geometry.ts';
import { ruledColumns } from './grid.ts';
import type { PdfLine } from './lines.ts';
import type { Borders } from './rules.ts';

interface Band {
  page: number;
  y: number;
  size: number;
  values: Piece[];
  labels: Piece[];
}

/** The numbers that share a baseline, page by page, top to bottom. */
function bandsOf(values: readonly Piece[]): Band[] {
  const bands: Band[] = [];
  for (const v of [...values].sort(byPosition)) {
    const last = bands.at(-1);
    if (last && last.page === v.page && Math.abs(last.y - v.y) <= 0.5 * Math.max(v.size, last.size)) {
      last.values.push(v);
      last.size = Math.max(last.size, v.size);
    } else bands.push({ page: v.page, y: v.y, size: v.size, values: [v], labels: [] });
  }
  return bands;
}

/** The band a label belongs to, if any is within reach. */
function bandFor(label: Piece, bands: readonly Band[]): Band | undefined {
  let best: Band | undefined;
  let bestIndex = -1;
  bands.forEach((b, i) => {
    if (b.page !== label.page) return;
    if (!best || Math.abs(b.y - label.y) < Math.abs(best.y - label.y)) {
      best = b;
      bestIndex = i;
    }
  });
  if (!best) return undefined;
  const above = label.y > best.y;
  const neighbour = bands[bestIndex + (above ? -1 : 1)];
  const other = bands[bestIndex + (above ? 1 : -1)];
  const gapTo = (n: Band | undefined) => (n && n.page === best?.page ? Math.abs(n.y - best.y) : undefined);
  const half = (gapTo(neighbour) ?? gapTo(other) ?? Number.POSITIVE_INFINITY) / 2;
  const reach = Math.min(half, 2.5 * label.size);
  return Math.abs(best.y - label.y) <= reach ? best : undefined;
}

/**
 * The segments of a table part's lines (1-based `first` is the number of `lines[0]`); `bordersOf` gives a
 * page's drawn borders, which set the columns of the blocks they frame and the rows of text they enclose.
 */
export function pdfTableSegments(
  lines: readonly PdfLine[],
  first: number,
  bordersOf: (page: number) => Borders | undefined = () => undefined,
): Segment[] {
  const pieces: Piece[] = lines.flatMap((l, i) => l.runs.map((r) => ({ ...r, line: first + i })));
  const baselines = bandsOf(pieces.filter((p) => isValueToken(p.text)));
  const loose: Piece[] = [];
  for (const p of pieces) {
    if (isValueToken(p.text)) continue;
    const band = bandFor(p, baselines);
    if (band) band.labels.push(p);
    else loose.push(p);
  }
  loose.push(...detachByCells(baselines, bordersOf));
  const numbered = joinCellRows(baselines, bordersOf);
  const byCell = placeByCells(loose, numbered, pieces, bordersOf);
  for (const [p, band] of byCell.withRow) band.labels.push(p);
  for (const band of numbered.filter(twoLabels))
    band.values = band.values.map((v) => ({ ...v, doubt: contestedWhy }));
  const blank: Band[] = byCell.blank.map((b) => ({ ...b, values: [] }));
  const bands = [...numbered, ...blank].sort((a, b) => a.page - b.page || b.y - a.y);
  const placed = new Set([...byCell.withRow.keys(), ...blank.flatMap((b) => b.labels)]);
  const free = loose.filter((p) => !placed.has(p));
  // Free text splits the bands into scopes (a block's rows under its header); each scope has its columns.
  const order = (p: { page: number; y: number }) => p.page * 1e5 - p.y;
  const scopes: { bands: Band[]; before: Piece[] }[] = [];
  const pending = [...free].sort(byPosition);
  for (const band of bands) {
    const before: Piece[] = [];
    while (pending.length && order(pending[0] as Piece) < order(band)) before.push(pending.shift() as Piece);
    if (before.length || !scopes.length) scopes.push({ bands: [band], before });
    else scopes.at(-1)?.bands.push(band);
  }
  const out: Segment[] = [];
  for (const scope of scopes) {
    const ruled = ruledColumns(scope.bands, (page) => bordersOf(page)?.vertical ?? []);
    for (const band of ruled ? scope.bands : []) {
      band.labels.push(...band.values.filter((v) => ruled?.labelWords.has(v)));
      band.values = band.values.filter((v) => !ruled?.labelWords.has(v));
    }
    const columns = ruled?.columns ?? columnsOf(scope.bands.flatMap((b) => b.values));
    const size = Math.max(...scope.bands.map((b) => b.size));
    out.push(...headerSegments(scope.before, columns, size));
    out.push(...bandSegments(scope.bands, columns, size, ruled?.cells));
  }
  out.push(...headerSegments(pending, [], 0));
  return out;
}

/**
 * Whether two labels of the form stand in one column of a band's labels: one of them is another row's
 * (read by nearness, or in the band's cell where a row border is missing), and whose the numbers are
 * cannot be told.
 */
function twoLabels(band: Band): boolean {
  const opening = band.labels.filter(opensRow);
  return opening.some((p, i) => opening.some((q, j) => j > i && overlaps(p, q, 1)));
}

const contestedWhy =
  'two labels of the form stand in this row of cells (a row border is missing): whose these numbers are cannot be told';
const strayWhy =
  'a number stands off its row in this row’s columns (printed a line off, or wrapped in its cell): which row’s cells hold it cannot be told';

/**
 * Numbers printed off their row: a band of numbers without a label a line from a labelled row, or any
 * band closer to another than rows ever stand (under ¾ of a character: a number's pieces wrapped in
 * its cell where no row border joins them). The row beside it may have the number in a cell it shows
 * empty, and a label read with the stray band by nearness may be another row's: those empty cells,
 * and the near band's own numbers, are not read.
 */
function strayBeside(
  bands: readonly Band[],
  columnsOf: (band: Band) => readonly Column[],
): { blanks: Map<Band, Set<number>>; strays: Set<Band> } {
  const blanks = new Map<Band, Set<number>>();
  const strays = new Set<Band>();
  for (const f of bands) {
    if (!f.values.length) continue;
    for (const n of bands) {
      if (n === f || n.page !== f.page || !n.values.length) continue;
      const gap = Math.abs(n.y - f.y);
      const size = Math.max(n.size, f.size);
      const near = gap <= 0.75 * size && f.values.length <= n.values.length;
      if (!near && (f.labels.length || !n.labels.length || gap > 1.6 * size)) continue;
      if (near) strays.add(f);
      const taken = new Set(n.values.map((w) => columnIndex(columnsOf(n), w)));
      for (const v of f.values) {
        const c = columnIndex(columnsOf(n), v);
        if (!taken.has(c)) blanks.set(n, (blanks.get(n) ?? new Set()).add(c));
      }
    }
  }
  return { blanks, strays };
}

/** Each band's label (headings it opens, then its own) and its values, a blank where a column has none. */
function bandSegments(
  bands: readonly Band[],
  columns: readonly Column[],
  size: number,
  cells?: ReadonlyMap<Band, readonly Column[]>,
): Segment[] {
  const start = valueAreaStart(columns, size);
  // Headings spanning rows: label text left of a band's own label, joined down its column across bands.
  const headings = new Map<Band, { text: string; line: number }[]>();
  let open: { x0: number; band: Band; parts: Piece[]; last: number }[] = [];
  const out: Segment[] = [];
  const own = bands.map((band, bi) => {
    // The rightmost label column is the row's own label; columns left of it are headings' text.
    const columnsHere = labelColumns(band.labels.filter((p) => p.x1 < start));
    const mine = columnsHere.pop() ?? [];
    for (const p of columnsHere.flat().sort(byPosition)) {
      const at = open.find((g) => Math.abs(g.x0 - p.x0) <= 1.5 && g.last >= bi - 1 && !opensRow(p));
      if (at) {
        at.parts.push(p);
        at.last = bi;
      } else open.push({ x0: p.x0, band, parts: [p], last: bi });
    }
    open = open.filter((g) => g.last >= bi - 1 || !closeGroup(g, headings));
    return mine;
  });
  for (const g of open) closeGroup(g, headings);
  const stray = strayBeside(bands, (band) => cells?.get(band) ?? columns);
  bands.forEach((band, bi) => {
    const groups = headings.get(band) ?? [];
    const label = [...groups.map((g) => g.text), joined(own[bi] ?? [])].join('');
    const line = band.values[0]?.line ?? band.labels[0]?.line ?? 0;
    if (label) out.push({ kind: 'text', text: label, line: groups[0]?.line ?? own[bi]?.[0]?.line ?? line });
    const values = rowValues(band, cells?.get(band) ?? columns, start).map((v, c) =>
      stray.strays.has(band) || (v.raw === '' && stray.blanks.get(band)?.has(c))
        ? { ...v, doubt: strayWhy }
        : v,
    );
    out.push({ kind: 'values', values, line });
  });
  return out;
}

/** Records a finished heading at the band it starts on; returns true (for filtering it out). */
function closeGroup(
  g: { band: Band; parts: Piece[] },
  headings: Map<Band, { text: string; line: number }[]>,
): boolean {
  headings.set(g.band, [
    ...(headings.get(g.band) ?? []),
    { text: joined(g.parts), line: g.parts[0]?.line ?? 0 },
  ]);
  return true;
}

/** A band's cells, one per column: its number (with any remark printed after it), or a blank. */
function rowValues(band: Band, columns: readonly Column[], start: number): RawValue[] {
  const cells: Piece[][] = columns.map(() => []);
  // Line by line, left to right: a number wrapped in its cell (2 over 6) reads as printed, 26.
  const inOrder = [...band.values, ...band.labels.filter((l) => l.x1 >= start)].sort(
    (a, b) => a.line - b.line || a.x0 - b.x0,
  );
  for (const p of inOrder) cells[columnIndex(columns, p)]?.push(p);
  const line = band.values[0]?.line ?? band.labels[0]?.line ?? 0;
  return cells.map((c) => {
    if (!c.length) return { raw: '', line, start: 0, end: 0, bound: true };
    const first = c[0] as Piece;
    const last = c.at(-1) as Piece;
    // Numbers side by side stay apart; a number's lines in one cell, or a number and its remark, join.
    const apart = c.every((p) => isValueToken(p.text));
    const raw = c.map((p, i) => (i && apart && p.line === c[i - 1]?.line ? ' ' : '') + p.text).join('');
    const doubt = c.find((p) => p.doubt)?.doubt;
    return {
      raw,
      line: first.line,
      start: first.start,
      end: first.line === last.line ? last.end : first.end,
      bound: true,
      ...(doubt ? { doubt } : {}),
    };
  });
}
