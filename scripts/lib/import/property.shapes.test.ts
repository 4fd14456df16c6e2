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
import { table2Blocks, table3Columns, table3Groups, table3Rows } from '../../../src/catalogue/index.ts';
import { readSeed, replaceOnce } from '../testkit/import.ts';
import type { Imported } from './importReport.ts';
import type { Numbers } from './propertyKit.ts';
import { run, runOn, runs, seeds, shaped, wrongCells } from './propertyShapes.ts';
import type { CellRead } from './types.ts';

type TableKey = keyof Numbers;
type Reads = NonNullable<Imported['reads']>;

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
    lines[line - 1] = l
      .split('')
      .filter((_, i) => !offsets.has(i))
      .join('');
  }
  return lines.join('\n');
}

/** The lines that differ between two texts, as a line diff (for a counterexample's message). */
function changedLines(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  // Longest common subsequence, from the end: common[i][j] for a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (common[i] as Uint16Array)[j] =
        a[i] === b[j]
          ? ((common[i + 1] as Uint16Array)[j + 1] as number) + 1
          : Math.max(
              (common[i + 1] as Uint16Array)[j] as number,
              (common[i] as Uint16Array)[j + 1] as number,
            );
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || (common[i]?.[j + 1] ?? 0) >= (common[i + 1]?.[j] ?? 0)))
      out.push(`+${j + 1}: ${JSON.stringify(b[j++])}`);
    else out.push(`-${i + 1}: ${JSON.stringify(a[i++])}`);
  }
  return out.join('\n');
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
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}:\n${changedLines(s.text, text)}`;
        const r = runOn(text, where);
        assert.deepEqual(wrongCells(r, s.numbers), [], where);
        glueStats.runs++;
        // A row wrapped over two lines whose first line ran together may have digits enough for every
        // cell without its last line: read so, the identities refuse it and every row they link it to.
        const wrapped = glued.some(
          (g) =>
            g.table !== 'table4' && new Set(cellsOf(s.reads, g.table, g.row).map(([, c]) => c.line)).size > 1,
        );
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
          const oneWay =
            g.glue !== 'label-first' && !wrapped && g.row !== 'fees' && digitCount(values) === keys.length;
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
    { numRuns: runs(700) },
  );
  t.diagnostic(
    `runs ${glueStats.runs}: ${glueStats.glued} glued cells, ${glueStats.exact} read exactly, ${glueStats.unread} refused; ${glueStats.singleDigitRows} rows with a digit per cell, all exact`,
  );
});

// ---------------------------------------------------------------------------------------------
// 2. The whole body on one line, as a web page's textContent gives it.

const oneLine = new Map<string, { runs: number; least: number; cells: number; exact: number }>();

test('the whole body on one line (lines joined with nothing; also with no space or tab left, table cells run together): every number written is the generated one, and most of table 三 is read', (t) => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.integer(),
      fc.boolean(),
      fc.boolean(),
      (index, numbersSeed, small, runTogether) => {
        const s = shaped(index, numbersSeed, small);
        const line = s.text.split('\n').join('');
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}${runTogether ? ', no spaces or tabs' : ''}`;
        const r = runOn(runTogether ? line.replace(/[\t ]/g, '') : line, where);
        assert.deepEqual(wrongCells(r, s.numbers), [], where);
        const cells = Object.entries(s.numbers.table3).flatMap(([row, cols]) =>
          Object.entries(cols).map(([c, v]) => r.tables?.table3[row]?.[c]?.value === v),
        );
        const exact = cells.filter(Boolean).length;
        const key = `${s.name}${runTogether ? ' run together' : ''}`;
        const stat = oneLine.get(key) ?? { runs: 0, least: 1, cells: 0, exact: 0 };
        oneLine.set(key, {
          runs: stat.runs + 1,
          least: Math.min(stat.least, exact / cells.length),
          cells: stat.cells + cells.length,
          exact: stat.exact + exact,
        });
      },
    ),
    { numRuns: runs(400) },
  );
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  for (const [key, s] of [...oneLine].sort())
    t.diagnostic(
      `${key}: ${s.runs} runs, table 三 read exactly ${pct(s.exact / s.cells)} of cells (least in a run ${pct(s.least)})`,
    );
  // On one line a seed keeps its numbers apart (by spaces or tabs) but loses every line break between
  // a wrapped label and its numbers, and between table 四's header and its numbers: each seed, in every
  // run, more than 80 % of table 三. Run together, the cells of a row must be split by the identities:
  // more than 80 % over all runs of each seed.
  const spacedNames = spaced.map((i) => seeds[i]?.name as string);
  assert.ok(
    [...oneLine].some(([key, s]) => spacedNames.includes(key) && s.least > 0.8),
    'a space-separated seed on one line: more than 80 % of table 三 read exactly in every run',
  );
  for (const [key, s] of oneLine)
    assert.ok(
      key.endsWith(' run together') ? s.exact / s.cells > 0.8 : s.least > 0.8,
      `${key} on one line: table 三 read exactly ${pct(s.exact / s.cells)} (least ${pct(s.least)})`,
    );
});

