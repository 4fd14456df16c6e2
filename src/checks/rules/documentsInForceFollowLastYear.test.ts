import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { documentsInForceFollowLastYear } from './documentsInForceFollowLastYear.ts';

/** 14 normative documents in force last year; this year none issued, 1 repealed, `inForce` in force. */
function twoYears(inForce: number, before: number | null = 14) {
  const previous = setCell(makeReport(2022), 'table2', 'normativeDocuments', 'inForce', before);
  const report = makeReport(2023);
  setCell(report, 'table2', 'normativeDocuments', 'repealed', 1);
  setCell(report, 'table2', 'normativeDocuments', 'inForce', inForce);
  return { previous, report };
}

test('14 in force, 0 issued, 1 repealed, 13 in force the next year passes', () => {
  const { previous, report } = twoYears(13);
  assert.deepEqual(documentsInForceFollowLastYear.check(report, { previous }), []);
});

test('12 in force where 14 + 0 − 1 = 13 is expected is a notice, not an error', () => {
  const { previous, report } = twoYears(12);
  const findings = documentsInForceFollowLastYear.check(report, { previous });
  assert.equal(findings.length, 1);
  const f = findings[0];
  assert.ok(f);
  assert.equal(f.rule, 'documents-in-force-follow-last-year');
  assert.equal(f.severity, 'notice');
  assert.equal(f.status, 'failed');
  assert.deepEqual(f.left, { label: '本年现行有效件数', value: 12 });
  assert.deepEqual(f.right, { label: '2022 年现行有效 + 本年制发 − 本年废止', value: 13 });
  assert.deepEqual(
    f.cells.map((c) => [c.row, c.column, c.rowLabel, c.columnLabel, c.report]),
    [
      ['normativeDocuments', 'inForce', '行政规范性文件', '现行有效件数', undefined],
      ['normativeDocuments', 'inForce', '行政规范性文件', '现行有效件数', '000000-shili/2022'],
      ['normativeDocuments', 'issued', '行政规范性文件', '本年制发件数', undefined],
      ['normativeDocuments', 'repealed', '行政规范性文件', '本年废止件数', undefined],
    ],
  );
  assert.equal(
    f.message,
    '表二「行政规范性文件」：本年现行有效 12 件，而 2022 年现行有效（14）加本年制发（0）减本年废止（1）为 13 件，相差 1；文件也可能因有效期届满而失效，仅供参考。',
  );
});

test("last year's not-reported 现行有效件数 cannot be checked", () => {
  const { previous, report } = twoYears(13, null);
  const findings = documentsInForceFollowLastYear.check(report, { previous });
  assert.deepEqual(
    findings.map((f) => [f.status, f.cells.map((c) => c.report)]),
    [['unchecked', ['000000-shili/2022']]],
  );
});

test('without last year’s report there is no finding', () => {
  const { report } = twoYears(12);
  assert.deepEqual(documentsInForceFollowLastYear.check(report, {}), []);
});
