import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValueToken, parseCell } from './cells.ts';

test('a plain count is its number', () => {
  assert.deepEqual(parseCell('0', 'count'), { ok: true, cell: { value: 0 } });
  assert.deepEqual(parseCell('74', 'count'), { ok: true, cell: { value: 74 } });
});

test('a blank cell is not reported (null), never 0', () => {
  assert.deepEqual(parseCell('', 'count'), { ok: true, cell: { value: null } });
  assert.deepEqual(parseCell('  ', 'count'), { ok: true, cell: { value: null } });
});

test('"/", "-", "—" and "无" are not reported, and keep the mark the report printed', () => {
  for (const mark of ['/', '-', '—', '无', '——', '／'])
    assert.deepEqual(parseCell(mark, 'count'), { ok: true, cell: { value: null, raw: mark } });
});

test('a number with a remark keeps both', () => {
  assert.deepEqual(parseCell('22（其中修订16件）', 'count'), {
    ok: true,
    cell: { value: 22, note: '其中修订16件' },
  });
  assert.deepEqual(parseCell('22 (其中修订16件)', 'count'), {
    ok: true,
    cell: { value: 22, note: '其中修订16件' },
  });
});

test('a count written with a unit or separators keeps its literal; separators are said in a warning', () => {
  assert.deepEqual(parseCell('12件', 'count'), { ok: true, cell: { value: 12, raw: '12件' } });
  assert.deepEqual(parseCell('1,234', 'count'), {
    ok: true,
    cell: { value: 1234, raw: '1,234' },
    warning: '"1,234" read with thousands separators as 1234',
  });
  assert.deepEqual(parseCell('１２', 'count'), { ok: true, cell: { value: 12, raw: '１２' } });
});

test('an amount in 元 is converted to 万元 exactly, with a warning and the literal kept', () => {
  const r = parseCell('2792220.8元', 'amount');
  assert.ok(r.ok);
  assert.deepEqual(r.cell, { value: 279.22208, raw: '2792220.8元' });
  assert.match(r.warning ?? '', /元/);
  assert.deepEqual(parseCell('0.5', 'amount'), { ok: true, cell: { value: 0.5 } });
});

test('a number a JavaScript number cannot hold exactly is refused with the reason, never rounded', () => {
  const refused = (raw: string, kind: 'count' | 'amount') => {
    const r = parseCell(raw, kind);
    assert.equal(r.ok, false, raw);
    return r.ok ? '' : r.message;
  };
  assert.match(
    refused('100000000000000000000', 'count'),
    /larger than the largest number .*9007199254740991/,
  );
  assert.match(refused('12,345,678,901,234,567,890', 'count'), /larger than the largest number/);
  assert.match(refused('9007199254740992', 'count'), /larger than the largest number/);
  assert.deepEqual(parseCell('9007199254740991', 'count'), { ok: true, cell: { value: 9007199254740991 } });
  assert.match(refused('100000000000000000000', 'amount'), /larger than the largest number/);
  assert.match(refused('12345678.123456789012', 'amount'), /would become 12345678\.12345679\); not read/);
  assert.match(refused('0.12345678901234567891元', 'amount'), /more digits than can be kept exactly/);
  // Trailing zeros and leading zeros are the same decimal, not digits lost.
  assert.deepEqual(parseCell('12.50', 'amount'), { ok: true, cell: { value: 12.5 } });
  assert.deepEqual(parseCell('0.1', 'amount'), { ok: true, cell: { value: 0.1 } });
});

test('what is not a number is refused, never guessed', () => {
  for (const bad of ['abc', '3.5', '-3', '1,23', '一', '5万元'])
    assert.equal(parseCell(bad, 'count').ok, false, bad);
  assert.equal(parseCell('5件', 'amount').ok, false);
});

test('value tokens are told apart from label text', () => {
  for (const v of ['0', '13', '/', '无', '22（其中修订16件）', '0.86', '2792220.8元'])
    assert.ok(isValueToken(v), v);
  for (const t of ['规章', '1.属于国家秘密', '第二十条第（一）项', '（一）', '2023年', ''])
    assert.ok(!isValueToken(t), t);
});
