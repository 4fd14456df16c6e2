import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../checks/index.ts';
import { groupFindings } from './findingGroups.ts';

const finding = (rule: string, status: Finding['status'], report = 'a/2023'): Finding => ({
  rule,
  severity: status === 'failed' ? 'error' : 'notice',
  status,
  report,
  cells: [],
  left: { label: 'l', value: status === 'failed' ? 1 : null },
  right: { label: 'r', value: 2 },
  message: `${rule} ${status}`,
});

test('failed findings group by rule in the order they come; what could not be checked groups by cause after them', () => {
  const findings = [
    finding('table3-balance', 'failed'),
    finding('table4-group-total', 'failed'),
    finding('table3-balance', 'failed'),
    ...Array.from({ length: 35 }, () => finding('table3-row-total', 'unchecked')),
    finding('table3-balance', 'unchecked', 'b/2023'),
  ];
  const groups = groupFindings(
    findings,
    (id) => `title of ${id}`,
    (f) => (f.report === 'b/2023' ? 'unread' : 'blank'),
  );
  assert.deepEqual(
    groups.map((g) => [g.key, g.title, g.failed, g.findings.length]),
    [
      ['table3-balance', 'title of table3-balance', true, 2],
      ['table4-group-total', 'title of table4-group-total', true, 1],
      ['unchecked-blank', '因原文未填报而无法核对', false, 35],
      ['unchecked-unread', '因单元格未读取而无法核对', false, 1],
    ],
  );
});

test('no findings, no groups', () => {
  assert.deepEqual(
    groupFindings([], String, () => undefined),
    [],
  );
});