// ---------------------------------------------------------------------------------------------
// 3. Labels detached from their numbers, lost or garbled.

type Detach = 'above' | 'below' | 'delete' | 'garble';
const displayOf = new Map<string, string>(table3Rows.map((r) => [r.key, `${r.marker}${r.label}`]));
/** Characters no label of the form holds. */
const garbage = [...'喵汪甲乙丙丁戊己庚辛壬癸'];
const ordinal = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.、．])\s*/;

/** Table 三 rows printed label and numbers on one line (the rows a label can be moved off). */
const detachable = seeds.map((s) => {
  const lines = s.text.split('\n');
  return table3RowKeys.filter((row) => {
    const cells = cellsOf(s.imported.reads as Reads, 'table3', row);
    const line = cells[0]?.[1].line;
    const start = cells[0]?.[1].start ?? 0;
    return (
      line !== undefined &&
      cells.every(([, r]) => r.line === line) &&
      (lines[line - 1] ?? '').slice(0, start).replace(/\t/g, '').trim() !== ''
    );
  });
});

/** Whether a problem's row (one row, or several joined with 、, whose labels hold 、 too) names `display`. */
const names = (row: string | undefined, display: string) =>
  row !== undefined && `、${row}、`.includes(`、${display}、`);

const detachStats = { runs: 0, rows: 0, byOrder: 0, refused: 0, byLabel: 0 };

