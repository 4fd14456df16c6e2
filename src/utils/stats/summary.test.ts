import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedAgencies, seedReports } from '../../../tests/lib/seedReports.ts';
import { formatBase, formatRate } from './format.ts';
import { coverage, perAgency, perRegion, perYear } from './groups.ts';
import { type Summary, summarize } from './summary.ts';

// Expected numbers worked out by hand from the seed texts (tests/fixtures/seedNumbers.ts):
// 中卫 2023 has the only application (1, 部分公开) and table 二's 1 / 13 / 74;
// 红寺堡 2024 has the only reconsiderations (维持 1, 纠正 1, 其他 1, 尚未审结 1, 总计 4); the rest is 0.
const reports = seedReports();
const years = perYear(reports);
const year = (y: number) => years.find((s) => s.year === y)?.summary as Summary;
const outcome = (s: Summary, key: string) => s.outcomes.find((o) => o.measure.key === key)?.sum.value;
const t2 = (s: Summary, key: string) => s.table2.find((m) => m.measure.key === key)?.sum.value;

describe('per year across all agencies', () => {
  test('years ascend and name the reports summed', () => {
    assert.deepEqual(
      years.map((y) => [y.year, y.reportIds]),
      [
        [2022, ['640302-sifaju/2022']],
        [2023, ['410307-sifaju/2023', '640302-sifaju/2023', '640500-sifaju/2023']],
        [2024, ['640303-sifaju/2024']],
      ],
    );
  });

  test('2023: one new application, one 部分公开, 公开率 100% of N = 1', () => {
    const s = year(2023);
    assert.equal(s.newReceived.sum.value, 1);
    assert.deepEqual(s.newReceived.sum, { value: 1, reported: 3, partial: 0, of: 3 });
    assert.equal(s.carriedOver.sum.value, 0);
    assert.equal(outcome(s, 'granted'), 0);
    assert.equal(outcome(s, 'partiallyGranted'), 1);
    assert.equal(outcome(s, 'denied'), 0);
    assert.equal(s.outcomeTotal.sum.value, 1);
    assert.equal(formatRate(s.disclosureRate), '100.0%');
    assert.equal(formatBase(s.disclosureRate), '按 1 件计算');
    assert.deepEqual(
      s.applicants.map((a) => [a.measure.label, a.sum.value]),
      [
        ['自然人', 1],
        ['商业企业', 0],
        ['科研机构', 0],
        ['社会公益组织', 0],
        ['法律服务机构', 0],
        ['其他', 0],
      ],
    );
    assert.equal(t2(s, 'table2.normativeDocuments.repealed'), 1);
    assert.equal(t2(s, 'table2.normativeDocuments.inForce'), 13);
    assert.equal(t2(s, 'table2.licensing.decisions'), 74);
    assert.equal(t2(s, 'table2.fees.amount'), 0);
  });

  test('2024: reconsideration 4 cases, 纠错率 = 1 / (1 + 1 + 1) = 33.3% of N = 3', () => {
    const review = year(2024).review.find((r) => r.key === 'reconsideration');
    assert.deepEqual(
      review?.results.map((r) => [r.measure.label, r.sum.value]),
      [
        ['结果维持', 1],
        ['结果纠正', 1],
        ['其他结果', 1],
        ['尚未审结', 1],
        ['总计', 4],
      ],
    );
    assert.equal(formatRate(review?.correctionRate as Summary['disclosureRate']), '33.3%');
    assert.equal(review?.correctionRate.base, 3);
  });

  test('rates with N = 0 read “—”: 2022 and 2024 had no handled applications, no year any lawsuit', () => {
    assert.equal(formatRate(year(2022).disclosureRate), '—');
    assert.equal(formatRate(year(2024).disclosureRate), '—');
    for (const y of years)
      for (const r of y.summary.review.filter((g) => g.key !== 'reconsideration' || y.year !== 2024))
        assert.equal(formatRate(r.correctionRate), '—', `${y.year} ${r.key}`);
  });

  test('the outcome categories are the form’s six, 不予公开 with its 8 reasons', () => {
    const s = year(2023);
    assert.deepEqual(
      s.outcomes.map((o) => [o.measure.label, o.reasons.length]),
      [
        ['予以公开', 0],
        ['部分公开', 0],
        ['不予公开', 8],
        ['无法提供', 3],
        ['不予处理', 5],
        ['其他处理', 3],
      ],
    );
  });
});

test('per agency across years: 利通区 2022 and 2023, all zero', () => {
  const s = perAgency(reports, '640302-sifaju');
  assert.deepEqual(
    s.map((y) => [y.year, y.summary.newReceived.sum.value, formatRate(y.summary.disclosureRate)]),
    [
      [2022, 0, '—'],
      [2023, 0, '—'],
    ],
  );
});

test('all five reports together', () => {
  const s = summarize(reports.map((r) => r.data));
  assert.equal(s.reports, 5);
  assert.equal(s.newReceived.sum.value, 1);
  assert.equal(s.review[0]?.results[4]?.sum.value, 4);
  assert.equal(formatRate(s.disclosureRate), '100.0%');
  assert.equal(formatRate(s.review[0]?.correctionRate as Summary['disclosureRate']), '33.3%');
});

test('per region: 吴忠市 holds 利通区 and 红寺堡区 over three years', () => {
  const regions = perRegion(reports, seedAgencies());
  assert.deepEqual(
    regions.map((r) => [r.region, r.agencyIds, r.years.map((y) => y.year)]),
    [
      ['河南省 洛阳市', ['410307-sifaju'], [2023]],
      ['宁夏回族自治区 吴忠市', ['640302-sifaju', '640303-sifaju'], [2022, 2023, 2024]],
      ['宁夏回族自治区 中卫市', ['640500-sifaju'], [2023]],
    ],
  );
  const wuzhong2024 = regions[1]?.years[2]?.summary;
  assert.equal(wuzhong2024?.review[0]?.results[4]?.sum.value, 4);
});

test('coverage: which agencies have a report each year, and which do not', () => {
  assert.deepEqual(coverage(reports, seedAgencies()), [
    { year: 2022, with: ['640302-sifaju'], without: ['410307-sifaju', '640303-sifaju', '640500-sifaju'] },
    {
      year: 2023,
      with: ['410307-sifaju', '640302-sifaju', '640500-sifaju'],
      without: ['640303-sifaju'],
    },
    { year: 2024, with: ['640303-sifaju'], without: ['410307-sifaju', '640302-sifaju', '640500-sifaju'] },
  ]);
});
