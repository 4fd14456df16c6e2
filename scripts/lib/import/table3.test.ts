import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { table3Columns, table3Rows } from '../../../src/catalogue/index.ts';
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
