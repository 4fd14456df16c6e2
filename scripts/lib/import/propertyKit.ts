/**
 * Shared by the property tests: random numbers that keep every identity of tables 三 and 四, and
 * writing them into a seed's own layout at the places its baseline import read its cells from.
 */
import {
  table2Blocks,
  table3ApplicantColumns,
  table3OutcomeRows,
  table3Rows,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import type { Imported } from './importReport.ts';
import type { CellRead } from './types.ts';

export type Numbers = Record<'table2' | 'table3' | 'table4', Record<string, Record<string, number>>>;

/** Deterministic random numbers from a seed (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return (max: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % (max + 1);
  };
}

/**
 * Random numbers for every cell that satisfy every identity of tables 三 and 四. `small` keeps the
 * counts of tables 三 and 四 to 0 and 1 and those of table 二 to one digit, so that most rows (all but
 * 表三's 一 and （七）总计, which add up the rest) print a digit per cell, and many rows are alike.
 */
export function numbersFrom(seed: number, small = false): Numbers {
  const r = random(seed);
  const cap = (max: number) => (small ? Math.min(max, 1) : max);
  const n = (max: number) => (r(1) ? r(max) : 0);
  const table2: Numbers['table2'] = {};
  for (const b of table2Blocks)
    for (const row of b.rows)
      table2[row.key] = Object.fromEntries(
        b.columns.map((c) => [
          c.key,
          b.kind === 'amount' ? ([0, 1.5, 12, 0.86, 100][r(4)] ?? 0) : n(small ? 9 : 300),
        ]),
      );
  const table3: Numbers['table3'] = Object.fromEntries(table3Rows.map((row) => [row.key, {}]));
  const set = (row: string, col: string, v: number) => {
    const target = table3[row];
    if (target) target[col] = v;
  };
  for (const c of table3ApplicantColumns) {
    let outcomes = 0;
    for (const row of table3OutcomeRows) {
      const v = n(cap(12));
      outcomes += v;
      set(row.key, c.key, v);
    }
    const forward = n(cap(5));
    const over = r(Math.min(cap(5), outcomes + forward));
    set('outcomeTotal', c.key, outcomes);
    set('carriedForward', c.key, forward);
    set('carriedOver', c.key, over);
    set('newReceived', c.key, outcomes + forward - over);
  }
  for (const row of table3Rows)
    set(
      row.key,
      'total',
      table3ApplicantColumns.reduce((s, c) => s + (table3[row.key]?.[c.key] ?? 0), 0),
    );
  const table4: Numbers['table4'] = {};
  for (const g of table4Groups) {
    const parts = [n(cap(6)), n(cap(6)), n(cap(6)), n(cap(6))];
    table4[g.key] = {
      upheld: parts[0] ?? 0,
      corrected: parts[1] ?? 0,
      other: parts[2] ?? 0,
      pending: parts[3] ?? 0,
      total: parts.reduce((a, b) => a + b, 0),
    };
  }
  return { table2, table3, table4 };
}

export const readsOf = (r: Imported) => ({
  table2: r.reads?.table2,
  table3: r.reads?.table3,
  table4: r.reads?.table4,
});

/** Writes the numbers into the text at the places the baseline import read its cells from. */
export function substitute(text: string, baseline: Imported, numbers: Numbers): string {
  const lines = text.split('\n');
  const edits: { line: number; start: number; end: number; text: string }[] = [];
  for (const [table, reads] of Object.entries(readsOf(baseline)) as [keyof Numbers, Map<string, CellRead>][])
    for (const [key, read] of reads) {
      const [row = '', col = ''] = key.split('.');
      edits.push({
        line: read.line,
        start: read.start,
        end: read.end,
        text: String(numbers[table][row]?.[col]),
      });
    }
  edits.sort((a, b) => a.line - b.line || b.start - a.start);
  for (const e of edits) {
    const l = lines[e.line - 1] ?? '';
    lines[e.line - 1] = `${l.slice(0, e.start)}${e.text}${l.slice(e.end)}`;
  }
  return lines.join('\n');
}

/** The numbers of each table as imported: { table: { row: { column: value } } }. */
export const tableValues = (r: Imported) =>
  Object.fromEntries(
    (['table2', 'table3', 'table4'] as const).map((t) => [
      t,
      Object.fromEntries(
        Object.entries(r.report?.[t] ?? {}).map(([row, cols]) => [
          row,
          Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, v.value])),
        ]),
      ),
    ]),
  );