test('labels detached from their numbers (a line above or below), lost or garbled: no number lands on a row it does not belong to; a row placed by the form’s order says so; one the identities cannot confirm is refused', (t) => {
  const detach = fc.record({
    pick: fc.nat(),
    /** How many rows from the one picked on (rows in a row lose their labels together). */
    span: fc.integer({ min: 1, max: 6 }),
    how: fc.constantFrom<Detach>('above', 'below', 'delete', 'garble'),
    keepOrdinal: fc.boolean(),
    noise: fc.array(fc.constantFrom(...garbage), { minLength: 1, maxLength: 12 }),
  });
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.integer(),
      fc.boolean(),
      fc.array(detach, { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      (index, numbersSeed, small, picks, unconfirmable) => {
        const s = shaped(index, numbersSeed, small);
        const rows = detachable[index] ?? [];
        const chosen = new Map(
          picks.flatMap((p) =>
            rows.slice(p.pick % rows.length, (p.pick % rows.length) + p.span).map((row) => [row, p] as const),
          ),
        );
        const lines = s.text.split('\n');
        // （七）总计 printed "/" throughout: no identity linking a row to the others can be checked.
        const printed = new Map<string, null>();
        if (unconfirmable) {
          const cells = cellsOf(s.reads, 'table3', 'outcomeTotal');
          for (const [col, r] of [...cells].reverse()) {
            const l = lines[r.line - 1] ?? '';
            lines[r.line - 1] = `${l.slice(0, r.start)}/${l.slice(r.end)}`;
            printed.set(`table3.outcomeTotal.${col}`, null);
          }
        }
        // From the last line up, so that a line split in two does not move the ones before it.
        const order = [...chosen].sort(
          ([a], [b]) =>
            (cellsOf(s.reads, 'table3', b)[0]?.[1].line ?? 0) -
            (cellsOf(s.reads, 'table3', a)[0]?.[1].line ?? 0),
        );
        for (const [row, p] of order) {
          const first = cellsOf(s.reads, 'table3', row)[0]?.[1] as CellRead;
          const l = lines[first.line - 1] ?? '';
          const before = l.slice(0, first.start);
          const numbers = l.slice(first.start);
          // The row's own label: after the last tab (a group heading may stand in a cell before it).
          const cut = before.trimEnd().lastIndexOf('\t') + 1;
          const [head, label, tail] = [
            before.slice(0, cut),
            before.slice(cut).trimEnd(),
            before.slice(before.trimEnd().length),
          ];
          const marker = p.keepOrdinal ? (ordinal.exec(label)?.[0] ?? '') : '';
          const replaced =
            p.how === 'delete' ? marker : p.how === 'garble' ? marker + p.noise.join('') : label;
          if (p.how === 'above')
            lines.splice(first.line - 1, 1, `${head}${label}`, `${head.replace(/[^\t]/g, '')}${numbers}`);
          else if (p.how === 'below')
            lines.splice(first.line - 1, 1, `${head.replace(/[^\t]/g, '')}${numbers}`, `${head}${label}`);
          else
            lines[first.line - 1] = `${head}${replaced}${replaced ? tail : tail.replace(/ /g, '')}${numbers}`;
        }
        const text = lines.join('\n');
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}${unconfirmable ? ', （七）总计 “/”' : ''}:\n${changedLines(s.text, text)}`;
        const r = runOn(text, where);
        assert.deepEqual(wrongCells(r, s.numbers, printed), [], where);
        const shifted = r.warnings.some((w) => w.code === 'numbers-shifted' && w.table === '表三');
        const placedByOrder = r.warnings.filter((w) => w.code === 'placed-by-order' && w.table === '表三');
        for (const [key, read] of r.reads?.table3 ?? [])
          if (read.how === 'order') {
            const row = key.split('.')[0] as string;
            assert.ok(
              shifted || placedByOrder.some((w) => names(w.row, displayOf.get(row) ?? row)),
              `${key} placed by order without a placed-by-order warning naming ${displayOf.get(row)}: ${where}`,
            );
          }
        detachStats.runs++;
        for (const [row, p] of chosen) {
          const cells = cellsOf(r.reads ?? s.reads, 'table3', row);
          const read = r.reads ? cells.filter(([col]) => r.reads?.table3.has(`${row}.${col}`)) : [];
          detachStats.rows++;
          if (!read.length) detachStats.refused++;
          else if (read.every(([, c]) => c.how === 'order')) detachStats.byOrder++;
          else detachStats.byLabel++;
          // Its label gone, a row's numbers can only have been placed by the form's order.
          if (p.how === 'delete' || p.how === 'garble')
            for (const [col, c] of read) assert.equal(c.how, 'order', `table3.${row}.${col}: ${where}`);
          // Nothing links a row to the others: a row without its label is not placed.
          if (unconfirmable && p.how !== 'above')
            for (const [col, c] of read)
              assert.ok(
                c.how === 'label' || printed.has(`table3.${row}.${col}`),
                `table3.${row}.${col} placed (${c.how}) though no identity can confirm it: ${where}`,
              );
        }
      },
    ),
    { numRuns: runs(600) },
  );
  t.diagnostic(
    `runs ${detachStats.runs}: ${detachStats.rows} rows detached, ${detachStats.byOrder} placed by order, ${detachStats.byLabel} read by label, ${detachStats.refused} refused`,
  );
});

// ---------------------------------------------------------------------------------------------
// 4. Every label one row off its numbers, in a converter's markdown table.

type Offset = 'none' | 'below' | 'above';

/** Table 三's three label columns, as converters write the form (a group's heading on its first row). */
const labelCells = (() => {
  const seen = new Set<string>();
  const heading = (key: string | undefined) => {
    const g = table3Groups.find((x) => x.key === key);
    if (!g || seen.has(g.key)) return '';
    seen.add(g.key);
    return `${g.marker}${g.label}`;
  };
  return table3Rows.map((r): [string, string, string] => {
    const parent = 'parent' in r ? r.parent : undefined;
    const label = `${r.marker}${r.label}`;
    if (!parent) return [label, '', ''];
    if (parent === 'outcomes') return [heading('outcomes'), label, ''];
    return [heading('outcomes'), heading(parent), label];
  });
})();

const pipeRow = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

/**
 * Table 三 as a markdown pipe table; `below`: each row's numbers printed on the row under its label
 * (the first label alone, the last numbers without one), `above`: on the row over it. `printed`
 * holds the cells printed as "/" (flat keys).
 */
function markdownTable3(numbers: Numbers, offset: Offset, printed: ReadonlyMap<string, null>): string[] {
  const values = table3Rows.map((r) =>
    Object.entries(numbers.table3[r.key] ?? {}).map(([c, v]) =>
      printed.has(`table3.${r.key}.${c}`) ? '/' : v,
    ),
  );
  const none = Array<string>(7).fill('');
  const labels: [string, string, string][] = [...labelCells];
  const rows: { label: readonly string[]; values: readonly (number | string)[] }[] =
    offset === 'none'
      ? labels.map((label, i) => ({ label, values: values[i] ?? none }))
      : offset === 'below'
        ? [
            ...labels.map((label, i) => ({ label, values: i === 0 ? none : (values[i - 1] ?? none) })),
            { label: ['', '', ''], values: values.at(-1) ?? none },
          ]
        : [
            { label: ['', '', ''], values: values[0] ?? none },
            ...labels.map((label, i) => ({ label, values: values[i + 1] ?? none })),
          ];
  return [
    pipeRow([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '',
      '',
      '申请人情况',
      ...Array(6).fill(''),
    ]),
    pipeRow(Array(10).fill('---')).replace(/ /g, ''),
    pipeRow(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']),
    pipeRow(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']),
    ...rows.map((r) => pipeRow([...r.label, ...r.values])),
  ];
}

const table3ColumnKeys = table3Columns.map((c) => c.key);
const offsetStats = { none: 0, repaired: 0, refused: 0, cells: 0, exact: 0 };

test('every label one row off its numbers (markdown, numbers printed a row below or above, some cells “/”): every number exact, the table re-paired and said so, or cells refused; never a number on another row', (t) => {
  const cell = fc.record({
    row: fc.constantFrom(...table3RowKeys),
    column: fc.constantFrom(...table3ColumnKeys),
  });
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom<Offset>('none', 'below', 'above'),
      fc.array(cell, { maxLength: 3 }),
      fc.boolean(),
      (index, numbersSeed, small, offset, slashes, unconfirmable) => {
        const s = shaped(index, numbersSeed, small);
        // Cells printed "/"; with `unconfirmable`, all of （七）总计: no identity links the rows.
        const printed = new Map<string, null>(
          [
            ...slashes,
            ...(unconfirmable ? table3ColumnKeys.map((column) => ({ row: 'outcomeTotal', column })) : []),
          ].map((x) => [`table3.${x.row}.${x.column}`, null]),
        );
        const lines = s.text.split('\n');
        const from = lines.findIndex((l) => /^\s*(?:#+\s*)?三、收到和处理政府信息公开/.test(l));
        const to = lines.findIndex((l, i) => i > from && /^\s*(?:#+\s*)?四、政府信息公开行政复议/.test(l));
        assert.ok(from >= 0 && to > from, `${s.name}: table 三 not found`);
        const table = markdownTable3(s.numbers, offset, printed);
        const text = [...lines.slice(0, from + 1), '', ...table, '', ...lines.slice(to)].join('\n');
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}, numbers ${offset === 'none' ? 'beside' : offset} their labels:\n${table.join('\n')}`;
        const r = runOn(text, where);
        assert.deepEqual(wrongCells(r, s.numbers, printed), [], where);
        const cells = Object.entries(s.numbers.table3).flatMap(([row, cols]) =>
          Object.keys(cols).map((c) => {
            const key = `table3.${row}.${c}`;
            const cell = r.tables?.table3[row]?.[c];
            return printed.has(key) ? cell?.value === null && !cell.unread : cell?.value === cols[c];
          }),
        );
        const exact = cells.every(Boolean);
        // The control: the same table printed with each row's numbers beside its label.
        if (offset === 'none') {
          assert.ok(exact, `the table as printed is not read back: ${where}`);
          offsetStats.none++;
          return;
        }
        offsetStats.cells += cells.length;
        offsetStats.exact += cells.filter(Boolean).length;
        if (!exact) {
          offsetStats.refused++;
          return;
        }
        offsetStats.repaired++;
        assert.ok(
          r.warnings.some((w) => w.code === 'numbers-shifted' && w.table === '表三'),
          `re-paired without saying so: ${where}`,
        );
        for (const [key, read] of r.reads?.table3 ?? []) assert.equal(read.how, 'order', `${key}: ${where}`);
      },
    ),
    { numRuns: runs(400) },
  );
  t.diagnostic(
    `${offsetStats.none} controls read back; of ${offsetStats.repaired + offsetStats.refused} tables one row off, ${offsetStats.repaired} re-paired exactly, ${offsetStats.refused} with cells refused (${offsetStats.exact} of ${offsetStats.cells} cells exact)`,
  );
});

