import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { load } from 'js-yaml';
import { printedLabel, table3Columns, table3Groups, table3Rows } from '../../../src/catalogue/index.ts';
import { readSeed, replaceOnce } from '../testkit/import.ts';
import { formsOf, matchLabel } from './labels.ts';
import { textSegments } from './segments.ts';
import { readTable3 } from './table3.ts';

/** Reads table 三 from a report's text: the lines between the 三、 and 四、 part headings. */
function read(text: string) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*三、收到和处理/.test(l));
  const end = lines.findIndex((l) => /^\s*四、政府信息公开行政复议/.test(l));
  const r = readTable3(textSegments(lines.slice(start + 1, end), start + 2), (n) => lines[n - 1] ?? '');
  const errors = r.problems.filter((p) => p.severity === 'error');
  const value = (row: string, col: string) => r.cells.get(`${row}.${col}`)?.cell.value;
  return { ...r, errors, value };
}

test('seed 000 (space-separated, labels wrapped, numbers on the next line, header broken char by char): all 175 cells read', async () => {
  const r = read(await readSeed('000'));
  assert.deepEqual(r.errors, []);
  assert.equal(r.cells.size, 175);
  for (const row of table3Rows)
    for (const col of table3Columns) assert.equal(r.value(row.key, col.key), 0, `${row.key}.${col.key}`);
});

test('seed 002 (tab-separated): the one application is read where the report prints it', async () => {
  const r = read(await readSeed('002'));
  assert.deepEqual(r.errors, []);
  // The seed prints: 一、本年新收…数量 ⇥⇥ 1 0 0 0 0 0 1 ; (二) 部分公开… 1 0 0 0 0 0 1 ; (七) 总计 1 0 0 0 0 0 1
  for (const row of ['newReceived', 'partiallyGranted', 'outcomeTotal']) {
    assert.equal(r.value(row, 'natural'), 1, row);
    assert.equal(r.value(row, 'total'), 1, row);
    assert.equal(r.value(row, 'commercial'), 0, row);
  }
  assert.equal(r.value('granted', 'natural'), 0);
  assert.equal(r.value('carriedForward', 'total'), 0);
});

test('seed 004: a row’s last number on a line of its own is still that row’s', async () => {
  const text = await readSeed('004');
  const r = read(text);
  assert.deepEqual(r.errors, []);
  const natural = r.cells.get('partiallyGranted.natural');
  const total = r.cells.get('partiallyGranted.total');
  assert.ok(natural && total);
  assert.equal(text.split('\n')[(total?.line ?? 0) - 1], '0');
  assert.equal(total?.line, (natural?.line ?? 0) + 1);
});

test('a deleted row is an error naming that row; the other rows are still read', async () => {
  const text = replaceOnce(await readSeed('000'), '2.重复申请 0 0 0 0 0 0 0\n', '');
  const r = read(text);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.row]),
    [['missing-row', '2.重复申请']],
  );
  assert.equal(r.cells.size, 175 - 7);
  assert.equal(r.value('notProcessedPublication', 'total'), 0);
});

test('one number removed: an error names the row, the line and what was found; no number moves to another row', async () => {
  const text = replaceOnce(
    await readSeed('002'),
    '(七) 总计\t1\t0\t0\t0\t0\t0\t1',
    '(七) 总计\t1\t0\t0\t0\t0\t1',
  );
  const r = read(text);
  assert.equal(r.errors.length, 1);
  const [e] = r.errors;
  assert.equal(e?.code, 'cell-count');
  assert.equal(e?.row, '（七）总计');
  assert.match(e?.message ?? '', /expected 7 numbers .*found 6 \(1 0 0 0 0 1\)/);
  assert.equal(e?.source, '(七) 总计\t1\t0\t0\t0\t0\t1\t\t');
  assert.equal(text.split('\n')[(e?.line ?? 0) - 1], e?.source);
  assert.equal(r.cells.has('outcomeTotal.natural'), false);
  assert.equal(r.value('carriedForward', 'natural'), 0);
  assert.equal(r.value('newReceived', 'total'), 1);
});

