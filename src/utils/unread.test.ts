import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zeroReportInput } from '../../scripts/lib/testkit/tables.ts';
import { checkAll, type Finding } from '../checks/index.ts';
import { type ReportData, reportSchema } from '../schemas/report.ts';
import { reportsByAgency } from './collections.ts';
import { missingCause, missingText, reportDataOf, unreadByKey, unreadCells } from './unread.ts';

const notRead = (reason: string) => ({ value: null, unread: reason });

/** 利通区 2023 with 自然人 新收 not read, 商业企业 新收 left blank and 表四 行政复议 维持 not read. */
function report2023(): ReportData {
  const input = zeroReportInput('2021');
  input.table3.newReceived = {
    ...input.table3.newReceived,
    natural: notRead('两个数字连在一起'),
    commercial: '/',
  };
  input.table4.reconsideration = { ...input.table4.reconsideration, upheld: notRead('行被裁断') };
  return reportSchema.parse(input);
}

/** Its 2022 report, whose 结转下年度 自然人 was not read. */
function report2022(): ReportData {
  const input = zeroReportInput('2021');
  input.year = 2022;
  input.title = '利通区司法局2022年政府信息公开工作年度报告';
  input.table3.carriedForward = { ...input.table3.carriedForward, natural: notRead('数字模糊') };
  return reportSchema.parse(input);
}

test('a report’s unread cells with their reasons, in table order; none in a complete report', () => {
  assert.deepEqual(unreadCells(report2023()), [
    { key: 'table3.newReceived.natural', reason: '两个数字连在一起' },
    { key: 'table4.reconsideration.upheld', reason: '行被裁断' },
  ]);
  assert.deepEqual(unreadCells(reportSchema.parse(zeroReportInput('2021'))), []);
  const data = report2023();
  assert.equal(unreadByKey(data), unreadByKey(data), 'worked out once per report');
});

test('a check those cells block could not be checked because they were not read, not because they are blank', () => {
  const reports = [
    { id: '640302-sifaju/2023', data: report2023(), body: '' },
    { id: '640302-sifaju/2022', data: report2022(), body: '' },
  ];
  const dataOf = reportDataOf(reportsByAgency(reports));
  const findings = checkAll(reports);
  const of = (id: string, rule: string, cell: string) =>
    findings[id]?.find(
      (f) => f.rule === rule && f.cells.some((c) => `${c.table}.${c.row}.${c.column}` === cell),
    );
  const cause = (f: Finding | undefined) => (f ? missingCause(f, dataOf) : 'no finding');

  // 自然人 column balance: only the unread cell is missing.
  assert.equal(cause(of('640302-sifaju/2023', 'table3-balance', 'table3.newReceived.natural')), 'unread');
  // 商业企业 column: only the blank one.
  assert.equal(cause(of('640302-sifaju/2023', 'table3-balance', 'table3.newReceived.commercial')), 'blank');
  // The 新收 row total misses both.
  assert.equal(cause(of('640302-sifaju/2023', 'table3-row-total', 'table3.newReceived.natural')), 'both');
  assert.equal(
    cause(of('640302-sifaju/2023', 'table4-group-total', 'table4.reconsideration.upheld')),
    'unread',
  );
  // Across years: the cell not read is in last year's report.
  const carry = of('640302-sifaju/2023', 'carry-over-matches-last-year', 'table3.carriedForward.natural');
  assert.equal(carry?.cells[0]?.report, '640302-sifaju/2022');
  assert.equal(cause(carry), 'unread');
  // The checks' own sentences say the same.
  assert.match(
    of('640302-sifaju/2023', 'table3-balance', 'table3.newReceived.natural')?.message ?? '',
    /未能读取，无法核对/,
  );
  assert.match(
    of('640302-sifaju/2023', 'table3-balance', 'table3.newReceived.commercial')?.message ?? '',
    /未填报，无法核对/,
  );
  assert.match(
    of('640302-sifaju/2023', 'table3-row-total', 'table3.newReceived.natural')?.message ?? '',
    /未填报或未能读取/,
  );
  assert.match(
    carry?.message ?? '',
    /^2022 年报告表三「四、结转下年度继续办理」行「自然人」列未能读取，无法核对/,
  );
  assert.deepEqual(
    ['blank', 'unread', 'both'].map((c) => missingText[c as keyof typeof missingText]),
    ['未填报', '未读取', '未填报或未读取'],
  );
});

test('a finding that was checked has no missing cause', () => {
  const data = report2023();
  const failed: Finding = {
    rule: 'table3-balance',
    severity: 'error',
    status: 'failed',
    report: '640302-sifaju/2023',
    cells: [],
    left: { label: '一 + 二', value: 1 },
    right: { label: '（七）总计 + 四', value: 2 },
    message: '',
  };
  assert.equal(
    missingCause(failed, () => data),
    undefined,
  );
  assert.equal(reportDataOf(new Map())('640302-sifaju/2023'), undefined);
});
