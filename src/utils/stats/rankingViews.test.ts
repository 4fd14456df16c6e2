import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../../tests/lib/csv.ts';
import { reportWith } from '../../../tests/lib/seedReports.ts';
import { rankingMeasures } from './rankings.ts';
import { rankAll, rankingsCsv, scopeYears, splitAbove } from './rankingViews.ts';

test('a scope’s years, newest first, and a year with too many agencies for one page is split', () => {
  const years = new Map([
    ['a', [2023, 2024]],
    ['b', [2024]],
  ]);
  assert.deepEqual(
    scopeYears(['a', 'b', 'c'], (id) => years.get(id) ?? []),
    [
      { year: 2024, reporting: 2, of: 3, split: false },
      { year: 2023, reporting: 1, of: 3, split: false },
    ],
  );
  const many = Array.from({ length: splitAbove + 1 }, (_, i) => `x${i}`);
  assert.equal(scopeYears(many, () => [2024])[0]?.split, true);
  assert.equal(scopeYears(many.slice(1), () => [2024])[0]?.split, false);
});

test('the CSV: one row per agency, the value, numerator, denominator and rank, empty (never 0) where it cannot be computed', () => {
  const c = (id: string, cells: Record<string, number | null>) => ({
    id: `${id}/2023`,
    name: id,
    data: reportWith(`${id}/2023`, cells).data,
  });
  const rankings = rankAll(rankingMeasures(), [
    c('a', { 'table3.newReceived.total': 40, 'table3.granted.total': 12, 'table3.outcomeTotal.total': 40 }),
    c('b', { 'table3.newReceived.total': null, 'table3.granted.total': 3, 'table3.outcomeTotal.total': 5 }),
  ]);
  const rows = parseCsv(
    rankingsCsv(2023, rankings, (x) => ({
      id: x.name,
      name: `${x.name}局`,
      province: '江苏省',
      code: '320000',
    })),
  );
  const head = rows[0] ?? [];
  const at = (row: string[] | undefined, col: string) => row?.[head.indexOf(col)];
  assert.deepEqual(head.slice(0, 8), [
    '机关编号',
    '机关',
    '省级',
    '地级',
    '县级',
    '区划代码',
    '年度',
    '表格格式',
  ]);
  const [a, b] = [rows[1], rows[2]];
  assert.equal(at(a, '本年新收（件）'), '40');
  assert.equal(at(a, '本年新收全站名次'), '1');
  assert.equal(at(b, '本年新收（件）'), '');
  assert.equal(at(b, '本年新收全站名次'), '');
  assert.match(
    at(b, '本年新收说明') ?? '',
    /^无法计算：未填报：表三「一、本年新收政府信息公开申请数量」行「总计」列/,
  );
  assert.deepEqual(
    ['公开率（%）', '公开率分子', '公开率分母', '公开率全站名次'].map((h) => at(a, h)),
    ['30', '12', '40', '1'],
  );
  assert.deepEqual(
    ['公开率（%）', '公开率分子', '公开率分母', '公开率全站名次', '公开率说明'].map((h) => at(b, h)),
    ['60', '3', '5', '', '分母不足 10 件，不参加排名'],
  );
});