test('a last number missing from its own line (seed 004 layout) is an error for that row only', async () => {
  const text = replaceOnce(
    await readSeed('004'),
    '形，不计其他情形）\n\n0 0 0 0 0 0\n0\n',
    '形，不计其他情形）\n\n0 0 0 0 0 0\n',
  );
  const r = read(text);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.row]),
    [['cell-count', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']],
  );
  assert.equal(r.cells.size, 175 - 7);
});

test('a wrapped row whose numbers are gone is named, not filled from the next row', async () => {
  const text = replaceOnce(await readSeed('000'), '计其他情形）\n0 0 0 0 0 0 0\n', '计其他情形）\n');
  const r = read(text);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.row]),
    [['row-without-numbers', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']],
  );
  assert.equal(r.value('deniedStateSecret', 'natural'), 0);
  assert.equal(r.cells.size, 175 - 7);
});

test('blank and "/" cells are read as not reported, never as 0', async () => {
  const text = replaceOnce(
    await readSeed('002'),
    '一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t',
    '一、本年新收政府信息公开申请数量\t\t1\t\t/\t0\t无\t0\t1\t',
  );
  const r = read(text);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.cells.get('newReceived.commercial')?.cell, { value: null });
  assert.deepEqual(r.cells.get('newReceived.research')?.cell, { value: null, raw: '/' });
  assert.deepEqual(r.cells.get('newReceived.legalService')?.cell, { value: null, raw: '无' });
  assert.equal(r.value('newReceived', 'total'), 1);
});

test('a label with one slip is matched loosely and said so', async () => {
  const loose = read(replaceOnce(await readSeed('000'), '4.保护第三方合法权益 0', '4.保护第三方合法杈益 0'));
  assert.deepEqual(loose.errors, []);
  const warning = loose.problems.find((p) => p.code === 'loose-label');
  assert.equal(warning?.row, '4.保护第三方合法权益');
  assert.match(warning?.message ?? '', /杈益/);
});

test('a garbled label between two read rows: its numbers placed by the form’s order, confirmed by the identities', async () => {
  const text = replaceOnce(await readSeed('002'), '4.保护第三方合法权益', '4.甲乙丙丁戊己庚辛');
  const r = read(text);
  assert.deepEqual(r.errors, []);
  const placedBy = r.problems.find((p) => p.code === 'placed-by-order');
  assert.equal(placedBy?.row, '4.保护第三方合法权益');
  assert.match(placedBy?.source ?? '', /甲乙丙丁/);
  assert.equal(r.cells.get('deniedThirdParty.natural')?.how, 'order');
  assert.equal(r.value('deniedThirdParty', 'total'), 0);
});

test('a garbled label whose placement no identity can check (a blank in every column) is refused, not placed', async () => {
  // Seed 002 with （七）总计 printed as "/" throughout: no identity linking the rows can be evaluated.
  let text = replaceOnce(await readSeed('002'), '4.保护第三方合法权益', '4.甲乙丙丁戊己庚辛');
  text = replaceOnce(text, '(七) 总计\t1\t0\t0\t0\t0\t0\t1', '(七) 总计\t/\t/\t/\t/\t/\t/\t/');
  const r = read(text);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.row]),
    [['unread', '4.保护第三方合法权益']],
  );
  assert.match(r.errors[0]?.message ?? '', /needs an identity linking it to other rows/);
  assert.equal(r.cells.has('deniedThirdParty.natural'), false);
  assert.match(r.unread.get('deniedThirdParty.natural') ?? '', /no label/);
});

test('a row printed twice is an error and neither copy is used', async () => {
  const seed = await readSeed('000');
  const text = replaceOnce(
    seed,
    '2.重复申请 0 0 0 0 0 0 0\n',
    '2.重复申请 0 0 0 0 0 0 0\n2.重复申请 0 0 0 0 0 0 0\n',
  );
  const r = read(text);
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['duplicate-row'],
  );
  assert.equal(r.cells.has('notProcessedRepeated.natural'), false);
});

