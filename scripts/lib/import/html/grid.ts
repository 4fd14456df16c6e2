/**
 * An HTML table as a grid: every cell placed at the row and column it starts in, spanning the rows
 * and columns its rowspan and colspan say, as a browser lays it out. Rows of a nested table are not
 * the outer table's.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;

export interface GridCell {
  text: string;
  /** The row and column the cell starts in (0-based). */
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

export interface Grid {
  /** Each row's cells that start in it, left to right (a cell spanning rows belongs to its first). */
  rows: GridCell[][];
  /** Source line of each row's <tr>. */
  lines: number[];
  cells: GridCell[];
  columns: number;
}

const children = (el: Element, tags: readonly string[]) =>
  el.childNodes.filter((c): c is Element => 'tagName' in c && tags.includes(c.tagName));

/** A span attribute: a whole number ≥ 1 (0 for rowspan means "to the end", capped by the caller). */
function span(el: Element, name: string, max: number): number {
  const raw = el.attrs.find((a) => a.name === name)?.value ?? '1';
  const n = Number.parseInt(raw, 10);
  if (name === 'rowspan' && n === 0) return max;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Lays out a <table>'s rows (including those of thead, tbody, tfoot), cell text taken by `text`. */
export function buildGrid(table: Element, text: (cell: Element) => string): Grid {
  const trs = [
    ...children(table, ['tr']),
    ...children(table, ['thead', 'tbody', 'tfoot']).flatMap((g) => children(g, ['tr'])),
  ].sort((a, b) => (a.sourceCodeLocation?.startOffset ?? 0) - (b.sourceCodeLocation?.startOffset ?? 0));
  const taken: boolean[][] = trs.map(() => []);
  const take = (i: number, j: number) => {
    const row = taken[i];
    if (row) row[j] = true;
  };
  const rows: GridCell[][] = trs.map(() => []);
  let columns = 0;
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of children(tr, ['td', 'th'])) {
      while (taken[r]?.[c]) c++;
      const rowspan = span(td, 'rowspan', trs.length - r);
      const colspan = span(td, 'colspan', 100);
      const cell = { text: text(td), row: r, col: c, rowspan, colspan };
      for (let i = r; i < r + rowspan; i++) for (let j = c; j < c + colspan; j++) take(i, j);
      rows[r]?.push(cell);
      c += colspan;
      columns = Math.max(columns, c);
    }
  });
  return {
    rows,
    lines: trs.map((tr) => tr.sourceCodeLocation?.startLine ?? 0),
    cells: rows.flat(),
    columns,
  };
}
