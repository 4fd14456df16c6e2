import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWith, seedReports } from '../../tests/lib/seedReports.ts';
import { cellPaths } from '../catalogue/index.ts';
import { comparisonGrids, diffReports, readSelection } from './compare.ts';

const seeds = new Map(seedReports().map((r) => [r.id, r.data]));
const seed = (id: string) => seeds.get(id) as NonNullable<ReturnType<typeof seeds.get>>;

test('the grids hold every cell of the three tables exactly once, in catalogue order', () => {
  const keys = comparisonGrids().flatMap((g) => g.sections.flatMap((s) => s.rows.flatMap((r) => r.cells)));
  assert.deepEqual(
    keys,
    cellPaths().map((c) => c.key),
  );
  const table3 = comparisonGrids()[1]?.sections[0]?.rows ?? [];
  assert.equal(table3[4]?.label, '（三）不予公开 1.属于国家秘密');
  assert.equal(table3[0]?.label, '一、本年新收政府信息公开申请数量');
});

test('利通区 2022 and 2023 printed the same numbers: no difference', () => {
  assert.deepEqual(diffReports(seed('640302-sifaju/2022'), seed('640302-sifaju/2023')), []);
});

test('利通区 2023 against 中卫市 2023: the nine cells 中卫 filled with non-zero numbers', () => {
  const diffs = diffReports(seed('640302-sifaju/2023'), seed('640500-sifaju/2023'));
  assert.deepEqual(
    diffs.map((d) => [d.key, d.a, d.b, d.change]),
    [
      ['table2.normativeDocuments.repealed', 0, 1, '+1'],
      ['table2.normativeDocuments.inForce', 0, 13, '+13'],
      ['table2.licensing.decisions', 0, 74, '+74'],
      ['table3.newReceived.natural', 0, 1, '+1'],
      ['table3.newReceived.total', 0, 1, '+1'],
      ['table3.partiallyGranted.natural', 0, 1, '+1'],
      ['table3.partiallyGranted.total', 0, 1, '+1'],
      ['table3.outcomeTotal.natural', 0, 1, '+1'],
      ['table3.outcomeTotal.total', 0, 1, '+1'],
    ],
  );
  assert.equal(diffs[2]?.label, '表二 行政许可 本年处理决定数量');
  assert.equal(diffs[8]?.label, '表三 （七）总计 总计');
});

test('a blank against a 0 is a difference, shown in words', () => {
  const blank = reportWith('x/2023', { 'table4.reconsideration.total': null }).data;
  const diffs = diffReports(blank, seed('640303-sifaju/2024'));
  assert.deepEqual(diffs.at(-1), {
    key: 'table4.reconsideration.total',
    label: '表四 行政复议 总计',
    a: null,
    b: 4,
    aText: '未填报',
    bText: '4',
    change: '未填报 → 4',
  });
  assert.equal(diffReports(seed('640303-sifaju/2024'), seed('640302-sifaju/2023'))[0]?.change, '−1');
});

test('a cell the importer could not read shows 未读取, and differs from a blank as from a number', () => {
  const unread = { value: null, unread: '两个数字连在一起' } as unknown as number;
  const notRead = reportWith('x/2023', { 'table4.reconsideration.total': unread }).data;
  const blank = reportWith('x/2023', { 'table4.reconsideration.total': null }).data;
  const key = 'table4.reconsideration.total';
  assert.deepEqual(
    diffReports(notRead, seed('640303-sifaju/2024'))
      .filter((d) => d.key === key)
      .map((d) => [d.aText, d.bText, d.change]),
    [['未读取', '4', '未读取 → 4']],
  );
  assert.deepEqual(
    diffReports(notRead, blank).map((d) => [d.key, d.change]),
    [[key, '未读取 → 未填报']],
  );
  assert.deepEqual(diffReports(notRead, notRead), []);
});

test('the selection comes from the address and only names what the lookup knows', () => {
  const known = new Set(['640302-sifaju/2022', '640302-sifaju/2023']);
  const find = (id: string) => (known.has(id) ? id : undefined);
  assert.deepEqual(readSelection('?a=640302-sifaju/2022&b=640302-sifaju%2F2023', find), {
    a: '640302-sifaju/2022',
    b: '640302-sifaju/2023',
  });
  assert.deepEqual(readSelection('?a=../../etc&b=', find), { a: undefined, b: undefined });
});
