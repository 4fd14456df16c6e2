import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport } from '../../../scripts/lib/testkit/reports.ts';
import { periodYears, titleYearMatchesPeriod } from './titleYearMatchesPeriod.ts';

const withPreamble = (year: number, preamble: string) => {
  const r = makeReport(year);
  r.body = `${preamble}\n\n## 一、总体情况\n\n${year - 1}年1月1日至12月31日的旧数据不在前言里。`;
  return r;
};

test("each seed's way of stating the statistics period is read, hard wraps included", () => {
  assert.deepEqual(periodYears('本报告所列数据统计期限从 2023年 1月 1日到 12\n\n月 31日。'), [2023]);
  assert.deepEqual(periodYears('统计期限自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止。'), [2022]);
  assert.deepEqual(periodYears('本报告数据统计期限为 2023 年 1 月 1 日至 2023 年 12 月 31 日止。'), [2023]);
  assert.deepEqual(periodYears('本报告统计数据从 2024 年 1 月 1 日至 12 月 31 日。'), [2024]);
});

test('a title year equal to the period passes, and the prose after the preamble is not read', () => {
  const r = withPreamble(2023, '本报告所列数据统计期限从 2023年 1月 1日到 12月 31日。');
  assert.deepEqual(titleYearMatchesPeriod.check(r, {}), []);
});

test('a report that does not state its period (seed 004) has no finding', () => {
  const r = makeReport(2023);
  r.body = '## 一、总体情况\n\n按照《中华人民共和国政府信息公开条例》要求……';
  assert.deepEqual(titleYearMatchesPeriod.check(r, {}), []);
});

test('a 2023 title over a 2022 statistics period is an error', () => {
  const r = withPreamble(2023, '本报告中所列数据的统计期限自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止。');
  assert.deepEqual(titleYearMatchesPeriod.check(r, {}), [
    {
      rule: 'title-year-matches-period',
      severity: 'error',
      status: 'failed',
      report: '000000-shili/2023',
      cells: [],
      left: { label: '标题中的年份', value: 2023 },
      right: { label: '统计期限的年份', value: 2022 },
      message: '报告标题写的是 2023 年，但统计期限写的是 2022 年。',
    },
  ]);
});

test('a period that starts in the title year but ends in another is flagged on the end year', () => {
  const r = withPreamble(2023, '统计期限为 2023 年 1 月 1 日至 2024 年 12 月 31 日。');
  assert.deepEqual(
    titleYearMatchesPeriod.check(r, {}).map((f) => [f.left.value, f.right.value]),
    [[2023, 2024]],
  );
});
