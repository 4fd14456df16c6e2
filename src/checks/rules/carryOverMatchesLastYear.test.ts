import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { carryOverMatchesLastYear } from './carryOverMatchesLastYear.ts';

function twoYears(carriedForward: number | null, carriedOver: number | null) {
  const previous = setCell(makeReport(2021), 'table3', 'carriedForward', 'natural', carriedForward);
  const report = setCell(makeReport(2022), 'table3', 'carriedOver', 'natural', carriedOver);
  return { previous, report };
}

test("this year's 上年结转 equal to last year's 结转下年度 passes", () => {
  const { previous, report } = twoYears(2, 2);
  assert.deepEqual(carryOverMatchesLastYear.check(report, { previous }), []);
});

test('2 carried forward in 2021 but 0 carried over in 2022 is a warning citing both reports', () => {
  const { previous, report } = twoYears(2, 0);
  assert.deepEqual(carryOverMatchesLastYear.check(report, { previous }), [
    {
      rule: 'carry-over-matches-last-year',
      severity: 'warning',
      status: 'failed',
      report: '000000-shili/2022',
      cells: [
        {
          table: 'table3',
          row: 'carriedOver',
          column: 'natural',
          rowLabel: '二、上年结转政府信息公开申请数量',
          columnLabel: '自然人',
        },
        {
          table: 'table3',
          row: 'carriedForward',
          column: 'natural',
          rowLabel: '四、结转下年度继续办理',
          columnLabel: '自然人',
          report: '000000-shili/2021',
        },
      ],
      left: { label: '本年 二、上年结转', value: 0 },
      right: { label: '2021 年 四、结转下年度继续办理', value: 2 },
      message: '表三「自然人」列：本年报告的上年结转为 0，但 2021 年报告的结转下年度继续办理为 2，相差 2。',
    },
  ]);
});

test('without a report for the year before, or with one two years back, nothing is compared', () => {
  const report = setCell(makeReport(2023), 'table3', 'carriedOver', 'natural', 5);
  assert.deepEqual(carryOverMatchesLastYear.check(report, {}), []);
  assert.deepEqual(carryOverMatchesLastYear.check(report, { previous: makeReport(2021) }), []);
});

test("last year's not-reported 结转下年度 makes the column unchecked, naming last year's cell", () => {
  const { previous, report } = twoYears(null, 1);
  const findings = carryOverMatchesLastYear.check(report, { previous });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.status, 'unchecked');
  assert.deepEqual(
    findings[0]?.cells.map((c) => c.report),
    ['000000-shili/2021'],
  );
  assert.match(findings[0]?.message ?? '', /^2021 年报告表三「四、结转下年度继续办理」行「自然人」列未填报/);
});
