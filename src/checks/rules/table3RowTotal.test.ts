import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { table3RowTotal } from './table3RowTotal.ts';

test('a row whose 总计 is the sum of its applicant columns passes', () => {
  const r = makeReport();
  setCell(r, 'table3', 'granted', 'natural', 2);
  setCell(r, 'table3', 'granted', 'legalService', 1);
  setCell(r, 'table3', 'granted', 'total', 3);
  assert.deepEqual(table3RowTotal.check(r, {}), []);
});

test('an applicant counted in 其他 but not in 总计 is an error over that row', () => {
  const r = makeReport();
  setCell(r, 'table3', 'carriedForward', 'other', 1);
  const findings = table3RowTotal.check(r, {});
  assert.equal(findings.length, 1);
  const f = findings[0];
  assert.ok(f);
  assert.equal(f.rule, 'table3-row-total');
  assert.equal(f.severity, 'error');
  assert.equal(f.status, 'failed');
  assert.deepEqual(f.left, { label: '总计', value: 0 });
  assert.deepEqual(f.right, { label: '六类申请人之和', value: 1 });
  assert.deepEqual(
    f.cells.map((c) => c.columnLabel),
    ['总计', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
  );
  assert.ok(f.cells.every((c) => c.row === 'carriedForward' && c.rowLabel === '四、结转下年度继续办理'));
  assert.equal(f.message, '表三「四、结转下年度继续办理」行：总计为 0，但各类申请人相加为 1，相差 1。');
});

test('a row with a not-reported applicant cell cannot be checked', () => {
  const r = makeReport();
  setCell(r, 'table3', 'newReceived', 'publicInterest', null);
  const findings = table3RowTotal.check(r, {});
  assert.deepEqual(
    findings.map((f) => [f.status, f.severity, f.cells.map((c) => `${c.row}.${c.column}`), f.right.value]),
    [['unchecked', 'notice', ['newReceived.publicInterest'], null]],
  );
});
