/**
 * Property-based tests (fast-check) of the shapes page text gives a table. The seeds are given random
 * numbers that keep every identity (propertyKit), then printed the ways extractors print them: digits
 * run together, the whole body on one line, labels detached from their numbers or lost, every label one
 * row off its numbers in a converter's markdown. Imported with --allow-partial, every cell must be the
 * number the source printed there, or not read with the reason: never another number. With numbers
 * that keep the identities, a reading the identities single out is the true one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { table2Blocks, table3Groups, table3Rows } from '../../../src/catalogue/index.ts';
import { type Imported, importReport } from './importReport.ts';
import { type Numbers, numbersFrom, substitute } from './propertyKit.ts';
import { readSeed, repoAgencies, seedNames } from './testkit.ts';
import type { CellRead } from './types.ts';

type TableKey = keyof Numbers;
type Reads = NonNullable<Imported['reads']>;

const agencies = await repoAgencies();
/** FC_RUNS=10 multiplies the runs, for a longer hunt than the default suite affords. */
const runs = (n: number) => n * Number(process.env.FC_RUNS ?? 1);
const run = (text: string) =>
  importReport({ bytes: Buffer.from(text), ext: 'txt', options: { allowPartial: true }, agencies });

const seeds = await Promise.all(
  seedNames.map(async (name) => {
    const text = await readSeed(name);
    return { name, text, imported: importReport({ bytes: Buffer.from(text), ext: 'txt', agencies }) };
  }),
);

/**
 * The cells written as something else than the source's number: another number, or a blank with no
 * reason (a blank that is not printed). `printed` overrides the generated number where the source was
 * changed to print a not-reported mark.
 */
function wrongCells(r: Imported, numbers: Numbers, printed: ReadonlyMap<string, null> = new Map()): string[] {
  const tables = r.tables;
  if (!tables) return [`no tables read: ${r.errors.map((e) => e.message).join('; ')}`];
  const out: string[] = [];
  for (const t of ['table2', 'table3', 'table4'] as const)
    for (const [row, cols] of Object.entries(tables[t]))
      for (const [col, cell] of Object.entries(cols)) {
        const key = `${t}.${row}.${col}`;
        const source = printed.has(key) ? null : numbers[t][row]?.[col];
        if (cell.value === source && (source !== null || !cell.unread)) continue;
        if (cell.value === null && cell.unread) continue;
        const how = r.reads?.[t].get(`${row}.${col}`)?.how;
        out.push(`${key}: wrote ${cell.value}${how ? ` (read by ${how})` : ''}, the source says ${source}`);
      }
  return out;
}

/** A seed with the numbers written into its own layout, and where each number now stands. */
function shaped(index: number, numbersSeed: number, small: boolean) {
  const base = seeds[index] as (typeof seeds)[number];
  const numbers = numbersFrom(numbersSeed, small);
  const text = substitute(base.text, base.imported, numbers);
  const r = run(text);
  // The control: as printed, the numbers are read back exactly.
  assert.deepEqual(wrongCells(r, numbers), [], `${base.name} with numbers ${numbersSeed} is not read back`);
  assert.ok(r.reads, `${base.name}: no report`);
  return { name: base.name, text, numbers, reads: r.reads };
}

/** A row's cells as read: [column, read], in the order they stand in the source. */
const cellsOf = (reads: Reads, table: TableKey, row: string): [string, CellRead][] =>
  [...reads[table]]
    .filter(([k]) => k.startsWith(`${row}.`))
    .map(([k, r]): [string, CellRead] => [k.slice(row.length + 1), r])
    .sort(([, a], [, b]) => a.line - b.line || a.start - b.start);

const isSpace = (c: string | undefined) => c !== undefined && /^[ \u3000]$/.test(c);

/** The text with the characters at the given (1-based line → offsets) deleted. */
function deleteAt(text: string, cuts: ReadonlyMap<number, ReadonlySet<number>>): string {
  const lines = text.split('\n');
  for (const [line, offsets] of cuts) {
    const l = lines[line - 1] ?? '';
    lines[line - 1] = [...l].length === l.length ? [...l].filter((_, i) => !offsets.has(i)).join('') : l;
  }
  return lines.join('\n');
}

/** The lines that differ between two texts (for a counterexample's message). */
function changedLines(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) {
    const first = a.findIndex((l, i) => l !== b[i]);
    return `from line ${first + 1}:\n${b.slice(first, first + 8 + b.length - a.length).join('\n')}`;
  }
  return b
    .flatMap((l, i) => (l === a[i] ? [] : [`${i + 1}: ${JSON.stringify(a[i])} → ${JSON.stringify(l)}`]))
    .join('\n');
}

/** The seeds that print a row's numbers separated by spaces (the others keep tab-separated cells). */
const spaced = seeds.flatMap((s, i) => {
  const read = s.imported.reads?.table3.get('newReceived.natural');
  const line = s.text.split('\n')[(read?.line ?? 0) - 1] ?? '';
  return /\t|\|/.test(line) ? [] : [i];
});

