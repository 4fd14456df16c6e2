/**
 * The five real reports (shared/seeds, imported into content/) against every rule. Their own numbers
 * all agree, so each must check clean; the prose and structure tests below show the rules actually
 * read them rather than passing for want of input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContent } from '../../scripts/lib/content.ts';
import { setCell } from '../../scripts/lib/testkit/reports.ts';
import { partHeadings } from './body.ts';
import { checkAll } from './index.ts';
import { statedFigures } from './prose.ts';
import { periodYears } from './rules/titleYearMatchesPeriod.ts';

const content = await loadContent();
const byId = new Map(content.reports.map((r) => [r.id, r]));
const seed = (id: string) => {
  const r = byId.get(id);
  assert.ok(r, `content/reports/${id}.md is missing or invalid`);
  return r;
};

const seeds = [
  '410307-sifaju/2023', // 004 偃师区: no preamble, so no statistics period
  '640302-sifaju/2022', // 001 利通区: truncated heading 三、收到和处理政府信息公开
  '640302-sifaju/2023', // 000 利通区: "行政复议 7条" of published items
  '640303-sifaju/2024', // 003 红寺堡区: 4 reconsideration cases, in prose and table
  '640500-sifaju/2023', // 002 中卫市: 1 application from a natural person
];

test('the content loads without schema errors and holds the five seed reports', () => {
  assert.deepEqual(content.errors, []);
  for (const id of seeds) seed(id);
});

test('none of the five seeds has a finding: their numbers agree within, across years and with their prose', () => {
  const findings = checkAll(content.reports, content.agencies);
  for (const id of seeds) assert.deepEqual(findings[id], [], id);
});

test('every seed body has the six parts in order, 001’s truncated heading included', () => {
  for (const id of seeds)
    assert.deepEqual(
      partHeadings(seed(id).body).map((h) => h.number),
      [1, 2, 3, 4, 5, 6],
      id,
    );
});

test('the statistics period is read from every seed that states one, and 偃师区 states none', () => {
  for (const id of seeds) {
    const r = seed(id);
    assert.deepEqual(periodYears(r.body), id.startsWith('410307') ? [] : [r.data.year], id);
  }
});

test('the figures each seed’s prose states are read, and agree with its tables', () => {
  const read = (id: string) =>
    statedFigures(seed(id).body, seed(id).data.year).map((f) => [f.quantity, f.value]);
  assert.deepEqual(read('640302-sifaju/2023'), [['applications', 0]]);
  // 001 says so twice: in 一（二）依申请公开 and in 六 2. beside the 信息处理费.
  assert.deepEqual(read('640302-sifaju/2022'), [
    ['applications', 0],
    ['applications', 0],
  ]);
  assert.deepEqual(read('640500-sifaju/2023'), [
    ['applicationsNatural', 1],
    ['reconsideration', 0],
    ['litigation', 0],
  ]);
  assert.deepEqual(read('640303-sifaju/2024'), [
    ['applications', 0],
    ['reconsideration', 4],
  ]);
  assert.deepEqual(read('410307-sifaju/2023'), [['applications', 0]]);
});

test('利通区 2023 is checked against 利通区 2022: the carry-over agrees, and a changed 2022 figure is caught', () => {
  const last = seed('640302-sifaju/2022');
  const now = seed('640302-sifaju/2023');
  // Both reports print all zeros in 结转下年度 (2022) and 上年结转 (2023).
  assert.deepEqual(last.data.table3.carriedForward, now.data.table3.carriedOver);
  assert.deepEqual(checkAll([last, now])['640302-sifaju/2023'], []);

  const altered = setCell(structuredClone(last), 'table3', 'carriedForward', 'natural', 1);
  const findings = checkAll([altered, now])['640302-sifaju/2023'] ?? [];
  assert.deepEqual(
    findings.map((f) => [f.rule, f.left.value, f.right.value, f.cells.map((c) => c.report ?? now.id)]),
    [['carry-over-matches-last-year', 0, 1, ['640302-sifaju/2023', '640302-sifaju/2022']]],
  );
});