// ---------------------------------------------------------------------------------------------
// 5. One cell to a line (pdftotext's plain mode), labels on either side of their numbers.

type Side = 'above' | 'below' | 'lost' | 'later';

/**
 * Table 三 with every label and every number on a line of its own, blank lines between. Each row's
 * label stands above or below its numbers, is lost, or is printed `later`: after the numbers of the
 * row `after` (as pdftotext moved 淮安's （一） and （二）). `headings` prints each group's heading
 * before its first row.
 */
function oneToALine(numbers: Numbers, sides: readonly Side[], after: number, headings: boolean): string[] {
  const out: string[] = ['申请人情况', ...table3Columns.map((c) => c.label)];
  const moved: string[] = [];
  const headed = new Set<string>();
  table3Rows.forEach((row, i) => {
    const group = table3Groups.find((g) => 'parent' in row && g.key === row.parent);
    if (headings && group && !headed.has(group.key)) {
      headed.add(group.key);
      out.push(`${group.marker}${group.label}`);
    }
    const label = `${row.marker}${row.label}`;
    const values = table3Columns.map((c) => String(numbers.table3[row.key]?.[c.key]));
    const side = sides[i] ?? 'above';
    if (side === 'later') moved.push(label);
    const own = side === 'above' || side === 'below' ? [label] : [];
    out.push(...(side === 'below' ? [...values, ...own] : [...own, ...values]));
    if (i === after) out.push(...moved.splice(0));
  });
  out.push(...moved);
  return out.flatMap((l) => [l, '']);
}

