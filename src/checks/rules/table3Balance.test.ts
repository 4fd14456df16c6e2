import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { table3Balance } from './table3Balance.ts';

const natural = (row: string, rowLabel: string) => ({
  table: 'table3',
  row,
  column: 'natural',
  rowLabel,
  columnLabel: '自然人',
});

test('a report whose applications all balance has no table3-balance finding', () => {
  const r = makeReport();
  // 3 new + 1 carried over = 2 granted + 2 carried forward.
  setCell(r, 'table3', 'newReceived', 'natural', 3);
  setCell(r, 'table3', 'carriedOver', 'natural', 1);
  setCell(r, 'table3', 'outcomeTotal', 'natural', 2);
  setCell(r, 'table3', 'carriedForward', 'natural', 2);
  assert.deepEqual(table3Balance.check(r, {}), []);
});

test('3 new + 0 carried over against 2 handled + 0 carried forward is an error naming the four cells', () => {
  const r = makeReport();
  setCell(r, 'table3', 'newReceived', 'natural', 3);
  setCell(r, 'table3', 'outcomeTotal', 'natural', 2);
  assert.deepEqual(table3Balance.check(r, {}), [
    {
      rule: 'table3-balance',
      severity: 'error',
      status: 'failed',
      report: '000000-shili/2021',
      cells: [
        natural('newReceived', '一、本年新收政府信息公开申请数量'),
        natural('carriedOver', '二、上年结转政府信息公开申请数量'),
        natural('outcomeTotal', '（七）总计'),
        natural('carriedForward', '四、结转下年度继续办理'),
      ],
      left: { label: '一 + 二', value: 3 },
      right: { label: '（七）总计 + 四', value: 2 },
      message:
        '表三「自然人」列：本年新收（3）加上年结转（0）为 3，但办理结果总计（2）加结转下年度（0）为 2，相差 1。',
    },
  ]);
});

test('a column with a not-reported cell cannot be checked, and the finding names that cell', () => {
  const r = makeReport();
  setCell(r, 'table3', 'carriedOver', 'total', null);
  const findings = table3Balance.check(r, {});
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0], {
    rule: 'table3-balance',
    severity: 'notice',
    status: 'unchecked',
    report: '000000-shili/2021',
    cells: [
      {
        table: 'table3',
        row: 'carriedOver',
        column: 'total',
        rowLabel: '二、上年结转政府信息公开申请数量',
        columnLabel: '总计',
      },
    ],
    left: { label: '一 + 二', value: null },
    right: { label: '（七）总计 + 四', value: 0 },
    message:
      '表三「二、上年结转政府信息公开申请数量」行「总计」列未填报，无法核对「总计」列本年新收加上年结转是否等于办理结果总计加结转下年度。',
  });
});
