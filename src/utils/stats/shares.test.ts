import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWith } from '../../../tests/lib/seedReports.ts';
import { chartCells, leadersByYear } from './shares.ts';

test('per year, the agency with the largest figure and its share of the total; blanks add nothing', () => {
  const reports = [
    reportWith('a/2023', { 'table3.newReceived.total': 90, 'table3.carriedOver.total': 7 }),
    reportWith('b/2023', { 'table3.newReceived.total': 3 }),
    reportWith('c/2023', { 'table3.newReceived.total': null }),
    reportWith('a/2024', {}),
  ];
  assert.deepEqual(leadersByYear(reports, chartCells('applications')), [
    { year: 2023, total: 100, agencies: 2, leader: { agencyId: 'a', value: 97, share: 0.97 } },
    { year: 2024, total: 0, agencies: 0 },
  ]);
});

test('each chart of 统计 adds up the cells it draws', () => {
  assert.deepEqual(chartCells('applications'), ['table3.newReceived.total', 'table3.carriedOver.total']);
  assert.ok(chartCells('outcomes').includes('table3.otherHandling.total'), '其他处理 of the 2019 form too');
  assert.deepEqual(chartCells('review'), [
    'table4.reconsideration.total',
    'table4.litigationDirect.total',
    'table4.litigationAfterReconsideration.total',
  ]);
});
