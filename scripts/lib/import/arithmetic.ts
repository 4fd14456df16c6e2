/**
 * The tables' own arithmetic (勾稽关系), used to confirm a reading: a sum that does not hold is
 * reported as a warning naming the row or column. It never fills in or changes a cell.
 */
import {
  formatCatalogue,
  type ReportFormat,
  table3ApplicantColumns,
  table3Columns,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import { cellKey } from './keys.ts';
import { problem } from './problems.ts';
import type { CellRead, LineText, Problem } from './types.ts';

type Cells = ReadonlyMap<string, CellRead>;

const sum = (values: (number | null | undefined)[]): number | undefined => {
  let s = 0;
  for (const v of values) {
    if (v === null || v === undefined) return undefined;
    s += v;
  }
  return s;
};

const value = (cells: Cells, row: string, col: string) => cells.get(cellKey(row, col))?.cell.value;

/** Checks table 三's row totals and column identities (rows of the report's form) and table 四's group totals. */
export function checkArithmetic(
  table3: Cells,
  table4: Cells,
  lineText: LineText,
  format: ReportFormat = '2021',
): Problem[] {
  const out: Problem[] = [];
  const { table3Rows, table3OutcomeRows } = formatCatalogue(format);
  const label = (key: string) => {
    const r = table3Rows.find((x) => x.key === key);
    return r ? `${r.marker}${r.label}` : key;
  };

  for (const r of table3Rows) {
    const parts = sum(table3ApplicantColumns.map((c) => value(table3, r.key, c.key)));
    const total = value(table3, r.key, 'total');
    if (parts !== undefined && typeof total === 'number' && parts !== total) {
      const line = table3.get(cellKey(r.key, 'total'))?.line;
      out.push(
        problem(
          'warning',
          'sum-row',
          `总计 is ${total} but the six applicant columns add up to ${parts}`,
          { table: '表三', row: label(r.key), column: '总计', line },
          lineText,
        ),
      );
    }
  }
  for (const c of table3Columns) {
    const v = (row: string) => value(table3, row, c.key);
    const inflow = sum([v('newReceived'), v('carriedOver')]);
    const outflow = sum([v('outcomeTotal'), v('carriedForward')]);
    if (inflow !== undefined && outflow !== undefined && inflow !== outflow)
      out.push(
        problem('warning', 'sum-column', `一 + 二 is ${inflow} but （七）总计 + 四 is ${outflow}`, {
          table: '表三',
          column: c.label,
        }),
      );
    const outcomes = sum(table3OutcomeRows.map((r) => v(r.key)));
    const total = v('outcomeTotal');
    if (outcomes !== undefined && typeof total === 'number' && outcomes !== total)
      out.push(
        problem(
          'warning',
          'sum-outcomes',
          `（七）总计 is ${total} but the outcome rows （一）…（六） add up to ${outcomes}`,
          { table: '表三', row: label('outcomeTotal'), column: c.label },
        ),
      );
  }
  for (const g of table4Groups) {
    const parts = sum(table4Columns.filter((c) => c.key !== 'total').map((c) => value(table4, g.key, c.key)));
    const total = value(table4, g.key, 'total');
    if (parts !== undefined && typeof total === 'number' && parts !== total) {
      const line = table4.get(cellKey(g.key, 'total'))?.line;
      out.push(
        problem(
          'warning',
          'sum-group',
          `总计 is ${total} but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 is ${parts}`,
          { table: '表四', row: g.label, column: '总计', line },
          lineText,
        ),
      );
    }
  }
  return out;
}
