/**
 * The geometry of a PDF table: pieces of text with their place, the columns the numbers of a block's
 * rows make, and a block's header read column by column (a header's wrapped words joined down their
 * column, text spanning several columns or left of them first).
 */
import type { Segment } from '../types.ts';
import type { Run } from './lines.ts';

/** A run with the document line it is on (1-based). */
export interface Piece extends Run {
  line: number;
  /** Why a number found here cannot be trusted (see RawValue.doubt). */
  doubt?: string;
}

export interface Column {
  x0: number;
  x1: number;
  center: number;
  /** Framed by drawn borders: a piece belongs to the cell its middle lies in, and x0 is where values start. */
  ruled?: boolean;
}

/** A label that opens a row of the form: 一、 （三） 2. and the like. */
export const opensRow = (p: { text: string }) =>
  /^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]/.test(p.text);

export const byPosition = (a: Piece, b: Piece) => a.page - b.page || b.y - a.y || a.x0 - b.x0;
export const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, slack = 0.5) =>
  a.x0 <= b.x1 + slack && b.x0 <= a.x1 + slack;

/** Columns of a block's rows: its numbers' horizontal extents, merged where they overlap. */
export function columnsOf(values: readonly Piece[]): Column[] {
  const spans = values.map((v) => ({ x0: v.x0, x1: v.x1 })).sort((a, b) => a.x0 - b.x0);
  const merged: { x0: number; x1: number }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && overlaps(last, s)) last.x1 = Math.max(last.x1, s.x1);
    else merged.push({ ...s });
  }
  return merged.map((m) => ({ ...m, center: (m.x0 + m.x1) / 2 }));
}

export const columnIndex = (columns: readonly Column[], p: { x0: number; x1: number }) => {
  const mid = (p.x0 + p.x1) / 2;
  const hit = columns.findIndex((c) => (c.ruled ? c.x0 - 0.5 <= mid && mid <= c.x1 + 0.5 : overlaps(c, p)));
  if (hit >= 0) return hit;
  let best = 0;
  columns.forEach((c, i) => {
    if (Math.abs(c.center - mid) < Math.abs((columns[best]?.center ?? 0) - mid)) best = i;
  });
  return best;
};

/** Where the value columns start: half a column before the first one. */
export function valueAreaStart(columns: readonly Column[], size: number): number {
  const [a, b] = columns;
  if (!a) return Number.POSITIVE_INFINITY;
  if (a.ruled) return a.x0;
  return b ? a.center - (b.center - a.center) / 2 : a.x0 - 2 * size;
}

/** Label pieces in columns (pieces overlapping horizontally), left to right, each top to bottom. */
export function labelColumns(pieces: readonly Piece[]): Piece[][] {
  const columns: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const col = columns.find((c) => c.some((q) => overlaps(q, p, 1)));
    if (col) col.push(p);
    else columns.push([p]);
  }
  return columns.map((c) => c.sort(byPosition));
}

/** Text of pieces read in order, extraction spaces inside labels dropped (商 业 企 → 商业企). */
export const joined = (pieces: readonly Piece[]) => pieces.map((p) => p.text.replace(/\s+/g, '')).join('');

/**
 * Header text between bands: text left of the value columns and text spanning several first, then each
 * column's words. A piece spans columns when it reaches over the middles of two of them (法人或其他组织
 * over five): a long header in its own wide cell (对外公开总数量), or one whose cell's borders stand a few
 * points off the numbers' (本年增/减 in LibreOffice's tables), stays its column's. Read as spanning, it
 * came first and table 二's columns were read in the wrong order.
 */
export function headerSegments(
  pieces: readonly Piece[],
  columns: readonly Column[],
  size: number,
): Segment[] {
  if (!pieces.length) return [];
  const start = valueAreaStart(columns, size);
  const spans = (p: Piece) => columns.filter((c) => p.x0 <= c.center && c.center <= p.x1).length >= 2;
  const spanning: Piece[] = [];
  const perColumn = new Map<number, Piece[]>();
  for (const p of pieces) {
    const i = columnIndex(columns, p);
    if (p.x1 < start || !columns.length || spans(p)) spanning.push(p);
    else perColumn.set(i, [...(perColumn.get(i) ?? []), p]);
  }
  const out: Segment[] = [...spanning]
    .sort(byPosition)
    .map((p) => ({ kind: 'text' as const, text: p.text, line: p.line }));
  for (const i of [...perColumn.keys()].sort((a, b) => a - b)) {
    const col = (perColumn.get(i) ?? []).sort(byPosition);
    out.push({ kind: 'text', text: joined(col), line: col[0]?.line ?? 0 });
  }
  return out;
}
