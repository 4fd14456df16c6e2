/**
 * HTML tables inside extracted text or converter markdown (MinerU and others write tables as
 * `<table>` markup between markdown paragraphs): each row's cells laid out as a browser would, the
 * cells left of the table's first number marked as label cells.
 */
import { isValueToken } from '../cells.ts';
import { flattenHtml } from '../html/dom.ts';

export interface HtmlTableRow {
  /** The text of the cells that start in this row, left to right. */
  cells: string[];
  /** Whether each cell stands left of every number of its table (an empty one is a label cell). */
  inLabels: boolean[];
  /** The row's line within the fragment (1-based). */
  line: number;
}

/** The rows of every table in an HTML fragment, in order. */
export function htmlTableRows(html: string): HtmlTableRow[] {
  const out: HtmlTableRow[] = [];
  for (const block of flattenHtml(html).blocks) {
    if (block.kind !== 'table') continue;
    const { grid } = block;
    const firstNumber = Math.min(...grid.cells.filter((c) => isValueToken(c.text)).map((c) => c.col));
    grid.rows.forEach((row, r) => {
      if (!row.length) return;
      out.push({
        cells: row.map((c) => c.text),
        inLabels: row.map((c) => c.col + c.colspan <= firstNumber),
        line: grid.lines[r] || block.line || 1,
      });
    });
  }
  return out;
}
