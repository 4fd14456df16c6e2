import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSeed, replaceOnce } from '../testkit/import.ts';
import { textSegments } from './segments.ts';
import { readTable2 } from './table2.ts';

function read(text: string) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*二、主动公开/.test(l));
  const end = lines.findIndex((l) => /^\s*三、收到和处理/.test(l));
  const r = readTable2(textSegments(lines.slice(start + 1, end), start + 2), (n) => lines[n - 1] ?? '');
  return {
    ...r,
    errors: r.problems.filter((p) => p.severity === 'error'),
    warnings: r.problems.filter((p) => p.severity === 'warning'),
    value: (row: string, col: string) => r.cells.get(`${row}.${col}`)?.cell.value,
  };
}

test('seed 002: 行政规范性文件 0 1 13 and 行政许可 74, as printed', async () => {
  const r = read(await readSeed('002'));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(
    ['issued', 'repealed', 'inForce'].map((c) => r.value('normativeDocuments', c)),
    [0, 1, 13],
  );
  assert.equal(r.value('licensing', 'decisions'), 74);
  assert.equal(r.value('fees', 'amount'), 0);
  assert.equal(r.cells.size, 10);
});

test('seed 001 prints 本年废止件数 as 本年度止件数: read, with a warning naming the slip and its line', async () => {
  const text = await readSeed('001');
  const r = read(text);
  assert.deepEqual(r.errors, []);
  assert.equal(r.warnings.length, 1);
  assert.equal(r.warnings[0]?.column, '本年废止件数');
  assert.match(r.warnings[0]?.source ?? '', /本年度止件数/);
  assert.equal(r.value('rules', 'repealed'), 0);
});

test('a header read in another order than the form’s: the block is refused, naming both orders, its numbers placed by neither', async () => {
  const text = replaceOnce(
    replaceOnce(
      await readSeed('002'),
      '本年制发件数\t本年废止件数\t现行有效件数',
      '现行有效件数\t本年制发件数\t本年废止件数',
    ),
    '行政规范性文件\t0\t1\t13',
    '行政规范性文件\t13\t0\t1',
  );
  const r = read(text);
  // The form fixes the columns: a header that reads otherwise is more likely misread (a PDF table
  // without borders sets a wrapped header's lines apart) than reordered, and which is right cannot be told.
  assert.deepEqual(
    r.errors.map((e) => e.message),
    [
      '第二十条第（一）项: the column header reads 现行有效件数、本年制发件数、本年废止件数, not the form’s 本年制发件数、本年废止件数、现行有效件数: which column each number is in cannot be told',
    ],
  );
  for (const row of ['rules', 'normativeDocuments'])
    for (const c of ['issued', 'repealed', 'inForce'])
      assert.equal(r.value(row, c), undefined, `${row}.${c}`);
  // The other blocks are read as printed.
  assert.equal(
    r.value('licensing', 'decisions'),
    read(await readSeed('002')).value('licensing', 'decisions'),
  );
  assert.ok(!read(await readSeed('002')).errors.some((w) => w.code === 'header-order'));
});

test('space-separated (seed 000) and tab-separated (seed 003, with blank padding cells) read the same ten cells', async () => {
  for (const seed of ['000', '003'] as const) {
    const r = read(await readSeed(seed));
    assert.deepEqual(r.errors, [], seed);
    assert.equal(r.cells.size, 10, seed);
  }
});

test('a missing number is an error for that row and column list, with the source line', async () => {
  const r = read(replaceOnce(await readSeed('000'), '行政规范性文件 0 0 0', '行政规范性文件 0 0'));
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]?.code, 'cell-count');
  assert.equal(r.errors[0]?.row, '行政规范性文件');
  assert.match(r.errors[0]?.message ?? '', /本年制发件数、本年废止件数、现行有效件数/);
  assert.equal(r.errors[0]?.source, '行政规范性文件 0 0');
});

test('a deleted row is named; a fee written in 元 is converted to 万元 and said so', async () => {
  const r = read(replaceOnce(await readSeed('000'), '行政强制 0\n', ''));
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.row]),
    [['missing-row', '行政强制']],
  );
  const fee = read(replaceOnce(await readSeed('000'), '行政事业性收费 0', '行政事业性收费 12500元'));
  assert.equal(fee.value('fees', 'amount'), 1.25);
  assert.equal(fee.warnings.find((w) => w.code === 'cell-unit')?.row, '行政事业性收费');
});

