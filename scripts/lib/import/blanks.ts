/**
 * Blank cells: read as not reported (null), as the report left them — but a blank amid numbers may
 * also be a number the extraction lost, so they are listed, one warning per table.
 */
import { allCellPaths } from '../../../src/catalogue/index.ts';
import { problem } from './problems.ts';
import type { CellRead, Problem, TableName } from './types.ts';

const tableKey: Record<TableName, string> = { 表二: 'table2', 表三: 'table3', 表四: 'table4' };
const labels = new Map(allCellPaths().map((p) => [p.key, p.label.slice(3)]));

export function blankCells(table: TableName, cells: ReadonlyMap<string, CellRead>): Problem | undefined {
  const blank = [...cells].filter(([, r]) => r.cell.value === null && r.cell.raw === undefined);
  if (!blank.length) return undefined;
  const names = blank.map(([key]) => labels.get(`${tableKey[table]}.${key}`) ?? key);
  const shown = names.length > 5 ? `${names.slice(0, 5).join('; ')}; …` : names.join('; ');
  return problem(
    'warning',
    'blank-cells',
    `${blank.length} blank cell${blank.length > 1 ? 's' : ''} read as not reported: ${shown}`,
    {
      table,
      line: blank[0]?.[1].line,
    },
  );
}