test('labels wrapped around their numbers (pdftotext -layout: numbers on the middle line): each row read by its ordinal and first characters, said so', async () => {
  const text = await readFile(
    new URL('../../../tests/fixtures/shapes/huaian-2024.pdftotext-layout.txt', import.meta.url),
    'utf8',
  );
  const r = read(text);
  assert.deepEqual(r.errors, []);
  assert.equal(r.cells.size, 175);
  // As the PDF prints them: 5.要求行政机关确认或重新出 / 1 0 0 0 0 0 1 / 具已获取信息, and the two rows of (六).
  assert.deepEqual(
    ['notProcessedConfirmation', 'otherNoCorrection', 'otherUnpaidFee'].map((row) => [
      r.value(row, 'natural'),
      r.value(row, 'total'),
    ]),
    [
      [1, 1],
      [67, 71],
      [6, 6],
    ],
  );
  const truncated = r.problems.filter((p) => p.code === 'truncated-label').map((p) => p.row);
  assert.ok(truncated.includes('5.要求行政机关确认或重新出具已获取信息'), truncated.join(' | '));
});

test('a label’s first characters stand for it only after its ordinal, and only when no other row begins so', () => {
  const forms = formsOf(table3Rows);
  const m = matchLabel('5.要求行政机关确认或重新出', forms);
  assert.deepEqual(
    [m?.key, m?.quality, m?.matched],
    ['notProcessedConfirmation', 'truncated', '要求行政机关确认或重新出'],
  );
  // No ordinal, the wrong ordinal, or too few characters: not a label.
  assert.equal(matchLabel('要求行政机关确认或重新出', forms), undefined);
  assert.equal(matchLabel('3.要求行政机关确认或重新出', forms), undefined);
  assert.equal(matchLabel('5.要求行政机', forms), undefined);
  // Two rows that begin alike: neither.
  const alike = formsOf([
    { key: 'a', marker: '1.', label: '申请人逾期未按要求补正材料' },
    { key: 'b', marker: '1.', label: '申请人逾期未按收费通知缴费' },
  ]);
  assert.equal(matchLabel('1.申请人逾期未按', alike), undefined);
  assert.equal(matchLabel('1.申请人逾期未按收费', alike)?.key, 'b');
});

// ── Labels and numbers one to a line (pdftotext's plain mode prints a table cell by cell) ──

/** 淮安市人民政府 2024's table 三, as typed from the PDF (tests/eval/truth). */
async function huaianTable3(): Promise<Record<string, Record<string, number>>> {
  const truth = load(
    await readFile(new URL('../../../tests/eval/truth/huaian-gov-2024.yaml', import.meta.url), 'utf8'),
  ) as { table3: Record<string, Record<string, number>> };
  return truth.table3;
}

/**
 * Table 三 with every label and every number on a line of its own, blank lines between, as
 * `pdftotext` prints it. `side` puts each row's label above or below its numbers, or leaves it out
 * (lost); `later` moves those rows' labels to after the numbers of the row `after` (where pdftotext
 * put （一） and （二）'s in 淮安); `headings` prints each group's heading before its first row.
 */
function oneToALine(
  table: Record<string, Record<string, number>>,
  side: (row: string, index: number) => 'above' | 'below' | 'lost',
  later: { rows: string[]; after: string } = { rows: [], after: '' },
  headings = false,
): string {
  const header = ['三、收到和处理政府信息公开申请情况', '申请人情况', ...table3Columns.map((c) => c.label)];
  const out: string[] = [...header];
  const moved: string[] = [];
  const headed = new Set<string>();
  table3Rows.forEach((row, i) => {
    const group = table3Groups.find((g) => 'parent' in row && g.key === row.parent);
    if (headings && group && !headed.has(group.key)) {
      headed.add(group.key);
      out.push(printedLabel(group));
    }
    const numbers = table3Columns.map((c) => String(table[row.key]?.[c.key]));
    const where = side(row.key, i);
    const label = later.rows.includes(row.key) || where === 'lost' ? [] : [printedLabel(row)];
    if (later.rows.includes(row.key)) moved.push(printedLabel(row));
    out.push(...(where === 'below' ? [...numbers, ...label] : [...label, ...numbers]));
    if (row.key === later.after) out.push(...moved);
  });
  out.push('四、政府信息公开行政复议、行政诉讼情况');
  return `${['一、总体情况', '', ...out].join('\n\n')}\n`;
}

