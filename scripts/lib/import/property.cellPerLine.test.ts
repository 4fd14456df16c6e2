/**
 * Table 三 one cell to a line with nothing between cells, as LibreOffice's and Word's text export print
 * it: an empty cell is an empty line or a line of one no-break space, some rows end in an empty line,
 * some are blank throughout, some labels are lost. Whatever the mix, no number lands on a row or column
 * it was not printed in, and no blank is read as a number or a number as a blank.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { table3Columns, table3Rows } from '../../../src/catalogue/index.ts';
import type { Numbers } from './propertyKit.ts';
import { runOn, runs, shaped, wrongCells } from './propertyShapes.ts';

type Blank = '' | '\u00a0';

interface RowPrint {
  /** Columns printed empty. */
  blanks: readonly number[];
  blank: Blank;
  lost: boolean;
  trailing: boolean;
}

/** Table 三's lines, one cell a line, and the cells printed empty (flat keys). */
function cellPerLine(numbers: Numbers, rows: readonly RowPrint[]) {
  const out: string[] = [
    '申请人情况',
    '自然人',
    '法人或其他组织',
    ...table3Columns.slice(1).map((c) => c.label),
  ];
  const printed = new Map<string, null>();
  table3Rows.forEach((row, i) => {
    const p = rows[i] as RowPrint;
    if (!p.lost) out.push(`${row.marker}${row.label}`);
    table3Columns.forEach((c, j) => {
      const empty = p.blanks.includes(j);
      if (empty) printed.set(`table3.${row.key}.${c.key}`, null);
      out.push(empty ? p.blank : String(numbers.table3[row.key]?.[c.key]));
    });
    if (p.trailing) out.push('');
  });
  return { lines: out, printed };
}

const stats = { runs: 0, exact: 0, cells: 0, read: 0 };

test('table 三 one cell to a line with nothing between (LibreOffice’s text export), empty cells as empty or no-break-space lines, blank rows, lost labels: never a number or a blank on the wrong cell', (t) => {
  const rowPrint = fc.record({
    blanks: fc.oneof(
      { weight: 5, arbitrary: fc.constant<number[]>([]) },
      { weight: 3, arbitrary: fc.uniqueArray(fc.nat(6), { maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constant([0, 1, 2, 3, 4, 5, 6]) },
    ),
    blank: fc.constantFrom<Blank>('', '\u00a0'),
    lost: fc.nat(99).map((n) => n < 4),
    trailing: fc.boolean(),
  });
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 4 }),
      fc.integer(),
      fc.boolean(),
      fc.array(rowPrint, { minLength: table3Rows.length, maxLength: table3Rows.length }),
      (index, numbersSeed, small, rows) => {
        const s = shaped(index, numbersSeed, small);
        const lines = s.text.split('\n');
        const from = lines.findIndex((l) => /^\s*(?:#+\s*)?三、收到和处理政府信息公开/.test(l));
        const to = lines.findIndex((l, i) => i > from && /^\s*(?:#+\s*)?四、政府信息公开行政复议/.test(l));
        assert.ok(from >= 0 && to > from, `${s.name}: table 三 not found`);
        const table = cellPerLine(s.numbers, rows);
        const text = [...lines.slice(0, from + 1), ...table.lines, ...lines.slice(to)].join('\n');
        const where = `${s.name}, numbers ${numbersSeed}${small ? ' (small)' : ''}, rows ${JSON.stringify(rows)}`;
        const r = runOn(text, where);
        assert.deepEqual(wrongCells(r, s.numbers, table.printed), [], where);
        const cells = Object.entries(s.numbers.table3).flatMap(([row, cols]) =>
          Object.keys(cols).map((c) => {
            const source = table.printed.has(`table3.${row}.${c}`) ? null : cols[c];
            const cell = r.tables?.table3[row]?.[c];
            return cell?.value === source && !(source === null && cell?.unread);
          }),
        );
        stats.runs++;
        stats.cells += cells.length;
        stats.read += cells.filter(Boolean).length;
        if (cells.every(Boolean)) stats.exact++;
      },
    ),
    { numRuns: runs(200) },
  );
  t.diagnostic(
    `${stats.runs} tables: ${stats.exact} read whole, ${stats.read} of ${stats.cells} cells exact`,
  );
});
