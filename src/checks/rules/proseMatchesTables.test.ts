import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell, sixPartBody } from '../../../scripts/lib/testkit/reports.ts';
import type { RuleInput } from '../types.ts';
import { proseMatchesTables } from './proseMatchesTables.ts';

const withPartOne = (r: RuleInput, prose: string) => {
  r.body = sixPartBody(r.data.year, { 1: prose });
  return r;
};

const seed002 =
  '（二）依申请公开办理情况。2021 年，收到 1 名自然人申请公开政府信息 1 件，已依法按期将我局掌握的信息答复申请\n\n人，不掌握的信息也告知其申请渠道，无因政府信息公开导致行政复议、行政诉讼案件。';

test('prose stating 1 application from a natural person and no cases agrees with tables that say so', () => {
  const r = withPartOne(makeReport(), seed002);
  setCell(r, 'table3', 'newReceived', 'natural', 1);
  setCell(r, 'table3', 'newReceived', 'total', 1);
  assert.deepEqual(proseMatchesTables.check(r, {}), []);
});

test('prose stating no reconsideration cases against a table 四 with 1 is a warning quoting the words', () => {
  const r = withPartOne(makeReport(), seed002);
  setCell(r, 'table3', 'newReceived', 'natural', 1);
  setCell(r, 'table3', 'newReceived', 'total', 1);
  setCell(r, 'table4', 'reconsideration', 'total', 1);
  const findings = proseMatchesTables.check(r, {});
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0], {
    rule: 'prose-matches-tables',
    severity: 'warning',
    status: 'failed',
    report: '000000-shili/2021',
    cells: [
      { table: 'table4', row: 'reconsideration', column: 'total', rowLabel: '行政复议', columnLabel: '总计' },
    ],
    left: { label: '正文所述', value: 0 },
    right: { label: '表四行政复议总计', value: 1 },
    message: '正文写「无因政府信息公开导致行政复议、行政诉讼」，即 0 件，但表四行政复议总计为 1，相差 1。',
    details:
      '2021年，收到1名自然人申请公开政府信息1件，已依法按期将我局掌握的信息答复申请人，不掌握的信息也告知其申请渠道，无因政府信息公开导致行政复议、行政诉讼案件',
    phrase: '无因政府信息公开导致行政复议、行政诉讼',
  });
});

test('"收到 1 名自然人…1 件" is compared with the 自然人 column, not 总计', () => {
  const r = withPartOne(makeReport(), seed002);
  setCell(r, 'table3', 'newReceived', 'commercial', 1);
  setCell(r, 'table3', 'newReceived', 'total', 1);
  const findings = proseMatchesTables.check(r, {});
  assert.deepEqual(
    findings.map((f) => [f.cells.map((c) => `${c.row}.${c.column}`), f.left.value, f.right.value]),
    [[['newReceived.natural'], 1, 0]],
  );
});

test('"未收到政府信息公开申请" against 2 new applications is a warning on 新收 总计', () => {
  const r = withPartOne(makeReport(), '2021年，我局未收到政府信息公开申请。');
  setCell(r, 'table3', 'newReceived', 'total', 2);
  const [f, ...rest] = proseMatchesTables.check(r, {});
  assert.deepEqual(rest, []);
  assert.deepEqual(
    f?.cells.map((c) => [c.rowLabel, c.columnLabel]),
    [['一、本年新收政府信息公开申请数量', '总计']],
  );
  assert.deepEqual([f?.left.value, f?.right.value], [0, 2]);
  assert.equal(f?.message, '正文写「未收到政府信息公开申请」，即 0 件，但表三本年新收申请总计为 2，相差 2。');
});

test('4 reconsideration cases in prose agree with 表四 行政复议 总计 4 and disagree with 3', () => {
  const prose = '我局行政复议机关收到因政府信息公开申请引起的行政复议案件4件。';
  const r = withPartOne(makeReport(), prose);
  setCell(r, 'table4', 'reconsideration', 'total', 4);
  assert.deepEqual(proseMatchesTables.check(r, {}), []);
  setCell(r, 'table4', 'reconsideration', 'total', 3);
  assert.deepEqual(
    proseMatchesTables.check(r, {}).map((f) => [f.rule, f.severity, f.left.value, f.right.value]),
    [['prose-matches-tables', 'warning', 4, 3]],
  );
});

test('lawsuits in prose are compared with both kinds of 行政诉讼 together', () => {
  const r = withPartOne(makeReport(), '因政府信息公开被提起行政诉讼案件 2 起。');
  setCell(r, 'table4', 'litigationDirect', 'total', 1);
  setCell(r, 'table4', 'litigationAfterReconsideration', 'total', 1);
  assert.deepEqual(proseMatchesTables.check(r, {}), []);
  setCell(r, 'table4', 'litigationAfterReconsideration', 'total', 0);
  const [f] = proseMatchesTables.check(r, {});
  assert.deepEqual([f?.cells.length, f?.left.value, f?.right.value], [2, 2, 1]);
});

test('a stated total that includes last year’s carry-over is not a contradiction', () => {
  const r = withPartOne(makeReport(), '本年共收到政府信息公开申请 5 件。');
  setCell(r, 'table3', 'newReceived', 'total', 4);
  setCell(r, 'table3', 'carriedOver', 'total', 1);
  assert.deepEqual(proseMatchesTables.check(r, {}), []);
});

test('"未收取信息处理费" is not compared with 行政事业性收费, which is another quantity', () => {
  const r = withPartOne(makeReport(), '本机关2021年未收取信息处理费。');
  setCell(r, 'table2', 'fees', 'amount', 3.5);
  assert.deepEqual(proseMatchesTables.check(r, {}), []);
});

test('"行政复议 7条" of published items is not flagged whatever table 四 says', () => {
  const r = withPartOne(makeReport(), '主动公开政府信息 15条，其中，法治政府建设报告 1条、行政复议 7条。');
  setCell(r, 'table4', 'reconsideration', 'total', 2);
  assert.deepEqual(proseMatchesTables.check(r, {}), []);
});

test('a stated figure against a not-reported cell cannot be checked', () => {
  const r = withPartOne(makeReport(), '2021年，我局未收到政府信息公开申请。');
  setCell(r, 'table3', 'newReceived', 'total', null);
  const findings = proseMatchesTables.check(r, {});
  assert.deepEqual(
    findings.map((f) => [f.status, f.severity, f.left.value, f.right.value]),
    [['unchecked', 'notice', 0, null]],
  );
});

test('the same figure stated twice gives one finding', () => {
  const r = withPartOne(makeReport(), '我局未收到政府信息公开申请。本机关未收到依申请公开申请。');
  setCell(r, 'table3', 'newReceived', 'total', 1);
  assert.equal(proseMatchesTables.check(r, {}).length, 1);
});