/** Every cell read must be the report's own number: the rule a reading is never allowed to break. */
function assertNoWrongCell(r: ReturnType<typeof read>, table: Record<string, Record<string, number>>) {
  for (const [key, read] of r.cells) {
    const [row, column] = key.split('.') as [string, string];
    assert.equal(read.cell.value, table[row]?.[column], `${key} read as ${read.cell.value}`);
  }
}

test('labels above their numbers, one to a line, two rows’ labels printed after the table: every other row read under its label, said so; the two rows refused where swapping them would not show', async () => {
  const table = await huaianTable3();
  const text = oneToALine(table, () => 'above', {
    rows: ['granted', 'partiallyGranted'],
    after: 'unavailableNotHeld',
  });
  const r = read(text);
  assertNoWrongCell(r, table);
  assert.ok(
    r.problems.some((p) => p.code === 'labels-paired'),
    'the pairing is said',
  );
  for (const row of table3Rows.filter((x) => !['granted', 'partiallyGranted'].includes(x.key)))
    for (const col of table3Columns)
      assert.ok(r.cells.has(`${row.key}.${col.key}`), `${row.key}.${col.key} read`);
  // （一） and （二） both add into （七）总计 alone: no identity tells which unlabelled row is which,
  // so only the cells where both rows print the same number are read.
  assert.equal(r.cells.has('granted.natural'), false);
  assert.match(r.unread.get('granted.natural') ?? '', /2 ways/);
  assert.equal(r.value('granted', 'research'), 0);
});

test('labels below their numbers, one to a line: every cell read with the label after it, said so', async () => {
  const table = await huaianTable3();
  const r = read(oneToALine(table, () => 'below'));
  assertNoWrongCell(r, table);
  assert.equal(r.cells.size, 175);
  assert.match(r.problems.find((p) => p.code === 'labels-paired')?.message ?? '', /numbers before them/);
});

test('labels above their numbers for some rows and below for others, one to a line: no number lands on another row', async () => {
  const table = await huaianTable3();
  for (const switchAt of [3, 8, 13, 20]) {
    for (const first of ['above', 'below'] as const) {
      const second = first === 'above' ? 'below' : 'above';
      const r = read(oneToALine(table, (_, i) => (i < switchAt ? first : second)));
      assertNoWrongCell(r, table);
    }
  }
});

test('labels below their numbers for a run of rows after their heading, the next row’s label lost: the run is not read one row along, though every identity would hold', async () => {
  // Read one row along, the heading takes the run's first numbers for its subtotal, each label the
  // numbers after it, and the row whose label is lost is left without numbers: the identities add
  // the run's rows up together, so only that empty row shows the pairing is wrong.
  const table = await huaianTable3();
  const below = ['notProcessedComplaint', 'notProcessedRepeated', 'notProcessedPublication'];
  const r = read(
    oneToALine(
      table,
      (row) => (below.includes(row) ? 'below' : row === 'notProcessedMassive' ? 'lost' : 'above'),
      undefined,
      true,
    ),
  );
  assertNoWrongCell(r, table);
  assert.equal(
    r.problems.some((p) => p.code === 'labels-paired'),
    false,
  );
});

test('a label printed after a later row’s numbers, one row’s label above and the rest below: the labels are not read one row along', async () => {
  // Read with every label below its numbers, the moved label takes the numbers before it and the row
  // above it another's: every identity still holds, but the rows placed by label run out of order.
  const table = await huaianTable3();
  const r = read(
    oneToALine(table, (row) => (row === 'unavailableNotHeld' ? 'above' : 'below'), {
      rows: ['deniedEnforcementFiles'],
      after: 'unavailableNotHeld',
    }),
  );
  assertNoWrongCell(r, table);
  assert.equal(
    r.problems.some((p) => p.code === 'labels-paired'),
    false,
  );
});
