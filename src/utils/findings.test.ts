import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../checks/index.ts';
import { cellAnchor, findingBadge, flaggedCells, sortFindings } from './findings.ts';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'table3-balance',
  severity: 'error',
  status: 'failed',
  report: 'a/2023',
  cells: [],
  left: { label: '一 + 二', value: 1 },
  right: { label: '（七）总计 + 四', value: 2 },
  message: '',
  ...over,
});
const cell = (row: string, column: string, report?: string) => ({
  table: 'table3' as const,
  row,
  column,
  rowLabel: row,
  columnLabel: column,
  ...(report ? { report } : {}),
});

test('errors come first and what could not be checked comes last', () => {
  const list = [
    finding({ severity: 'notice' }),
    finding({ status: 'unchecked', severity: 'notice' }),
    finding({ severity: 'error' }),
    finding({ severity: 'warning' }),
  ];
  assert.deepEqual(sortFindings(list).map(findingBadge), ['错误', '警告', '提示', '无法核对']);
});

test('only failed findings flag cells, and only cells of the report itself', () => {
  const flagged = flaggedCells([
    finding({ cells: [cell('newReceived', 'natural'), cell('carriedForward', 'natural', 'a/2022')] }),
    finding({ status: 'unchecked', cells: [cell('granted', 'total')] }),
  ]);
  assert.deepEqual([...flagged], ['table3.newReceived.natural']);
});

test('cell anchors are plain ids', () => {
  assert.equal(cellAnchor('table3.newReceived.natural'), 'cell-table3-newReceived-natural');
});
