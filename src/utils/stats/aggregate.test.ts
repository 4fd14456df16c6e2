import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWith } from '../../../tests/lib/seedReports.ts';
import { rateOf, sumCells } from './aggregate.ts';
import { formatBase, formatCoverage, formatRate, formatSum } from './format.ts';

// A left 一、本年新收 and （二）部分公开 blank; B filled in everything.
const a = reportWith('a/2023', {
  'table3.newReceived.total': null,
  'table3.granted.total': 2,
  'table3.partiallyGranted.total': null,
  'table3.outcomeTotal.total': 4,
  'table3.deniedStateSecret.total': null,
  'table3.deniedThirdParty.total': 2,
}).data;
const b = reportWith('b/2023', {
  'table3.newReceived.total': 3,
  'table3.granted.total': 1,
  'table3.partiallyGranted.total': 1,
  'table3.outcomeTotal.total': 2,
  'table3.deniedThirdParty.total': 1,
}).data;

test('a blank cell is left out of a sum, not read as 0, and the coverage says how many reports counted', () => {
  const s = sumCells([a, b], ['table3.newReceived.total']);
  assert.deepEqual(s, { value: 3, reported: 1, partial: 0, of: 2 });
  assert.equal(formatCoverage(s), '1/2 份报告');
});

test('a report that filled in only some of the cells of a group is counted as partial', () => {
  const denied = ['table3.deniedStateSecret.total', 'table3.deniedThirdParty.total'];
  const s = sumCells([a, b], denied);
  assert.deepEqual(s, { value: 3, reported: 1, partial: 1, of: 2 });
  assert.equal(formatCoverage(s), '1/2 份报告（另 1 份部分填报）');
});

test('a sum nobody filled in is “not reported”, never 0', () => {
  const s = sumCells([a], ['table3.newReceived.total']);
  assert.deepEqual(s, { value: null, reported: 0, partial: 0, of: 1 });
  assert.equal(formatSum(s), '未填报');
});

test('a rate counts only reports that reported numerator and base, and divides the sums', () => {
  // A is out (部分公开 blank); B: (1 + 1) / 2.
  const r = rateOf(
    [a, b],
    ['table3.granted.total', 'table3.partiallyGranted.total'],
    ['table3.outcomeTotal.total'],
  );
  assert.deepEqual(r, { value: 1, numerator: 2, base: 2, reports: 1, of: 2 });
  assert.equal(formatRate(r), '100.0%');
  assert.equal(formatBase(r), '按 2 件计算');
});

test('rates are ratios of sums, not sums or averages of rates', () => {
  const x = reportWith('x/2023', { 'table3.granted.total': 1, 'table3.outcomeTotal.total': 1 }).data;
  const y = reportWith('y/2023', { 'table3.granted.total': 0, 'table3.outcomeTotal.total': 3 }).data;
  // 100% and 0% would average to 50%; the portal's rate is 1 / 4.
  assert.equal(formatRate(rateOf([x, y], ['table3.granted.total'], ['table3.outcomeTotal.total'])), '25.0%');
});

test('a rate with N = 0 is “—”, not 0% or NaN', () => {
  const zero = reportWith('z/2023', {}).data;
  const r = rateOf([zero], ['table3.granted.total'], ['table3.outcomeTotal.total']);
  assert.deepEqual(r, { value: null, numerator: 0, base: 0, reports: 1, of: 1 });
  assert.equal(formatRate(r), '—');
  assert.equal(formatRate(rateOf([], ['table3.granted.total'], ['table3.outcomeTotal.total'])), '—');
});

test('fee amounts add up as decimals without binary noise', () => {
  const f1 = reportWith('f/2023', { 'table2.fees.amount': 0.1 }).data;
  const f2 = reportWith('g/2023', { 'table2.fees.amount': 0.2 }).data;
  assert.equal(sumCells([f1, f2], ['table2.fees.amount']).value, 0.3);
});
