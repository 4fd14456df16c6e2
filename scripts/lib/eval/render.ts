/**
 * The evaluation as plain text for a terminal: per group a line per report, its refusals and wrong cells
 * under it, then the group's totals and bar.
 */
import { cellPaths, type ReportFormat } from '../../../src/catalogue/index.ts';
import type { ReadCell, Verdict } from './compare.ts';
import {
  type EvalSummary,
  type GroupName,
  type GroupSummary,
  minExactShare,
  type ReportResult,
  reportFailed,
} from './summary.ts';
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

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** How each group names its documents, its problems and its documents without truth. */
const words: Record<
  GroupName,
  { doc: string; noun: string; invalid: string; valid: string; noTruth: string; bar: string }
> = {
  samples: {
    doc: 'sample',
    noun: 'report',
    invalid: 'invalid truth',
    valid: 'every truth file valid',
    noTruth: 'no truth',
    bar: '',
  },
  derived: {
    doc: 'fixture',
    noun: 'fixture',
    invalid: 'invalid manifest',
    valid: 'the manifest valid',
    noTruth: 'not in the manifest',
    bar: ' (reported only: wrong cells fail the run, a lower share does not)',
  },
};

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
  const out: string[] = [];
  let count = 0;
  for (const name of ['samples', 'derived'] as const) {
    const g = s[name];
    if (!g) continue;
    if (out.length) out.push('');
    out.push(...groupLines(name, g));
    count += g.total.reports;
  }
  out.push(
    '',
    `${plural(count, 'report')} in ${s.seconds.toFixed(2)} s (${s.reportsPerSecond.toFixed(1)} reports/s)`,
  );
  return `${out.join('\n')}\n`;
}

function groupLines(name: GroupName, g: GroupSummary): string[] {
  const w = words[name];
  const nameWidth = Math.max(7, ...g.reports.map((r) => r.sample.length));
  const out = [g.title];
  for (const message of g.invalid) out.push(`✗ ${w.invalid}: ${message}`);
  out.push(row(w.doc, nameWidth, columns));
  for (const r of g.reports) out.push(...reportLines(r, nameWidth));
  const t = g.total;
  out.push(
    `total: ${plural(t.reports, w.noun)}, ${t.cells} cells, exact ${t.exact} (${percent(g.exactShare)}), refused ${t.refused}, wrong ${t.wrong}`,
    `bar (0 wrong, ≥ ${percent(minExactShare)} of determined cells exact${g.invalid.length ? `, ${w.valid}` : ''}): ${barText(g, w.bar)}`,
  );
  for (const doc of g.noTruth) out.push(`${w.noTruth}: ${doc}`);
  return out;
}

/** Met, not met, or nothing to judge: a group that determines no cell has no share (--only picked none of it). */
function barText(g: GroupSummary, notMetNote: string): string {
  if (g.bar.met) return 'met';
  if (!g.total.cells && !g.invalid.length && !g.reports.some(reportFailed)) return '— (no determined cell)';
  return `NOT met${notMetNote}`;
}
