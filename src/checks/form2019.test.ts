/** The checks on reports in the 2019 form: their own rows, and across a 2020 → 2021 pair of years. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../scripts/lib/testkit/reports.ts';
import { checkReport } from './index.ts';
import { carryOverMatchesLastYear } from './rules/carryOverMatchesLastYear.ts';
import { documentsInForceFollowLastYear } from './rules/documentsInForceFollowLastYear.ts';
import { table3OutcomeTotal } from './rules/table3OutcomeTotal.ts';
import { table3RowTotal } from './rules/table3RowTotal.ts';

test('an all-zero 2019-form report passes every rule', () => {
  const r = makeReport(2020);
  assert.equal(r.data.format, '2019');
  assert.deepEqual(checkReport(r), []);
});

test('（七）总计 sums the 2019 form’s own 19 outcome rows, （六）其他处理 a row of them', () => {
  const r = makeReport(2020);
  setCell(r, 'table3', 'otherHandling', 'natural', 2);
  setCell(r, 'table3', 'outcomeTotal', 'natural', 2);
  assert.deepEqual(table3OutcomeTotal.check(r, {}), []);
  setCell(r, 'table3', 'outcomeTotal', 'natural', 1);
  const [finding] = table3OutcomeTotal.check(r, {});
  assert.equal(finding?.cells.length, 20, '19 outcome rows and （七）总计');
  assert.ok(finding?.cells.some((c) => c.row === 'otherHandling' && c.rowLabel === '（六）其他处理'));
});

test('each of the 23 rows’ 总计 is checked against its applicants', () => {
  const r = makeReport(2020);
  setCell(r, 'table3', 'otherHandling', 'total', 3);
  assert.deepEqual(
    table3RowTotal.check(r, {}).map((f) => f.cells[0]?.row),
    ['otherHandling'],
  );
});

test('across forms: 2021’s 上年结转 is still compared with 2020’s 结转下年度继续办理', () => {
  const previous = setCell(makeReport(2020), 'table3', 'carriedForward', 'natural', 3);
  const report = setCell(makeReport(2021), 'table3', 'carriedOver', 'natural', 2);
  const [finding] = carryOverMatchesLastYear.check(report, { previous });
  assert.equal(finding?.status, 'failed');
  assert.equal(finding?.right.value, 3);
});

test('across forms: 现行有效件数 is not followed from a 2019-form year, which has none', () => {
  const previous = makeReport(2020);
  const report = setCell(makeReport(2021), 'table2', 'normativeDocuments', 'inForce', 40);
  assert.deepEqual(documentsInForceFollowLastYear.check(report, { previous }), []);
  assert.deepEqual(
    documentsInForceFollowLastYear.check(makeReport(2020), { previous: makeReport(2019) }),
    [],
  );
});
