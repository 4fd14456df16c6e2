import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agency } from '../schemas/agency.ts';
import {
  coverageOf,
  fullName,
  gapsOf,
  placesOf,
  regionTree,
  regionView,
  seatOf,
  seatsOf,
} from './regions.ts';

const agency = (id: string, name: string, region: Agency['region'], kind = '司法局') => ({
  id,
  data: { name, shortName: name, kind, level: 'county' as const, region },
});

const agencies = [
  agency('640302-sifaju', '吴忠市利通区司法局', {
    province: '宁夏回族自治区',
    city: '吴忠市',
    county: '利通区',
    code: '640302',
  }),
  agency('640303-sifaju', '吴忠市红寺堡区司法局', {
    province: '宁夏回族自治区',
    city: '吴忠市',
    county: '红寺堡区',
    code: '640303',
  }),
  agency('640500-sifaju', '中卫市司法局', { province: '宁夏回族自治区', city: '中卫市', code: '640500' }),
  agency('640000-sifating', '宁夏回族自治区司法厅', { province: '宁夏回族自治区', code: '640000' }),
  agency('310000-renminzhengfu', '上海市人民政府', { province: '上海市', code: '310000' }, '人民政府'),
  // A district of a municipality has no city: it hangs from the province.
  agency('310115-sifaju', '上海市浦东新区司法局', { province: '上海市', county: '浦东新区', code: '310115' }),
];

test('an agency’s places run from its province to its seat; a county’s city is its code’s prefecture', () => {
  assert.deepEqual(placesOf(agencies[0]?.data.region as Agency['region']), [
    { code: '640000', name: '宁夏回族自治区', level: 'province' },
    { code: '640300', name: '吴忠市', level: 'city' },
    { code: '640302', name: '利通区', level: 'county' },
  ]);
  assert.deepEqual(seatOf(agencies[2]?.data.region as Agency['region']), {
    code: '640500',
    name: '中卫市',
    level: 'city',
  });
  assert.deepEqual(
    placesOf(agencies[5]?.data.region as Agency['region']).map((p) => p.code),
    ['310000', '310115'],
  );
});

test('the tree has every province, city and county with agencies, each under its parent', () => {
  const tree = regionTree(agencies);
  assert.deepEqual([...tree.byCode.keys()].sort(), [
    '310000',
    '310115',
    '640000',
    '640300',
    '640302',
    '640303',
    '640500',
  ]);
  // Chinese collation (pinyin): 宁夏 níng before 上海 shàng, 红寺堡 hóng before 利通 lì.
  assert.deepEqual(tree.provinces, ['640000', '310000']);
  assert.deepEqual(
    tree.all.map((n) => n.code),
    ['640000', '640300', '640303', '640302', '640500', '310000', '310115'],
  );
  const ningxia = tree.byCode.get('640000');
  assert.deepEqual(ningxia?.children, ['640300', '640500']);
  assert.deepEqual(ningxia?.ownAgencyIds, ['640000-sifating']);
  assert.equal(ningxia?.agencyIds.length, 4);
  const wuzhong = tree.byCode.get('640300');
  assert.equal(wuzhong?.parent, '640000');
  assert.deepEqual(wuzhong?.ownAgencyIds, []);
  assert.deepEqual(wuzhong?.agencyIds, ['640303-sifaju', '640302-sifaju']);
  const litong = tree.byCode.get('640302');
  assert.equal(litong?.level, 'county');
  assert.deepEqual(
    litong?.ancestors.map((a) => a.name),
    ['宁夏回族自治区', '吴忠市'],
  );
  assert.equal(fullName(litong as NonNullable<typeof litong>), '宁夏回族自治区吴忠市利通区');
  assert.equal(tree.byCode.get('310115')?.parent, '310000');
});

test('one code with two names is a content error naming the agency', () => {
  const clash = agency('640301-sifaju', '吴忠市利通区司法局', {
    province: '宁夏回族自治区',
    city: '吴中市',
    county: '利通区',
    code: '640302',
  });
  assert.throws(
    () => regionTree([...agencies, clash]),
    /agency 640301-sifaju: 地级地区 吴中市 has the code 640300/,
  );
});

test('coverage: each year any agency reported, who has that year and who has not; gaps are years split', () => {
  const years: Record<string, number[]> = { a: [2022, 2023], b: [2024], c: [2023] };
  const coverage = coverageOf(['a', 'b', 'c'], (id) => years[id] ?? []);
  assert.deepEqual(coverage, [
    { year: 2022, with: ['a'], without: ['b', 'c'] },
    { year: 2023, with: ['a', 'c'], without: ['b'] },
    { year: 2024, with: ['b'], without: ['a', 'c'] },
  ]);
  // A sub-region's columns follow its parent's years, even those it has no report for.
  assert.deepEqual(
    coverageOf(['c'], (id) => years[id] ?? [], [2022, 2023]),
    [
      { year: 2022, with: [], without: ['c'] },
      { year: 2023, with: ['c'], without: [] },
    ],
  );
  assert.deepEqual(
    gapsOf(coverageOf(['a', 'c'], (id) => years[id] ?? [])).map((c) => c.year),
    [2022],
  );
  assert.deepEqual(
    coverageOf(['d'], () => []),
    [],
  );
});

test('a region’s view: its coverage, its own agencies’, its children’s by the same years, the seats below it', () => {
  const tree = regionTree(agencies);
  const years: Record<string, number[]> = {
    '640302-sifaju': [2022, 2023],
    '640303-sifaju': [2024],
    '640500-sifaju': [2023],
  };
  const view = regionView(tree, '640000', (id) => years[id] ?? []);
  assert.equal(view.parent, undefined);
  assert.equal(view.reports, 4);
  assert.deepEqual(
    view.coverage.map((c) => [c.year, c.with.length, c.without.length]),
    [
      [2022, 1, 3],
      [2023, 2, 2],
      [2024, 1, 3],
    ],
  );
  assert.deepEqual(view.own, [
    { year: 2022, with: [], without: ['640000-sifating'] },
    { year: 2023, with: [], without: ['640000-sifating'] },
    { year: 2024, with: [], without: ['640000-sifating'] },
  ]);
  assert.deepEqual(
    view.children.map((c) => [
      c.node.name,
      c.coverage.map((y) => `${y.with.length}/${y.with.length + y.without.length}`),
    ]),
    [
      ['吴忠市', ['1/2', '1/2', '1/2']],
      ['中卫市', ['0/1', '1/1', '0/1']],
    ],
  );
  // 吴忠市 has no agency of its own: its counties are the seats.
  assert.deepEqual(
    view.seats.map((s) => s.name),
    ['红寺堡区', '利通区', '中卫市'],
  );
  const litong = regionView(tree, '640302', (id) => years[id] ?? []);
  assert.equal(litong.parent?.name, '吴忠市');
  assert.deepEqual(litong.children, []);
  assert.deepEqual(
    litong.own.map((c) => c.year),
    [2022, 2023],
  );
  assert.throws(() => regionView(tree, '999999', () => []), /no region 999999/);
});

test('the seats of a region: itself when it has agencies of its own, then those below in tree order', () => {
  const tree = regionTree(agencies);
  assert.deepEqual(
    seatsOf(tree, '640000').map((s) => s.code),
    ['640000', '640303', '640302', '640500'],
  );
  assert.deepEqual(
    seatsOf(tree, '640300').map((s) => s.code),
    ['640303', '640302'],
  );
  assert.deepEqual(seatsOf(tree, '999999'), []);
});
