/**
 * Table 四 — 政府信息公开行政复议、行政诉讼情况: fifteen numbers, printed as one row under a
 * three-level header (or as three labelled rows of five).
 */
import { table4Columns, table4Groups } from '../../../src/catalogue/index.ts';
import { assembleRows } from './assemble.ts';
import { formsOf, matchLabel } from './labels.ts';
import { canon } from './normalize.ts';
import { describeValues, problem, readRowCells } from './problems.ts';
import type { CellRead, LineText, Problem, Segment, TableRead } from './types.ts';

const table = '表四';
const groupForms = formsOf(table4Groups);
const perGroup = table4Columns.length;
const total = perGroup * table4Groups.length;
const headerWords = [
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
  ...table4Columns.map((c) => c.label),
];

/** A row ends in a group's label only in the three-row layout; the one-row layout's header ends in 总计. */
const groupOf = (text: string) => {
  const m = matchLabel(text, groupForms);
  return m && m.quality !== 'loose' ? m : undefined;
};

/** Reads table 四 from the segments of its part. */
export function readTable4(segments: readonly Segment[], lineText: LineText): TableRead {
  const problems: Problem[] = [];
  const cells = new Map<string, CellRead>();
  const { rows, trailing } = assembleRows(segments, (text) => (groupOf(text) ? perGroup : total));
  const header = canon(rows[0]?.text ?? trailing.text);
  const missing = headerWords.filter((w) => !header.includes(canon(w)));
  if (missing.length)
    problems.push(
      problem(
        'warning',
        'header-columns',
        `the header does not name ${missing.join('、')}; read the numbers in the form’s order`,
        { table, line: rows[0]?.textLines[0] },
        lineText,
      ),
    );
  if (!rows.length) {
    problems.push(
      problem(
        'error',
        'no-numbers',
        `no numbers found (expected ${total})`,
        { table, line: trailing.lines[0] },
        lineText,
      ),
    );
    return { cells, problems };
  }
  const only = rows.length === 1 ? rows[0] : undefined;
  const single = only !== undefined && (only.values.length === total || !groupOf(only.text));
  if (single) {
    const row = rows[0];
    if (row && row.values.length !== total) {
      problems.push(
        problem(
          'error',
          'cell-count',
          `expected ${total} numbers (${table4Groups.map((g) => g.label).join('、')}: ${table4Columns.map((c) => c.label).join('、')} each), ${describeValues(row.values)}`,
          { table, line: row.line },
          lineText,
        ),
      );
    } else if (row) {
      table4Groups.forEach((g, i) => {
        const values = row.values.slice(i * perGroup, (i + 1) * perGroup);
        readRowCells(
          values,
          table4Columns,
          'count',
          { table, rowKey: g.key, row: g.label },
          cells,
          problems,
          lineText,
        );
      });
    }
  } else {
    const seen = new Set<string>();
    for (const row of rows) {
      const g = groupOf(row.text);
      if (!g) {
        problems.push(
          problem(
            'error',
            'cell-count',
            `expected ${total} numbers in one row, or ${perGroup} after each of ${table4Groups.map((x) => x.label).join('、')}; ${describeValues(row.values)}`,
            { table, line: row.line },
            lineText,
          ),
        );
        continue;
      }
      if (seen.has(g.key)) {
        problems.push(
          problem(
            'error',
            'duplicate-row',
            'the group appears twice',
            { table, row: g.display, line: row.line },
            lineText,
          ),
        );
        continue;
      }
      seen.add(g.key);
      if (row.values.length !== perGroup) {
        problems.push(
          problem(
            'error',
            'cell-count',
            `expected ${perGroup} numbers, ${describeValues(row.values)}`,
            { table, row: g.display, line: row.line },
            lineText,
          ),
        );
        continue;
      }
      readRowCells(
        row.values,
        table4Columns,
        'count',
        { table, rowKey: g.key, row: g.display },
        cells,
        problems,
        lineText,
      );
    }
    for (const g of table4Groups)
      if (!seen.has(g.key))
        problems.push(problem('error', 'missing-row', 'group not found', { table, row: g.label }));
  }
  const tail = canon(trailing.text);
  if (tail && rows.length)
    problems.push(
      problem(
        'warning',
        'ignored-text',
        `ignored text “${tail}” after the numbers`,
        { table, line: trailing.lines[0] },
        lineText,
      ),
    );
  return { cells, problems };
}
