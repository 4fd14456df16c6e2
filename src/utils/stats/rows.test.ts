import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWith, seedReports } from '../../../tests/lib/seedReports.ts';
import { perYear } from './groups.ts';
import { headlineColumns, outcomeRows, rateCell, reviewRows, sumCell } from './rows.ts';
import { summarize } from './summary.ts';

const years = perYear(seedReports());
const template = (years[0] as (typeof years)[number]).summary;
const line = (s: ReturnType<typeof summarize>) =>
  headlineColumns().map((c) => {
    const cell = c.cell(s);
    return cell.note ? `${cell.text} ${cell.note}` : cell.text;
  });

test('the headline of each seed year, by hand', () => {
  assert.deepEqual(
    headlineColumns().map((c) => c.label),
    ['报告数', '新收申请', '上年结转', '办理结果总计', '公开率', '行政复议', '复议纠错率', '行政诉讼'],
  );
  assert.deepEqual(
    years.map((y) => line(y.summary)),
    [
      ['1', '0', '0', '0', '— 共 0 件，无法计算', '0', '— 共 0 件，无法计算', '0'],
      ['3', '1', '0', '1', '100.0% 按 1 件计算', '0', '— 共 0 件，无法计算', '0'],
      ['1', '0', '0', '0', '— 共 0 件，无法计算', '4', '33.3% 按 3 件计算', '0'],
    ],
  );
});

test('outcome rows: six categories, their 19 reasons, 总计 and 公开率', () => {
  const rows = outcomeRows(template);
  assert.equal(rows.length, 6 + 19 + 2);
  const s2023 = years[1]?.summary as typeof template;
  assert.deepEqual(
    rows.filter((r) => r.level === 0).map((r) => [r.label, r.cell(s2023).text]),
    [
      ['予以公开', '0'],
      ['部分公开', '1'],
      ['不予公开', '0'],
      ['无法提供', '0'],
      ['不予处理', '0'],
      ['其他处理', '0'],
      ['（七）总计', '1'],
      ['公开率 =（予以公开 + 部分公开）÷ 总计', '100.0%'],
    ],
  );
  assert.equal(rows[3]?.label, '1.属于国家秘密');
});

test('review rows end each kind of case with its 纠错率', () => {
  const rows = reviewRows(template);
  assert.equal(rows.length, 3 * 6);
  const s2024 = years[2]?.summary as typeof template;
  assert.deepEqual(rows[5]?.cell(s2024), { text: '33.3%', note: '按 3 件计算' });
});

test('a sum or rate that not every report filled in says so beside it', () => {
  const s = summarize([
    reportWith('a/2023', { 'table3.newReceived.total': null, 'table3.outcomeTotal.total': null }).data,
    reportWith('b/2023', {
      'table3.newReceived.total': 2,
      'table3.outcomeTotal.total': 2,
      'table3.granted.total': 2,
    }).data,
  ]);
  assert.deepEqual(sumCell(s.newReceived.sum), { text: '2', note: '1/2 份报告填报' });
  assert.deepEqual(rateCell(s.disclosureRate), { text: '100.0%', note: '按 2 件计算，1/2 份报告' });
});