const lineStats = { runs: 0, exact: 0, cells: 0, read: 0 };

test('table 三 one cell to a line (pdftotext’s plain mode), each label above or below its numbers, lost or printed rows later, headings or not: never a number on another row', (t) => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: seeds.length - 1 }),
      fc.integer(),
      fc.boolean(),
      // Mostly one side throughout, as a converter prints; some rows otherwise.
      fc.constantFrom<Side>('above', 'below'),
      fc.array(
        fc.record({
          row: fc.nat(table3Rows.length - 1),
          side: fc.constantFrom<Side>('above', 'below', 'lost', 'later'),
        }),
        {
          maxLength: 4,
        },
      ),
      fc.nat(table3Rows.length - 1),
      fc.boolean(),
      (index, numbersSeed, small, usual, changes, after, headings) => {
        const s = shaped(index, numbersSeed, small);
        const sides = table3Rows.map((_, i) => changes.findLast((c) => c.row === i)?.side ?? usual);
        const lines = s.text.split('\n');
        const from = lines.findIndex((l) => /^\s*(?:#+\s*)?三、收到和处理政府信息公开/.test(l));
        const to = lines.findIndex((l, i) => i > from && /^\s*(?:#+\s*)?四、政府信息公开行政复议/.test(l));
        assert.ok(from >= 0 && to > from, `${s.name}: table 三 not found`);
        const table = oneToALine(s.numbers, sides, after, headings);
        const text = [...lines.slice(0, from + 1), '', ...table, ...lines.slice(to)].join('\n');
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}, labels ${sides.join(' ')}, later ones after row ${after}${headings ? ', headings' : ''}`;
        const r = runOn(text, where);
        assert.deepEqual(wrongCells(r, s.numbers), [], where);
        const cells = Object.entries(s.numbers.table3).flatMap(([row, cols]) =>
          Object.keys(cols).map((c) => r.tables?.table3[row]?.[c]?.value === cols[c]),
        );
        lineStats.runs++;
        lineStats.cells += cells.length;
        lineStats.read += cells.filter(Boolean).length;
        if (cells.every(Boolean)) lineStats.exact++;
      },
    ),
    { numRuns: runs(300) },
  );
  t.diagnostic(
    `${lineStats.runs} tables one cell to a line: ${lineStats.exact} read whole, ${lineStats.read} of ${lineStats.cells} cells exact, the rest refused`,
  );
});

// ---------------------------------------------------------------------------------------------
// Counterexamples the properties found, kept small: each cell is the source's number, or not read.

/** The row's cells that are neither the source's number nor left unread with a reason. */
function misread(r: Imported, table: TableKey, row: string, source: readonly number[]): string[] {
  const cells = Object.entries(r.tables?.[table][row] ?? {});
  assert.equal(cells.length, source.length, `${table}.${row}: ${cells.length} cells`);
  return cells.flatMap(([col, cell], i) =>
    cell.value === source[i] || (cell.value === null && cell.unread)
      ? []
      : [`${col}: ${cell.value}, printed ${source[i]}`],
  );
}

test('a number printed against the end of its label, the rest spaced (“行政规范性文件0 0 43”), is the row’s first number: the row is not re-split from the numbers after it', async () => {
  const text = replaceOnce(await readSeed('000'), '行政规范性文件 0 0 0', '行政规范性文件0 0 43');
  assert.deepEqual(misread(run(text), 'table2', 'normativeDocuments', [0, 0, 43]), []);
});

test('a label that took its row’s first number (“…政府信息公开申请11 0 8 0 0 0 19”), where no column identity can be checked: the numbers left are not split into the row', async () => {
  let text = replaceOnce(
    await readSeed('000'),
    '关不再处理其政府信息公开申请\n0 0 0 0 0 0 0',
    '关不再处理其政府信息公开申请11 0 8 0 0 0 19',
  );
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
    '一、本年新收政府信息公开申请数量 11 0 8 0 0 0 19',
  );
  text = replaceOnce(text, '（七）总计 0 0 0 0 0 0 0', '（七）总计 / / / / / / /');
  assert.deepEqual(misread(run(text), 'table3', 'otherNoCorrection', [11, 0, 8, 0, 0, 0, 19]), []);
});

test('numbers without a label, then a label alone, then numbers whose label is lost: the label is not given the numbers after it (both pairings keep every identity)', async () => {
  // 4.保护第三方合法权益 printed below its numbers, 5.属于三类内部事务信息 lost.
  let text = replaceOnce(
    await readSeed('000'),
    '4.保护第三方合法权益 0 0 0 0 0 0 0\n5.属于三类内部事务信息 0 0 0 0 0 0 0',
    '1 0 0 0 0 0 1\n4.保护第三方合法权益\n0 0 0 0 1 0 1',
  );
  text = replaceOnce(text, '（七）总计 0 0 0 0 0 0 0', '（七）总计 1 0 0 0 1 0 2');
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
    '一、本年新收政府信息公开申请数量 1 0 0 0 1 0 2',
  );
  const r = run(text);
  assert.deepEqual(misread(r, 'table3', 'deniedThirdParty', [1, 0, 0, 0, 0, 0, 1]), []);
  assert.deepEqual(misread(r, 'table3', 'deniedInternalAffairs', [0, 0, 0, 0, 1, 0, 1]), []);
});

test('two rows in a row printed with their numbers above their labels: a label is not given the next row’s numbers (both pairings keep every identity)', async () => {
  let text = replaceOnce(
    await readSeed('000'),
    '7.属于行政执法案卷 0 0 0 0 0 0 0\n8.属于行政查询事项 0 0 0 0 0 0 0',
    '0 1 0 0 0 0 1\n7.属于行政执法案卷\n0 0 0 0 1 0 1\n8.属于行政查询事项',
  );
  text = replaceOnce(text, '（七）总计 0 0 0 0 0 0 0', '（七）总计 0 1 0 0 1 0 2');
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
    '一、本年新收政府信息公开申请数量 0 1 0 0 1 0 2',
  );
  const r = run(text);
  assert.deepEqual(misread(r, 'table3', 'deniedEnforcementFiles', [0, 1, 0, 0, 0, 0, 1]), []);
  assert.deepEqual(misread(r, 'table3', 'deniedInquiry', [0, 0, 0, 0, 1, 0, 1]), []);
});

test('a row wrapped over two lines whose first line ran together with a digit for each cell (“0000011”, then “11”) is not split without its last number where another row leaves the column identities unchecked', async () => {
  let text = replaceOnce(
    await readSeed('004'),
    '形，不计其他情形）\n\n0 0 0 0 0 0\n0\n',
    '形，不计其他情形）\n\n0000011\n11\n',
  );
  text = replaceOnce(
    text,
    '信息公开申请\n\n0 0 0 0 0 0\n0\n\n3.其他',
    '信息公开申请\n\n1100000\n11\n\n3.其他',
  );
  text = replaceOnce(text, '（七）总计 0 0 0 0 0 0 0', '（七）总计 11 0 0 0 0 11 22');
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
    '一、本年新收政府信息公开申请数量 11 0 0 0 0 11 22',
  );
  const r = run(text);
  assert.deepEqual(misread(r, 'table3', 'partiallyGranted', [0, 0, 0, 0, 0, 11, 11]), []);
  assert.deepEqual(misread(r, 'table3', 'otherUnpaidFee', [11, 0, 0, 0, 0, 0, 11]), []);
});

test('a group heading printed with its first row’s numbers, the labels of the group’s rows lost: the heading’s numbers are not taken for its subtotal while the rows’ own numbers follow (no 0 spread over rows that print 1)', async () => {
  // Seed 001 (tab-separated), （四）无法提供: 1. 1 0 0 0 0 0 1 on the heading's line, 2. and 3. without labels.
  let text = replaceOnce(
    await readSeed('001'),
    '\t(四) 无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0',
    '\t(四) 无法提供\t\t1\t0\t0\t0\t0\t0\t1',
  );
  text = replaceOnce(
    text,
    '\t\t2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0',
    '\t\t\t0\t0\t0\t0\t1\t0\t1',
  );
  text = replaceOnce(
    text,
    '\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0',
    '\t\t喵\t0\t0\t1\t0\t0\t0\t1',
  );
  text = replaceOnce(text, '(七) 总计\t\t0\t0\t0\t0\t0\t0\t0', '(七) 总计\t\t1\t0\t1\t0\t1\t0\t3');
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0',
    '一、本年新收政府信息公开申请数量\t\t1\t0\t1\t0\t1\t0\t3',
  );
  const r = run(text);
  assert.deepEqual(misread(r, 'table3', 'unavailableNotHeld', [1, 0, 0, 0, 0, 0, 1]), []);
  assert.deepEqual(misread(r, 'table3', 'unavailableNeedsCreation', [0, 0, 0, 0, 1, 0, 1]), []);
  assert.deepEqual(misread(r, 'table3', 'unavailableUnclear', [0, 0, 1, 0, 0, 0, 1]), []);
});

test('five rows in a row whose labels are lost, each printing different numbers: every order keeps the identities, so the rows are refused, not a crash', async () => {
  let text = await readSeed('000');
  const rows = [
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
  ];
  rows.forEach((row, i) => {
    const numbers = [0, 0, 0, 0, 0, 0].map((_, c) => (c === i ? 1 : 0));
    text = replaceOnce(text, `${row} 0 0 0 0 0 0 0`, `${numbers.join(' ')} 1`);
  });
  text = replaceOnce(text, '（七）总计 0 0 0 0 0 0 0', '（七）总计 1 1 1 1 1 0 5');
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0',
    '一、本年新收政府信息公开申请数量 1 1 1 1 1 0 5',
  );
  const r = run(text);
  assert.deepEqual(misread(r, 'table3', 'deniedStateSecret', [1, 0, 0, 0, 0, 0, 1]), []);
  assert.deepEqual(misread(r, 'table3', 'deniedInternalAffairs', [0, 0, 0, 0, 1, 0, 1]), []);
});

test('the last rows of table 三 with their labels garbled, (六) printed with its first row’s numbers: those rows are still the table’s, so (六) is not read as one row standing for its three (no 0 spread over a row that prints 1)', async () => {
  // Seed 001 (tab-separated): （六）'s first row loses its label, the rows after it to the table's end print “喵”.
  let text = replaceOnce(
    await readSeed('001'),
    '\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
    '\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0',
  );
  text = replaceOnce(
    text,
    '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
    '\t\t喵\t0\t0\t0\t0\t0\t0\t0',
  );
  text = replaceOnce(text, '3.其他\t\t0\t0\t0\t0\t0\t0\t0', '喵\t\t0\t0\t1\t0\t0\t0\t1');
  text = replaceOnce(text, '(七) 总计\t\t0\t0\t0\t0\t0\t0\t0', '喵\t\t0\t0\t1\t0\t0\t0\t1');
  text = replaceOnce(text, '四、结转下年度继续办理\t\t0', '喵\t\t0');
  text = replaceOnce(
    text,
    '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0',
    '一、本年新收政府信息公开申请数量\t\t0\t0\t1\t0\t0\t0\t1',
  );
  const r = run(text);
  assert.deepEqual(misread(r, 'table3', 'otherOther', [0, 0, 1, 0, 0, 0, 1]), []);
  assert.deepEqual(misread(r, 'table3', 'otherNoCorrection', [0, 0, 0, 0, 0, 0, 0]), []);
});
