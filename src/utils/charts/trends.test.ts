import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../../tests/lib/csv.ts';
import { reportWith, seedReports } from '../../../tests/lib/seedReports.ts';
import { perYear } from '../stats/groups.ts';
import { chartCsv, chartTable } from './spec.ts';
import { applicationsChart, outcomesChart, reviewChart } from './trends.ts';

const scope = { id: 'stats', source: '本站收录的全部年度报告' };
const years = perYear(seedReports());

test('applications by year: 本年新收 and 上年结转 stacked, with coverage per year', () => {
  const c = applicationsChart(scope, years);
  assert.equal(c.id, 'stats/applications');
  assert.deepEqual(c.categories, ['2022', '2023', '2024']);
  assert.deepEqual(
    c.series.map((s) => [s.label, s.values]),
    [
      ['本年新收', [0, 1, 0]],
      ['上年结转', [0, 0, 0]],
    ],
  );
  assert.deepEqual(c.coverage.values, ['1/1 份报告', '3/3 份报告', '1/1 份报告']);
  assert.equal(c.takeaway, '2024年新收政府信息公开申请0件，比2023年少1件。');
});

test('outcomes by year: the six categories; the takeaway gives 公开率 with its N, or says N is 0', () => {
  const c = outcomesChart(scope, years);
  assert.deepEqual(
    c.series.map((s) => s.label),
    ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'],
  );
  assert.deepEqual(c.series[1]?.values, [0, 1, 0]);
  assert.equal(c.takeaway, '2024年办理结果总计为0件，没有可计算公开率的申请。');
  assert.equal(
    outcomesChart(scope, years.slice(0, 2)).takeaway,
    '2023年3份报告合计办理申请1件，部分公开最多（1件）；公开率100.0%（按 1 件计算）。',
  );
});

test('review and litigation side by side', () => {
  const c = reviewChart(scope, years);
  assert.equal(c.stacked, false);
  assert.deepEqual(
    c.series.map((s) => [s.label, s.values]),
    [
      ['行政复议', [0, 0, 4]],
      ['行政诉讼·未经复议直接起诉', [0, 0, 0]],
      ['行政诉讼·复议后起诉', [0, 0, 0]],
    ],
  );
  assert.equal(c.takeaway, '2024年行政复议4件，行政诉讼0件。');
});

test('a blank is said to be blank: in the takeaway, the table and the CSV', () => {
  const blank = perYear([reportWith('a/2023', { 'table3.newReceived.total': null })]);
  const c = applicationsChart(scope, blank);
  assert.equal(c.takeaway, '2023年的报告未填报新收申请数。');
  assert.deepEqual(chartTable(c).rows, [['2023', '未填报', '0', '0/1 份报告']]);
  assert.deepEqual(parseCsv(chartCsv(c))[1], ['2023', '', '0', '0/1 份报告']);
});

test('the table and the CSV hold exactly the chart’s numbers', () => {
  const c = applicationsChart(scope, years);
  const table = chartTable(c);
  assert.deepEqual(table.head, ['年度', '本年新收（件）', '上年结转（件）', '填报完整的报告']);
  assert.deepEqual(parseCsv(chartCsv(c)), [table.head, ...table.rows]);
});
