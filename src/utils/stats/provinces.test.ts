import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportWith } from '../../../tests/lib/seedReports.ts';
import type { Agency } from '../../schemas/agency.ts';
import { provincesOf, reportsByProvince } from '../provinces.ts';
import { coverage, perRegion } from './groups.ts';
import { coverageOf, provinceStats, provincesInYear } from './provinces.ts';

const agency = (id: string, name: string, province: string, code: string, city?: string) => ({
  id,
  data: {
    name,
    shortName: name,
    kind: '司法局',
    level: 'county',
    region: { province, city, code },
  } as Agency,
});
const report = (agencyId: string, year: number) => reportWith(`${agencyId}/${year}`, {});

const agencies = [
  agency('640302-sifaju', '利通区司法局', '宁夏回族自治区', '640302', '吴忠市'),
  agency('640500-sifaju', '中卫市司法局', '宁夏回族自治区', '640500', '中卫市'),
  agency('410307-sifaju', '偃师区司法局', '河南省', '410307', '洛阳市'),
  agency('410000-sifating', '河南省司法厅', '河南省', '410000'),
];
const reports = [
  report('640302-sifaju', 2022),
  report('640302-sifaju', 2023),
  report('640500-sifaju', 2023),
  report('410307-sifaju', 2023),
];
const provinces = provincesOf(agencies);
const all = coverage(reports, agencies);
const stats = provinceStats(
  provinces,
  reportsByProvince(reports, provinces),
  perRegion(reports, agencies),
  all,
);

test('each agency × year cell of the coverage lands in exactly one province, with every year kept', () => {
  const cells = (list: typeof all) =>
    list.flatMap((c) => [
      ...c.with.map((id) => `${id} ${c.year} 有`),
      ...c.without.map((id) => `${id} ${c.year} 无`),
    ]);
  const split = stats.flatMap((p) => cells(p.coverage));
  assert.deepEqual(split.sort(), cells(all).sort());
  for (const p of stats)
    assert.deepEqual(
      p.coverage.map((c) => c.year),
      [2022, 2023],
    );
  const henan = stats.find((p) => p.province.code === '410000');
  assert.deepEqual(henan?.coverage[0], {
    year: 2022,
    with: [],
    without: ['410000-sifating', '410307-sifaju'],
  });
  assert.deepEqual(coverageOf(all, []), [
    { year: 2022, with: [], without: [] },
    { year: 2023, with: [], without: [] },
  ]);
});

test('a province’s years and regions are its own reports’ only', () => {
  const ningxia = stats.find((p) => p.province.code === '640000');
  assert.deepEqual(
    ningxia?.years.map((y) => [y.year, y.reportIds]),
    [
      [2022, ['640302-sifaju/2022']],
      [2023, ['640302-sifaju/2023', '640500-sifaju/2023']],
    ],
  );
  assert.deepEqual(
    ningxia?.regions.map((r) => r.region),
    ['宁夏回族自治区 吴忠市', '宁夏回族自治区 中卫市'],
  );
  const henan = stats.find((p) => p.province.code === '410000');
  assert.deepEqual(
    henan?.regions.map((r) => r.region),
    ['河南省', '河南省 洛阳市'],
  );
});

test('one year across provinces: the summary of each that has reports, and those that have none', () => {
  const in2022 = provincesInYear(stats, 2022);
  assert.deepEqual(
    in2022.present.map((p) => [p.province.name, p.summary.reports]),
    [['宁夏回族自治区', 1]],
  );
  assert.deepEqual(
    in2022.absent.map((p) => p.name),
    ['河南省'],
  );
  assert.deepEqual(
    provincesInYear(stats, 2023).present.map((p) => [p.province.code, p.summary.reports]),
    [
      ['410000', 1],
      ['640000', 2],
    ],
  );
});
