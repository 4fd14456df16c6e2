/**
 * Table 四 — 政府信息公开行政复议、行政诉讼情况: fifteen numbers, printed as one row under a
 * three-level header (or as three rows of five, each after its group's name), read by the generic
 * table reader; here only what is particular to it: its header, and a table with no numbers at all.
 */
import { table4Columns, table4Groups, tableNames } from '../../../src/catalogue/index.ts';
import { canon } from './normalize.ts';
import { problem } from './problems.ts';
import { readTable } from './tables/read.ts';
import { tableSpec } from './tables/spec.ts';
import type { LineText, Segment, TableRead } from './types.ts';

const table = tableNames.table4;
const headerWords = [
  ...table4Groups.map((g) => g.label),
  ...new Set(table4Groups.flatMap((g) => ('group' in g ? [g.group] : []))),
  ...table4Columns.map((c) => c.label),
];

/** Reads table 四 from the segments of its part. */
export function readTable4(segments: readonly Segment[], lineText: LineText): TableRead {
  const r = readTable(segments, lineText, tableSpec('table4', '2021'));
  const { rows, trailing } = r.observed;
  const header = canon(rows.map((o) => o.text).join('') || trailing.text);
  const missing = headerWords.filter((w) => !header.includes(canon(w)));
  if (missing.length)
    r.problems.push(
      problem(
        'warning',
        'header-columns',
        `the header does not name ${missing.join('、')}; read the numbers in the form’s order`,
        { table, line: rows[0]?.textLines[0] },
        lineText,
      ),
    );
  if (!rows.some((o) => o.values.length)) {
    // One error for the table, not one per group.
    const total = table4Groups.length * table4Columns.length;
    r.problems.splice(
      0,
      r.problems.length,
      ...r.problems.filter((p) => p.code !== 'missing-row' && p.code !== 'row-without-numbers'),
      problem(
        'error',
        'no-numbers',
        `no numbers found (expected ${total})`,
        { table, line: trailing.lines[0] },
        lineText,
      ),
    );
  }
  return { cells: r.cells, unread: r.unread, problems: r.problems };
}
