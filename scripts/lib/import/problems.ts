/** Building and printing problems: every message names the table, row, column and the source line. */
import { type CellKind, parseCell } from './cells.ts';
import { cellKey } from './keys.ts';
import { canon } from './normalize.ts';
import type { CellRead, LineText, Problem, RawValue, TableName } from './types.ts';

export function problem(
  severity: Problem['severity'],
  code: string,
  message: string,
  where: Omit<Problem, 'severity' | 'code' | 'message'> = {},
  lineText?: LineText,
): Problem {
  const p: Problem = { severity, code, message, ...where };
  if (p.line && lineText && p.source === undefined) p.source = lineText(p.line);
  return p;
}

/** `file:line: error: 表三 “row” · “column”: message` (a PDF: `file (page 4): …`) and the source line below it. */
export function formatProblem(file: string, p: Problem): string {
  const at = p.page ? `${file} (page ${p.page})` : p.line ? `${file}:${p.line}` : file;
  const where = [p.table, p.row && `“${p.row}”`, p.column && `“${p.column}”`].filter(Boolean).join(' · ');
  const head = `${at}: ${p.severity}: ${where ? `${where}: ` : ''}${p.message}`;
  return p.source !== undefined ? `${head}\n    | ${p.source.trim()}` : head;
}

const expectedText: Record<CellKind, string> = {
  count: 'whole number ≥ 0',
  amount: 'amount in 万元',
  signedCount: 'whole number (negative for a decrease)',
  amountWithUnit: 'amount with its unit',
};

/**
 * Reads a row's values into cells of the given columns (in printed order), each column of its own
 * kind when it has one, else `kind`. A value that is not a number is an error naming its row and
 * column; the other cells of the row are still read.
 */
export function readRowCells(
  values: readonly RawValue[],
  columns: readonly { key: string; label: string; kind?: CellKind }[],
  kind: CellKind,
  at: { table: TableName; rowKey: string; row: string },
  cells: Map<string, CellRead>,
  problems: Problem[],
  lineText: LineText,
): void {
  columns.forEach((col, i) => {
    const v = values[i];
    if (!v) return;
    const cellKind = col.kind ?? kind;
    const parsed = parseCell(v.raw, cellKind);
    const where = { table: at.table, row: at.row, column: col.label, line: v.line };
    if (!parsed.ok) {
      problems.push(
        problem(
          'error',
          'bad-cell',
          `${parsed.message}, expected a ${expectedText[cellKind]} or a not-reported mark`,
          where,
          lineText,
        ),
      );
      return;
    }
    if (parsed.warning) problems.push(problem('warning', 'cell-unit', parsed.warning, where, lineText));
    cells.set(cellKey(at.rowKey, col.key), { cell: parsed.cell, line: v.line, start: v.start, end: v.end });
  });
}

/** The line among `lines` where a label (canonical `text`) is printed; a wrapped label by its first characters. */
export function lineOfLabel(lines: readonly number[], text: string, lineText: LineText): number | undefined {
  const head = [...text].slice(0, 6).join('');
  return lines.find((n) => canon(lineText(n)).includes(head)) ?? lines[0];
}

/** "found 6 numbers (0 0 0 0 0 0)" for count errors. */
export function describeValues(values: readonly RawValue[]): string {
  if (!values.length) return 'found no numbers';
  const shown = values.map((v) => (v.raw === '' ? '(blank)' : v.raw)).join(' ');
  return `found ${values.length} (${shown})`;
}

/** A row whose label matches no row of the form: refused, never placed by position. */
export function unknownRowProblem(
  table: TableName,
  row: { text: string; values: readonly RawValue[]; line: number },
  lineText: LineText,
): Problem {
  const label = row.text.trim() || '(no label)';
  const message = `cannot tell which row “${label}” is (${describeValues(row.values)}); no label of the form matches`;
  return problem('error', 'unknown-row', message, { table, line: row.line }, lineText);
}

/** A warning when a label was read through a known variant or loosely; nothing when it matched exactly. */
export function labelQualityProblem(
  m: { quality: 'exact' | 'alias' | 'loose'; matched: string; display: string },
  where: Omit<Problem, 'severity' | 'code' | 'message'>,
  lineText: LineText,
): Problem | undefined {
  if (m.quality === 'exact') return undefined;
  const how = m.quality === 'loose' ? ' (matched loosely)' : ' (a known variant)';
  const code = m.quality === 'alias' ? 'alias-label' : 'loose-label';
  return problem('warning', code, `label “${m.matched}” read as “${m.display}”${how}`, where, lineText);
}
