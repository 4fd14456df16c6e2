import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agency } from '../schemas/agency.ts';
import type { ReportData } from '../schemas/report.ts';
import {
  agenciesByRegion,
  latestReports,
  regionLine,
  reportsByAgency,
  reportsByYear,
} from './collections.ts';

const agency = (id: string, name: string, province: string, city?: string) => ({
  id,
  data: {
    name,
    shortName: name,
    kind: '司法局',
    level: 'county',
    region: { province, city, code: '000000' },
  } as Agency,
});
const report = (agencyId: string, year: number) => ({
  id: `${agencyId}/${year}`,
  data: { agency: agencyId, year } as ReportData,
});

const agencies = [
  agency('b', '中卫市司法局', '宁夏回族自治区', '中卫市'),
  agency('a', '利通区司法局', '宁夏回族自治区', '吴忠市'),
  agency('c', '偃师区司法局', '河南省', '洛阳市'),
  agency('d', '河南省司法厅', '河南省'),
];
const reports = [report('a', 2022), report('b', 2023), report('a', 2023), report('c', 2023)];

test('reports by agency are newest first', () => {
  assert.deepEqual(
    reportsByAgency(reports)
      .get('a')
      ?.map((r) => r.data.year),
    [2023, 2022],
  );
});

test('reports by year: years newest first, agencies in Chinese order within a year', () => {
  const names = new Map(agencies.map((a) => [a.id, a.data.name]));
  const byYear = reportsByYear(reports, (id) => names.get(id) ?? id);
  assert.deepEqual([...byYear.keys()], [2023, 2022]);
  assert.deepEqual(
    byYear.get(2023)?.map((r) => r.data.agency),
    ['a', 'c', 'b'],
  );
});

test('agencies group by province then city; a provincial agency sits under 省级机关', () => {
  const groups = agenciesByRegion(agencies);
  assert.deepEqual(
    groups.map((p) => [p.province, p.cities.map((c) => [c.city, c.agencies.map((a) => a.id)])]),
    [
      [
        '河南省',
        [
          ['洛阳市', ['c']],
          ['省级机关', ['d']],
        ],
      ],
      [
        '宁夏回族自治区',
        [
          ['吴忠市', ['a']],
          ['中卫市', ['b']],
        ],
      ],
    ],
  );
});

test('region line and latest reports', () => {
  assert.equal(regionLine(agencies[0]?.data as Agency), '宁夏回族自治区 中卫市');
  assert.deepEqual(
    latestReports(reports, 2).map((r) => r.id),
    ['a/2023', 'b/2023'],
  );
});
