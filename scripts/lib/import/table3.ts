/**
 * Table 三 — 收到和处理政府信息公开申请情况: the rows of the report's form (25 in 2021, 23 in 2019),
 * 7 numbers each, read by the generic table reader; here only what is particular to it: its header.
 */
import { type ReportFormat, table3Columns, tableNames } from '../../../src/catalogue/index.ts';
import { canon } from './normalize.ts';
import { problem } from './problems.ts';
import { readTable } from './tables/read.ts';
import { tableSpec } from './tables/spec.ts';
import type { LineText, Segment, TableRead } from './types.ts';

const table = tableNames.table3;

/** Reads table 三 of a report of the given form (default 2021) from the segments of its part. */
export function readTable3(
  segments: readonly Segment[],
  lineText: LineText,
  format: ReportFormat = '2021',
): TableRead {
  const r = readTable(segments, lineText, tableSpec('table3', format));
  // The header is the text before the first row's label; its columns are always read in the form's order.
  const first = r.placed.placements.find((p) => p.match)?.match;
  const header = first?.prefix ?? '';
  const line = r.observed.rows[0]?.textLines[0];
  const missing = table3Columns.filter((c) => !header.includes(canon(c.label))).map((c) => c.label);
  if (!header)
    r.problems.push(
      problem(
        'warning',
        'no-header',
        'no column header found; read the columns in the form’s order',
        { table, line },
        lineText,
      ),
    );
  else if (missing.length)
    r.problems.push(
      problem(
        'warning',
        'header-columns',
        `the column header does not name ${missing.join('、')}; read the columns in the form’s order`,
        { table, line },
        lineText,
      ),
    );
  return { cells: r.cells, unread: r.unread, problems: r.problems };
}