test('a table of the other form is refused as such, not misread', async () => {
  const r = read(
    replaceOnce(
      await readSeed('000'),
      '本年制发件数 本年废止件数 现行有效件数',
      '本年新制作数量 本年新公开数量 对外公开总数量',
    ),
  );
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['format-mismatch'],
  );
  assert.match(r.errors[0]?.message ?? '', /2019 form \(本年新制作数量、本年新公开数量、对外公开总数量\)/);
  assert.equal(r.cells.size, 0);
});

test('an amount cut in two by a line or cell break ("1" then ".5") is refused, naming both halves; never read as 1', async () => {
  const seed = await readSeed('002');
  const whole = read(replaceOnce(seed, '行政事业性收费\t0\t\t', '行政事业性收费\t1.5\t\t'));
  assert.equal(whole.value('fees', 'amount'), 1.5);
  const cuts = [
    ['行政事业性收费\t1\n.5\t\t', '.5'],
    ['行政事业性收费\t1\t.5\t\t', '.5'],
    ['行政事业性收费 1\n.5', '.5'],
    ['行政事业性收费\t1\n,500\t\t', ',500'],
  ];
  for (const [cut, rest] of cuts) {
    const r = read(replaceOnce(seed, '行政事业性收费\t0\t\t', cut ?? ''));
    assert.equal(r.value('fees', 'amount'), undefined, JSON.stringify(cut));
    assert.equal(r.errors.length, 1, JSON.stringify(cut));
    assert.equal(r.errors[0]?.row, '行政事业性收费');
    assert.ok(r.errors[0]?.message.startsWith(`"1" is followed by "${rest}"`), r.errors[0]?.message);
    assert.match(r.unread.get('fees.amount') ?? '', /cut in two/);
    // The rest of the table is read as printed.
    assert.equal(r.value('licensing', 'decisions'), 74);
  }
});

/** Table 二 of the 2021 form as a converter's markdown grid, each row's cells as given. */
const grid = (rows: Record<string, string[]>) =>
  [
    '二、主动公开政府信息情况',
    '| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |',
    '|---|---|---|---|---|',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 现行有效件数 |',
    `| 规章 | ${(rows.rules ?? []).join(' | ')} |`,
    `| 行政规范性文件 | ${(rows.normative ?? []).join(' | ')} |`,
    '| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |',
    '| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |',
    '| 行政许可 | 74 | 74 | 74 | 74 |',
    '| 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 |',
    '| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |',
    '| 行政处罚 | 12 | 12 | 12 | 12 |',
    '| 行政强制 | 0 | 0 | 0 | 0 |',
    '| 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 |',
    '| 信息内容 | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） |',
    '| 行政事业性收费 | 1.5 | 1.5 | 1.5 | 1.5 |',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

test('a converter’s grid repeats a spanning cell’s number in every column it covers: read once where every way of dropping the repeats reads the same, not read where they differ', () => {
  const r = read(grid({ rules: ['0', '0', '0', '5'], normative: ['3', '1', '20', '20'] }));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    [
      ...['issued', 'repealed', 'inForce'].map((c) => r.value('rules', c)),
      ...['issued', 'repealed', 'inForce'].map((c) => r.value('normativeDocuments', c)),
      r.value('licensing', 'decisions'),
      r.value('penalties', 'decisions'),
      r.value('fees', 'amount'),
    ],
    [0, 0, 5, 3, 1, 20, 74, 12, 1.5],
  );
  // 0 0 5 5 for three cells: 0 0 5 or 0 5 5, and nothing to tell which (a converter's header may span
  // otherwise than its rows), and no identity to narrow them: the row is not read.
  const doubt = read(grid({ rules: ['0', '0', '5', '5'], normative: ['3', '1', '20', '20'] }));
  assert.deepEqual(
    ['issued', 'repealed', 'inForce'].map((c) => doubt.value('rules', c)),
    [undefined, undefined, undefined],
  );
  assert.deepEqual(
    doubt.errors.map((e) => e.row),
    ['规章'],
  );
});
