import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { table4GroupTotal } from './table4GroupTotal.ts';

test('one case of each result and a total of 4 passes (as 红寺堡区 2024 prints)', () => {
  const r = makeReport();
  for (const column of ['upheld', 'corrected', 'other', 'pending'])
    setCell(r, 'table4', 'reconsideration', column, 1);
  setCell(r, 'table4', 'reconsideration', 'total', 4);
  assert.deepEqual(table4GroupTotal.check(r, {}), []);
});

test('2 upheld lawsuits after reconsideration with a total of 1 is an error naming the group', () => {
  const r = makeReport();
  setCell(r, 'table4', 'litigationAfterReconsideration', 'upheld', 2);
  setCell(r, 'table4', 'litigationAfterReconsideration', 'total', 1);
  const cell = (column: string, columnLabel: string) => ({
    table: 'table4',
    row: 'litigationAfterReconsideration',
    column,
    rowLabel: '行政诉讼·复议后起诉',
    columnLabel,
  });
  assert.deepEqual(table4GroupTotal.check(r, {}), [
    {
      rule: 'table4-group-total',
      severity: 'error',
      status: 'failed',
      report: '000000-shili/2021',
      cells: [
        cell('total', '总计'),
        cell('upheld', '结果维持'),
        cell('corrected', '结果纠正'),
        cell('other', '其他结果'),
        cell('pending', '尚未审结'),
      ],
      left: { label: '总计', value: 1 },
      right: { label: '结果维持 + 结果纠正 + 其他结果 + 尚未审结', value: 2 },
      message:
        '表四「行政诉讼·复议后起诉」：总计为 1，但结果维持、结果纠正、其他结果、尚未审结相加为 2，相差 1。',
    },
  ]);
});

test('a not-reported 总计 cannot be checked', () => {
  const r = makeReport();
  setCell(r, 'table4', 'reconsideration', 'total', null);
  const findings = table4GroupTotal.check(r, {});
  assert.deepEqual(
    findings.map((f) => [f.status, f.cells[0]?.rowLabel, f.left.value, f.right.value]),
    [['unchecked', '行政复议', null, 0]],
  );
});
