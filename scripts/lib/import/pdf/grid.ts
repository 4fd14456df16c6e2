/**
 * A table block's columns from the borders drawn between its cells (rules.ts), where the text alone
 * falls short: a column that is blank in every row of a block has no number to be seen by, and two
 * numbers far apart (自然人 and 总计, the columns between them blank) look like neighbours. Where the
 * borders frame every number of a block, each row's cells are the spaces between the borders crossing
 * it, from the first border left of any number in the block; the block's columns are its most common
 * row of cells. A block that is not framed (no borders, or a number outside them) keeps the columns
 * its numbers make.
 */
import type { Column, Piece } from './geometry.ts';
import type { Rule } from './rules.ts';

export interface Row {
  page: number;
  /** Baseline. */
  y: number;
  size: number;
  values: readonly Piece[];
}

/** The height of a line's text middle: its baseline plus a third of its size. */
export const middle = (row: { y: number; size: number }) => row.y + 0.35 * row.size;

/** The x of each border crossing a row's text, left to right, one per border. */
export function bordersAt(rules: readonly Rule[], row: { y: number; size: number }): number[] {
  const probe = middle(row);
  const xs = rules
    .filter((r) => r.y0 - 0.5 <= probe && probe <= r.y1 + 0.5)
    .map((r) => r.x)
    .sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x - (xs[i - 1] as number) > 1.5);
}

export const mid = (p: Piece) => (p.x0 + p.x1) / 2;

/**
 * The block's columns and each row's own cells, or undefined when borders do not frame its numbers.
 * Numbers start at the border most rows' first number follows; a word such as 无 left of it is a
 * piece of a label broken into runs (`labelWords`), but a figure left of it means the borders are not the
 * columns.
 */
export function ruledColumns<R extends Row>(
  rows: readonly R[],
  rulesOf: (page: number) => readonly Rule[],
): { columns: Column[]; cells: Map<R, Column[]>; labelWords: Set<Piece> } | undefined {
  const borders = new Map<R, number[]>();
  const starts = new Map<number, number>();
  for (const row of rows) {
    const xs = bordersAt(rulesOf(row.page), row);
    const first = xs[0];
    const last = xs.at(-1);
    if (first === undefined || last === undefined || xs.length < 2) return undefined;
    const mids = row.values.map(mid);
    if (mids.some((m) => m <= first || m >= last)) return undefined;
    borders.set(row, xs);
    // A row of blank cells (see cellRows.ts) has no number to say where the numbers start.
    if (!mids.length) continue;
    const at = Math.max(...xs.filter((x) => x < Math.min(...mids)));
    starts.set(at, (starts.get(at) ?? 0) + 1);
  }
  const start = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (start === undefined) return undefined;
  const labelWords = new Set(rows.flatMap((r) => r.values.filter((v) => mid(v) < start)));
  if ([...labelWords].some((v) => /\d/.test(v.text))) return undefined;
  const cells = new Map<R, Column[]>();
  const layouts = new Map<number, Column[]>();
  const counts = new Map<number, number>();
  for (const [row, xs] of borders) {
    const from = xs.findIndex((x) => x >= start - 1);
    const here: Column[] = [];
    for (let i = Math.max(from, 0); i + 1 < xs.length; i++) {
      const x0 = xs[i] as number;
      const x1 = xs[i + 1] as number;
      here.push({ x0, x1, center: (x0 + x1) / 2, ruled: true });
    }
    if (!here.length) return undefined;
    // Two numbers side by side in one cell: the borders leave columns out (a table ruled only around
    // groups of columns), and the numbers' own positions are the better columns.
    const taken = new Set<string>();
    for (const v of row.values) {
      const at = `${v.line}:${here.findIndex((c) => c.x0 - 0.5 <= mid(v) && mid(v) <= c.x1 + 0.5)}`;
      if (taken.has(at)) return undefined;
      taken.add(at);
    }
    cells.set(row, here);
    if (!layouts.has(here.length)) layouts.set(here.length, here);
    counts.set(here.length, (counts.get(here.length) ?? 0) + 1);
  }
  const common = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const columns = layouts.get(common);
  return columns ? { columns, cells, labelWords } : undefined;
}
