import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../scripts/lib/testkit/reports.ts';
import { checkAll, checkReport, describeRule, rules, summarize } from './index.ts';

test('an all-zero report with six parts and a matching period passes every registered rule', () => {
  assert.deepEqual(checkReport(makeReport()), []);
});

test('every issue #5 rule is registered once, each with a Chinese title and description', () => {
  assert.deepEqual(rules.map((r) => r.id).sort(), [
    'carry-over-matches-last-year',
    'documents-in-force-follow-last-year',
    'parts-present-in-order',
    'prose-matches-tables',
    'table3-balance',
    'table3-outcome-total',
    'table3-row-total',
    'table4-group-total',
    'title-year-matches-period',
  ]);
  for (const r of rules) assert.match(`${r.title}${r.description}`, /^[^a-zA-Z]*$/, r.id);
});

test('checkAll gives each report its own agency’s previous year, never another agency’s', () => {
  const a2021 = setCell(makeReport(2021, '111111-a'), 'table3', 'carriedForward', 'natural', 1);
  // Keep 2021 itself balanced: 1 new, carried forward.
  setCell(a2021, 'table3', 'newReceived', 'natural', 1);
  setCell(a2021, 'table3', 'newReceived', 'total', 1);
  setCell(a2021, 'table3', 'carriedForward', 'total', 1);
  const a2022 = makeReport(2022, '111111-a');
  const b2022 = makeReport(2022, '222222-b');
  const result = checkAll([b2022, a2022, a2021]);
  assert.deepEqual(Object.keys(result), ['111111-a/2021', '111111-a/2022', '222222-b/2022']);
  assert.deepEqual(result['111111-a/2021'], []);
  assert.deepEqual(result['222222-b/2022'], []);
  // a2022 says 0 carried over where a2021 carried 1 forward, in 自然人 and in 总计.
  assert.deepEqual(
    result['111111-a/2022']?.map((f) => [
      f.rule,
      f.cells.map((c) => `${c.report ?? 'self'}:${c.row}.${c.column}`),
    ]),
    [
      ['carry-over-matches-last-year', ['self:carriedOver.natural', '111111-a/2021:carriedForward.natural']],
      ['carry-over-matches-last-year', ['self:carriedOver.total', '111111-a/2021:carriedForward.total']],
    ],
  );
});

test('summarize counts failed findings by severity and unchecked ones apart, per rule', () => {
  const r = makeReport();
  setCell(r, 'table3', 'newReceived', 'natural', 1); // breaks balance (自然人) and row total (新收)
  setCell(r, 'table4', 'reconsideration', 'upheld', null); // 行政复议 cannot be checked
  const findings = checkReport(r);
  assert.deepEqual(summarize(findings), {
    findings: 3,
    errors: 2,
    warnings: 0,
    notices: 0,
    unchecked: 1,
    byRule: {
      'table3-balance': { failed: 1, unchecked: 0 },
      'table3-row-total': { failed: 1, unchecked: 0 },
      'table4-group-total': { failed: 0, unchecked: 1 },
    },
  });
});

test('describeRule gives the title and description for the 数据质量 page, and nothing for unknown ids', () => {
  assert.deepEqual(describeRule('table4-group-total'), {
    id: 'table4-group-total',
    title: '表四各类案件总计',
    severity: 'error',
    description:
      '表四的行政复议、未经复议直接起诉、复议后起诉三类案件，各自的「总计」应等于结果维持、结果纠正、其他结果、尚未审结之和。',
  });
  assert.equal(describeRule('no-such-rule'), undefined);
});