test('the seeds that print numbers separated by spaces are 000 and 004', () => {
  assert.deepEqual(
    spaced.map((i) => seeds[i]?.name),
    ['000', '004'],
  );
});

// ---------------------------------------------------------------------------------------------
// 1. Digits run together.

type Glue = 'digits' | 'label' | 'label-first';
const table2RowKeys = table2Blocks.flatMap((b) => b.rows.map((r) => r.key));
const table3RowKeys = table3Rows.map((r) => r.key);

/**
 * Where to delete the spaces of a row: `digits` between its numbers (on each line they stand on),
 * `label` also between its label and its first number, `label-first` only there (the numbers stay
 * apart, the first one against the label: "…申请数量31 0 0 4 0 0 35").
 */
function glueCuts(
  cells: readonly [string, CellRead][],
  glue: Glue,
  text: string,
  cuts: Map<number, Set<number>>,
) {
  const lines = text.split('\n');
  const byLine = Map.groupBy(cells, ([, r]) => r.line);
  let first = true;
  for (const [line, on] of byLine) {
    const l = lines[line - 1] ?? '';
    const start = Math.min(...on.map(([, r]) => r.start));
    const end = Math.max(...on.map(([, r]) => r.end));
    const cut = cuts.get(line) ?? new Set<number>();
    if (glue !== 'label-first') for (let i = start; i < end; i++) if (isSpace(l[i])) cut.add(i);
    if (glue !== 'digits' && first && l.slice(0, start).trim()) {
      for (let i = start - 1; i >= 0 && isSpace(l[i]); i--) cut.add(i);
    }
    cuts.set(line, cut);
    first = false;
  }
}

const digitCount = (values: readonly number[]) => values.join('').replace(/\D/g, '').length;

const glueStats = { runs: 0, glued: 0, exact: 0, unread: 0, singleDigitRows: 0 };

test('digits run together (a row’s numbers, and the number line of table 四, with and without the label): every number written is the generated one, and a row with a digit per cell is read exactly', (t) => {
  const glue = fc.constantFrom<Glue>('digits', 'label', 'label-first');
  fc.assert(
    fc.property(
      fc.constantFrom(...spaced),
      fc.integer(),
      fc.boolean(),
      fc.uniqueArray(fc.record({ row: fc.constantFrom(...table3RowKeys), glue }), {
        selector: (x) => x.row,
        minLength: 1,
        maxLength: 8,
      }),
      fc.uniqueArray(fc.record({ row: fc.constantFrom(...table2RowKeys), glue }), {
        selector: (x) => x.row,
        maxLength: 3,
      }),
      fc.boolean(),
      (index, numbersSeed, small, rows3, rows2, table4) => {
        const s = shaped(index, numbersSeed, small);
        const cuts = new Map<number, Set<number>>();
        const glued: { table: TableKey; row: string; glue: Glue }[] = [
          ...rows3.map((x) => ({ table: 'table3' as const, ...x })),
          ...rows2.map((x) => ({ table: 'table2' as const, ...x })),
          ...(table4 ? [{ table: 'table4' as const, row: '', glue: 'digits' as const }] : []),
        ];
        for (const g of glued) {
          // Table 四's fifteen numbers stand on one line without a label: every group's cells at once.
          const cells =
            g.table === 'table4'
              ? cellsOf(s.reads, 'table4', '').map(([, r]) => ['', r] as [string, CellRead])
              : cellsOf(s.reads, g.table, g.row);
          glueCuts(cells, g.glue, s.text, cuts);
        }
        const text = deleteAt(s.text, cuts);
        const r = run(text);
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}:\n${changedLines(s.text, text)}`;
        assert.deepEqual(wrongCells(r, s.numbers), [], where);
        glueStats.runs++;
        for (const g of glued) {
          const keys =
            g.table === 'table4'
              ? Object.entries(s.numbers.table4).flatMap(([row, cols]) =>
                  Object.keys(cols).map((c) => [row, c]),
                )
              : Object.keys(s.numbers[g.table][g.row] ?? {}).map((c) => [g.row, c]);
          const values = keys.map(([row = '', c = '']) => s.numbers[g.table][row]?.[c] ?? NaN);
          const read = keys.map(([row = '', c = '']) => r.tables?.[g.table][row]?.[c]?.value);
          glueStats.glued += keys.length;
          glueStats.exact += read.filter((v, i) => v === values[i]).length;
          glueStats.unread += read.filter((v) => v === null).length;
          // As many digits as cells: there is one way to cut them, and it is the row.
          const oneWay = g.glue !== 'label-first' && g.row !== 'fees' && digitCount(values) === keys.length;
          if (oneWay) {
            glueStats.singleDigitRows++;
            assert.deepEqual(
              read,
              values,
              `${g.table}.${g.row || '(number line)'} has a digit per cell: ${where}`,
            );
          }
        }
      },
    ),
    { numRuns: runs(500) },
  );
  t.diagnostic(
    `runs ${glueStats.runs}: ${glueStats.glued} glued cells, ${glueStats.exact} read exactly, ${glueStats.unread} refused; ${glueStats.singleDigitRows} rows with a digit per cell, all exact`,
  );
});
