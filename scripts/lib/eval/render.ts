/** The evaluation as plain text for a terminal: a line per report, its refusals and wrong cells under it. */
import { cellPaths, type ReportFormat } from '../../../src/catalogue/index.ts';
import type { ReadCell, Verdict } from './compare.ts';
import { type EvalSummary, minExactShare, type ReportResult } from './summary.ts';
import type { TruthValue } from './truth.ts';

/** A share as a percentage rounded down, so an imperfect reading never shows as 100.0 %. */
export function percent(share: number): string {
  return `${(Math.floor(share * 1000) / 10).toFixed(1)} %`;
}

const truthText = (t: TruthValue | undefined) =>
  t === undefined ? 'not in the document' : valueText(t.value, t.unit);
const gotText = (c: ReadCell | undefined) => (c === undefined ? 'no cell' : valueText(c.value, c.unit));
const valueText = (value: number | null, unit?: string) =>
  value === null ? 'blank' : unit ? `${value} ${unit}` : String(value);

const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

const columns = ['form', 'cells', 'exact', 'refused', 'wrong', 'exact %'];
const widths = [4, 6, 6, 8, 6, 9];

function row(name: string, nameWidth: number, cells: string[]): string {
  return [name.padEnd(nameWidth), ...cells.map((c, i) => c.padStart(widths[i] ?? 0))].join('  ').trimEnd();
}

/** Wrong cells of a report read as the other form are all wrong for one reason: show a few. */
const mismatchShown = 5;

function reportLines(r: ReportResult, nameWidth: number): string[] {
  const { counts, formatMismatch, expectedRefusal } = r.comparison;
  const share = counts.cells ? percent(counts.exact / counts.cells) : '—';
  const lines = [
    row(r.sample, nameWidth, [
      r.format ?? '—',
      ...[counts.cells, counts.exact, counts.refused, counts.wrong].map(String),
      share,
    ]),
  ];
  if (formatMismatch)
    lines.push(
      `  ✗ FORM: read as the ${formatMismatch.read} form, the document prints the ${formatMismatch.truth} form; every determined cell counts as wrong unless unread`,
    );
  if (expectedRefusal)
    lines.push(
      expectedRefusal.met
        ? `  refused whole, as it must be: ${r.comparison.refused}`
        : `  ✗ NOT REFUSED: must be refused whole (${expectedRefusal.reason}), but the importer read tables`,
    );
  for (const { reason, count } of r.refusedReasons) lines.push(`  refused ${count} × ${reason}`);
  const wrong = r.comparison.verdicts.filter((v) => v.verdict === 'wrong');
  const shown = formatMismatch ? wrong.slice(0, mismatchShown) : wrong;
  for (const run of sameRowRuns(shown)) lines.push(`  wrong ${runText(run, r.format)}`);
  if (shown.length < wrong.length)
    lines.push(`  … and ${wrong.length - shown.length} more wrong for the same reason (--json lists them)`);
  const how = Object.entries(r.methods);
  if (how.length) lines.push(`  read by: ${how.map(([m, n]) => `${m} ${n}`).join(', ')}`);
  return lines;
}

type Wrong = Extract<Verdict, { verdict: 'wrong' }>;

/** What a wrong cell printed and what was read, the same for every cell of a run. */
function wrongText(v: Wrong): string {
  const method = v.method ? ` [${v.method}]` : '';
  return `printed ${truthText(v.truth)}, read ${gotText(v.got)}${method}`;
}

/**
 * Neighbouring wrong cells of one row that are wrong the same way, so a row read blank is one line
 * naming its columns rather than seven lines.
 */
function sameRowRuns(verdicts: readonly Verdict[]): Wrong[][] {
  const runs: Wrong[][] = [];
  const rowOf = (key: string) => key.slice(0, key.lastIndexOf('.'));
  for (const v of verdicts) {
    if (v.verdict !== 'wrong') continue;
    const last = runs.at(-1);
    const head = last?.[0];
    if (last && head && rowOf(head.key) === rowOf(v.key) && wrongText(head) === wrongText(v)) last.push(v);
    else runs.push([v]);
  }
  return runs;
}

function runText(run: readonly Wrong[], format: ReportFormat | undefined): string {
  const [head] = run;
  if (!head) return '';
  if (run.length === 1) return `${head.key}: ${wrongText(head)}`;
  const row = head.key.slice(0, head.key.lastIndexOf('.'));
  const inRow = cellPaths(format).filter((c) => c.key.startsWith(`${row}.`)).length;
  const columns = run.length === inRow ? '*' : `{${run.map((v) => v.key.slice(row.length + 1)).join(',')}}`;
  return `${row}.${columns} (${run.length} cells): ${wrongText(head)}`;
}

export function renderText(s: EvalSummary): string {
  const nameWidth = Math.max(6, ...s.reports.map((r) => r.sample.length));
  const out: string[] = [];
  for (const message of s.invalid) out.push(`✗ invalid truth: ${message}`);
  if (s.invalid.length) out.push('');
  out.push(row('sample', nameWidth, columns));
  for (const r of s.reports) out.push(...reportLines(r, nameWidth));
  const t = s.total;
  out.push(
    '',
    `total: ${reports(t.reports)}, ${t.cells} cells, exact ${t.exact} (${percent(s.exactShare)}), refused ${t.refused}, wrong ${t.wrong}`,
    `bar (0 wrong, ≥ ${percent(minExactShare)} of determined cells exact${s.invalid.length ? ', every truth file valid' : ''}): ${s.bar.met ? 'met' : 'NOT met'}`,
  );
  for (const sample of s.noTruth) out.push(`no truth: ${sample}`);
  out.push(`${reports(t.reports)} in ${s.seconds.toFixed(2)} s (${s.reportsPerSecond.toFixed(1)} reports/s)`);
  return `${out.join('\n')}\n`;
}
