/** Building and printing problems: every message names the table, row, column and the source line. */
import type { LabelMatch } from './labels.ts';
import { canon } from './normalize.ts';
import type { LineText, Problem, RawValue } from './types.ts';

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

/** A warning when a label was read through a known variant, loosely or by its start; nothing when it matched exactly. */
export function labelQualityProblem(
  m: Pick<LabelMatch, 'quality' | 'matched' | 'display'>,
  where: Omit<Problem, 'severity' | 'code' | 'message'>,
  lineText: LineText,
): Problem | undefined {
  if (m.quality === 'exact') return undefined;
  const how = {
    alias: ' (a known variant)',
    loose: ' (matched loosely)',
    truncated: ' (its first characters, before its numbers; the rest of it is printed after them)',
  }[m.quality];
  return problem(
    'warning',
    `${m.quality}-label`,
    `label “${m.matched}” read as “${m.display}”${how}`,
    where,
    lineText,
  );
}
