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
 */
import { isValueToken } from '../cells.ts';
import type { RawValue, Segment } from '../types.ts';
import {
  byPosition,
  type Column,
  columnIndex,
  columnsOf,
  headerSegments,
  joined,
  labelColumns,
  type Piece,
  valueAreaStart,
} from './geometry.ts';
import type { PdfLine } from './lines.ts';

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

/** The segments of a table part's lines (1-based `first` is the number of `lines[0]`). */
export function pdfTableSegments(lines: readonly PdfLine[], first: number): Segment[] {
  const pieces: Piece[] = lines.flatMap((l, i) => l.runs.map((r) => ({ ...r, line: first + i })));
  const bands = bandsOf(pieces.filter((p) => isValueToken(p.text)));
  const free: Piece[] = [];
  for (const p of pieces) {
    if (isValueToken(p.text)) continue;
    const band = bandFor(p, bands);
    if (band) band.labels.push(p);
    else free.push(p);
  }
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
    const columns = columnsOf(scope.bands.flatMap((b) => b.values));
    const size = Math.max(...scope.bands.map((b) => b.size));
    out.push(...headerSegments(scope.before, columns, size));
    out.push(...bandSegments(scope.bands, columns, size));
  }
  out.push(...headerSegments(pending, [], 0));
  return out;
}

/** Each band's label (headings it opens, then its own) and its values, a blank where a column has none. */
function bandSegments(bands: readonly Band[], columns: readonly Column[], size: number): Segment[] {
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
      const marker = /^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.]/.test(p.text);
      const at = open.find((g) => Math.abs(g.x0 - p.x0) <= 1.5 && g.last >= bi - 1 && !marker);
      if (at) {
        at.parts.push(p);
        at.last = bi;
      } else open.push({ x0: p.x0, band, parts: [p], last: bi });
    }
    open = open.filter((g) => g.last >= bi - 1 || !closeGroup(g, headings));
    return mine;
  });
  for (const g of open) closeGroup(g, headings);
  bands.forEach((band, bi) => {
    const groups = headings.get(band) ?? [];
    const label = [...groups.map((g) => g.text), joined(own[bi] ?? [])].join('');
    const line = band.values[0]?.line ?? 0;
    if (label) out.push({ kind: 'text', text: label, line: groups[0]?.line ?? own[bi]?.[0]?.line ?? line });
    out.push({ kind: 'values', values: rowValues(band, columns, start), line });
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
  for (const p of [...band.values, ...band.labels.filter((l) => l.x1 >= start)].sort((a, b) => a.x0 - b.x0))
    cells[columnIndex(columns, p)]?.push(p);
  const line = band.values[0]?.line ?? 0;
  return cells.map((c) => {
    if (!c.length) return { raw: '', line, start: 0, end: 0, bound: true };
    const first = c[0] as Piece;
    const last = c.at(-1) as Piece;
    const raw = c.map((p) => p.text).join(c.every((p) => isValueToken(p.text)) ? ' ' : '');
    return {
      raw,
      line: first.line,
      start: first.start,
      end: first.line === last.line ? last.end : first.end,
      bound: true,
    };
  });
}
