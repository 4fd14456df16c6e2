import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWith } from '../../../tests/lib/seedReports.ts';
import { portalCharts } from '../charts/sets.ts';
import { perYear } from './groups.ts';
import { rankingMeasures } from './rankings.ts';
import {
  changeText,
  latestYearPair,
  pairedValue,
  pairedValues,
  sameAgencySentence,
  yearPair,
} from './sameAgencies.ts';

const measure = (key: string) =>
  rankingMeasures().find((m) => m.key === key) as ReturnType<typeof rankingMeasures>[number];
const t3 = (newReceived: number | null, granted = 0, total = 0) => ({
  'table3.newReceived.total': newReceived,
  'table3.granted.total': granted,
  'table3.outcomeTotal.total': total,
});

// 甲 reports both years (10 → 15 new applications); 乙 only 2024 (1,000); 丙 only 2023 (500);
// 丁 both years (7 in 2023) but left 2024's 新收 blank. The naive sums are 517 (2023) and 1,015 (2024): “多498件”.
// Over the same agencies that reported 新收 both years — 甲 alone — it is 10 → 15: 多5件.
const reports = [
  reportWith('a-jia/2023', t3(10, 8, 10)),
  reportWith('a-jia/2024', t3(15, 6, 15)),
  reportWith('b-yi/2024', t3(1000, 1000, 1000)),
  reportWith('c-bing/2023', t3(500, 0, 500)),
  reportWith('d-ding/2023', t3(7, 7, 7)),
  reportWith('d-ding/2024', t3(null, 5, 5)),
];

test('the pair: agencies with a report each year, and with both', () => {
  const pair = latestYearPair(reports);
  assert.ok(pair);
  assert.equal(pair.year, 2024);
  assert.equal(pair.previous, 2023);
  assert.deepEqual(pair.coverage, { year: 3, previous: 3, both: 2 });
  assert.deepEqual(
    pair.pairs.map((p) => p.agency),
    ['a-jia', 'd-ding'],
  );
  assert.equal(latestYearPair(reports.filter((r) => r.data.year === 2024)), undefined);
});

test('a sum compares only agencies that reported it in both years; the naive sums would differ', () => {
  const naive = perYear(reports).map((y) => y.summary.newReceived.sum.value);
  assert.deepEqual(naive, [517, 1015], 'the sums over each year’s own agencies');
  const v = pairedValue(yearPair(reports, 2024, 2023), measure('new-received'));
  assert.deepEqual([v.agencies, v.before.numerator, v.now.numerator], [1, 10, 15]);
  assert.equal(changeText(v), '多5件');
});

test('a rate over the same agencies is their summed numerators over summed denominators, never an average', () => {
  // 公开率: 甲 8/10 → 6/15 and 丁 7/7 → 5/5 (丁's 新收 blank does not matter here): (8 + 7)/(10 + 7) → (6 + 5)/(15 + 5).
  const v = pairedValue(yearPair(reports, 2024, 2023), measure('disclosure-rate'));
  assert.deepEqual(
    [v.agencies, v.before, v.now],
    [2, { numerator: 15, denominator: 17 }, { numerator: 11, denominator: 20 }],
  );
  assert.equal(changeText(v), '下降33.2个百分点');
  assert.equal(pairedValues(yearPair(reports, 2024, 2023)).length, rankingMeasures().length);
});

test('the year-over-year sentence says who was compared, with the coverage beside it', () => {
  const pair = yearPair(reports, 2024, 2023);
  assert.equal(
    sameAgencySentence(pair, measure('new-received')),
    '在2023年和2024年都有报告、且两年都填报了本年新收的1个机关中，本年新收比2023年多5件（10件→15件）；2023年有报告的机关3个，2024年3个，两年都有的2个。',
  );
  const none = yearPair(reports, 2024, 2023);
  none.pairs = [];
  none.coverage = { ...none.coverage, both: 0 };
  assert.equal(
    sameAgencySentence(none, measure('new-received')),
    '2023年和2024年没有同一机关都有报告，不作比较（2023年有报告的机关3个，2024年3个，两年都有的0个）。',
  );
});

test('the 统计 chart’s takeaway uses the same agencies only, not the naive 多498件', () => {
  const [applications] = portalCharts(perYear(reports), latestYearPair(reports));
  assert.equal(
    applications?.takeaway,
    '2024年3份报告合计新收政府信息公开申请1,015件。在2023年和2024年都有报告、且两年都填报了本年新收的1个机关中，本年新收比2023年多5件（10件→15件）；2023年有报告的机关3个，2024年3个，两年都有的2个。',
  );
  assert.doesNotMatch(applications?.takeaway ?? '', /498|505/);
  // An agency's own chart (no pair) still says its change directly.
  const [own] = portalCharts(perYear(reports.filter((r) => r.data.agency === 'a-jia')));
  assert.equal(own?.takeaway, '2024年新收政府信息公开申请15件，比2023年多5件。');
});
