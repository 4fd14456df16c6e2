/**
 * Table 三 — 收到和处理政府信息公开申请情况: the rows of the report's form (25 in 2021, 23 in 2019)
 * found by their labels, 7 numbers each.
 */
import { formatCatalogue, type ReportFormat, table3Columns } from '../../../src/catalogue/index.ts';
import { assembleRows } from './assemble.ts';
import { cellKey } from './keys.ts';
import { findLabelIn, formsOf, matchLabel, stripLeading } from './labels.ts';
import { canon } from './normalize.ts';
import {
  describeValues,
  labelQualityProblem,
  lineOfLabel,
  problem,
  readRowCells,
  unknownRowProblem,
} from './problems.ts';
import type { CellRead, LineText, Problem, Segment, TableRead } from './types.ts';

const table = '表三';
const columnCount = table3Columns.length;

/** A form's rows prepared for matching, made once per form. */
function prepare(format: ReportFormat) {
  const { table3Rows, table3Groups } = formatCatalogue(format);
  return {
    rows: table3Rows,
    rowForms: formsOf(table3Rows),
    // Group words of both forms: a 2019 report may still print （六）其他处理 above its row.
    groupWords: [...formatCatalogue('2021').table3Groups, ...table3Groups].map((g) => canon(g.label)),
    display: new Map(table3Rows.map((r) => [r.key, `${r.marker}${r.label}`])),
  };
}

const prepared = new Map<ReportFormat, ReturnType<typeof prepare>>();
const preparedFor = (format: ReportFormat) => {
  let p = prepared.get(format);
  if (!p) {
    p = prepare(format);
    prepared.set(format, p);
  }
  return p;
};

function checkHeader(header: string, problems: Problem[], line: number | undefined, lineText: LineText) {
  if (!header) {
    problems.push(
      problem(
        'warning',
        'no-header',
        'no column header found; read the columns in the form’s order',
        { table, line },
        lineText,
      ),
    );
    return;
  }
  const missing = table3Columns.filter((c) => !header.includes(canon(c.label))).map((c) => c.label);
  if (missing.length)
    problems.push(
      problem(
        'warning',
        'header-columns',
        `the column header does not name ${missing.join('、')}; read the columns in the form’s order`,
        { table, line },
        lineText,
      ),
    );
}

/** Reads table 三 of a report of the given form (default 2021) from the segments of its part. */
export function readTable3(
  segments: readonly Segment[],
  lineText: LineText,
  format: ReportFormat = '2021',
): TableRead {
  const { rows: formRows, rowForms, groupWords, display } = preparedFor(format);
  const problems: Problem[] = [];
  const cells = new Map<string, CellRead>();
  const { rows, trailing } = assembleRows(segments, () => columnCount);
  const seen = new Map<string, number>();
  const reported = new Set<string>();
  let headerChecked = false;

  const textWithoutNumbers = (text: string, except: string, lines: readonly number[]) => {
    const other = findLabelIn(
      text,
      rowForms.filter((f) => f.key !== except && !seen.has(f.key)),
    );
    if (!other || reported.has(other.key)) return !!other;
    reported.add(other.key);
    const line = lineOfLabel(lines, other.text, lineText);
    problems.push(
      problem(
        'error',
        'row-without-numbers',
        `found the row’s label but no numbers after it (expected ${columnCount})`,
        { table, row: other.display, line },
        lineText,
      ),
    );
    return true;
  };

  for (const row of rows) {
    const m = matchLabel(row.text, rowForms);
    const line = row.textLines.at(-1) ?? row.line;
    if (!m) {
      problems.push(unknownRowProblem(table, row, lineText));
      continue;
    }
    const label = m.display;
    const loose = labelQualityProblem(m, { table, row: label, line }, lineText);
    if (loose) problems.push(loose);
    if (!headerChecked) {
      headerChecked = true;
      checkHeader(m.prefix, problems, row.textLines[0], lineText);
    }
    const rest = stripLeading(m.prefix, groupWords);
    const orphan = rest ? textWithoutNumbers(rest, m.key, row.textLines) : false;
    if (rest && !orphan && seen.size > 0)
      problems.push(
        problem(
          'warning',
          'ignored-text',
          `ignored text “${rest}” before this row`,
          { table, row: label, line: row.textLines[0] },
          lineText,
        ),
      );
    const first = seen.get(m.key);
    if (first !== undefined) {
      problems.push(
        problem(
          'error',
          'duplicate-row',
          `the row appears twice (lines ${first} and ${row.line}); cannot tell which is right`,
          { table, row: label, line: row.line },
          lineText,
        ),
      );
      for (const c of table3Columns) cells.delete(cellKey(m.key, c.key));
      continue;
    }
    seen.set(m.key, row.line);
    if (row.values.length !== columnCount) {
      problems.push(
        problem(
          'error',
          'cell-count',
          `expected ${columnCount} numbers (${table3Columns.map((c) => c.label).join('、')}), ${describeValues(row.values)}`,
          { table, row: label, line: row.line },
          lineText,
        ),
      );
      continue;
    }
    readRowCells(
      row.values,
      table3Columns,
      'count',
      { table, rowKey: m.key, row: label },
      cells,
      problems,
      lineText,
    );
  }
  const tail = canon(trailing.text);
  if (tail && !textWithoutNumbers(tail, '', trailing.lines))
    problems.push(
      problem(
        'warning',
        'ignored-text',
        `ignored text “${tail}” after the last row`,
        { table, line: trailing.lines[0] },
        lineText,
      ),
    );
  for (const r of formRows) {
    if (!seen.has(r.key) && !reported.has(r.key))
      problems.push(
        problem('error', 'missing-row', 'row not found in the table', { table, row: display.get(r.key) }),
      );
  }
  return { cells, problems };
}
