/**
 * The content's record of how each row was read (`read:` in the frontmatter): per row its method
 * and where in the original it stands (a line, or a PDF page); per cell where a row's cells differ.
 */
import {
  formatCatalogue,
  type ReportFormat,
  table3Columns,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import type { Reading, Readings } from '../../../src/schemas/reading.ts';
import type { SourceDoc } from './document.ts';
import { cellKey } from './keys.ts';
import type { CellRead } from './types.ts';

type Cells = ReadonlyMap<string, CellRead>;

/** The rows of each table of a form, with their columns. */
function rowsOf(format: ReportFormat) {
  const { table2Blocks, table3Rows } = formatCatalogue(format);
  return {
    table2: table2Blocks.flatMap((b) => b.rows.map((r) => ({ key: r.key, columns: b.columns }))),
    table3: table3Rows.map((r) => ({ key: r.key, columns: table3Columns })),
    table4: table4Groups.map((g) => ({ key: g.key, columns: table4Columns })),
  };
}

/** How and where each row (or cell) was read; rows with no cell read are left out. */
export function provenanceOf(
  cells: { table2: Cells; table3: Cells; table4: Cells },
  format: ReportFormat,
  locate: SourceDoc['locate'],
): Readings {
  const out: Readings = {};
  const where = (line: number): Pick<Reading, 'line' | 'page'> => {
    const at = locate?.(line);
    if (at?.page !== undefined) return { page: at.page };
    const l = at?.line ?? (locate ? undefined : line);
    return l ? { line: l } : {};
  };
  for (const [table, rows] of Object.entries(rowsOf(format)) as [
    keyof typeof cells,
    { key: string; columns: readonly { key: string }[] }[],
  ][]) {
    for (const row of rows) {
      const read = row.columns.flatMap((c) => {
        const r = cells[table].get(cellKey(row.key, c.key));
        return r ? [{ column: c.key, r }] : [];
      });
      const first = read[0];
      if (!first) continue;
      if (read.every((x) => x.r.how === first.r.how)) {
        out[`${table}.${row.key}`] = { how: first.r.how, ...where(first.r.line) };
        continue;
      }
      for (const x of read) out[`${table}.${row.key}.${x.column}`] = { how: x.r.how, ...where(x.r.line) };
    }
  }
  return out;
}
