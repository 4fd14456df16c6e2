import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { table3OutcomeTotal } from './table3OutcomeTotal.ts';

test('（七）总计 equal to granted plus a denial passes', () => {
  const r = makeReport();
  setCell(r, 'table3', 'granted', 'natural', 1);
  setCell(r, 'table3', 'deniedStateSecret', 'natural', 1);
  setCell(r, 'table3', 'outcomeTotal', 'natural', 2);
  assert.deepEqual(table3OutcomeTotal.check(r, {}), []);
});

test('an outcome under （六）3.其他 left out of （七）总计 is an error over the total and the 21 outcome rows it sums', () => {
  const r = makeReport();
  setCell(r, 'table3', 'otherOther', 'research', 1);
  const [finding, ...rest] = table3OutcomeTotal.check(r, {});
  assert.deepEqual(rest, []);
  assert.ok(finding);
  assert.equal(finding.rule, 'table3-outcome-total');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.status, 'failed');
  assert.deepEqual(finding.left, { label: '（七）总计', value: 0 });
  assert.deepEqual(finding.right, { label: '（一）至（六）各项之和', value: 1 });
  // （一）（二）, 8 不予公开, 3 无法提供, 5 不予处理, 3 其他处理 = 21 rows, plus （七）总计 itself.
  assert.equal(finding.cells.length, 22);
  assert.deepEqual(finding.cells[0], {
    table: 'table3',
    row: 'outcomeTotal',
    column: 'research',
    rowLabel: '（七）总计',
    columnLabel: '科研机构',
  });
  assert.ok(finding.cells.some((c) => c.row === 'otherOther' && c.rowLabel === '（六）其他处理 3.其他'));
  assert.ok(!finding.cells.some((c) => ['newReceived', 'carriedOver', 'carriedForward'].includes(c.row)));
  assert.equal(finding.message, '表三「科研机构」列：办理结果总计为 0，但各项办理结果相加为 1，相差 1。');
});

test('a not-reported outcome cell makes that column unchecked, naming the reason with its group', () => {
  const r = makeReport();
  setCell(r, 'table3', 'deniedInquiry', 'commercial', null);
  const findings = table3OutcomeTotal.check(r, {});
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.status, 'unchecked');
  assert.equal(findings[0]?.severity, 'notice');
  assert.deepEqual(findings[0]?.cells, [
    {
      table: 'table3',
      row: 'deniedInquiry',
      column: 'commercial',
      rowLabel: '（三）不予公开 8.属于行政查询事项',
      columnLabel: '商业企业',
    },
  ]);
  assert.deepEqual(findings[0]?.right, { label: '（一）至（六）各项之和', value: null });
});
