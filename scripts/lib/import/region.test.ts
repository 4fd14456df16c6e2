import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullAgencyName, matchPlace, resolveRegion } from './region.ts';

test('偃师区 and 红寺堡区 resolve to their county-level divisions', () => {
  const yanshi = matchPlace('偃师区司法局');
  assert.equal(yanshi.candidates.length, 1);
  assert.deepEqual(yanshi.candidates[0], {
    code: '410307',
    level: 'county',
    province: '河南省',
    city: '洛阳市',
    county: '偃师区',
  });
  assert.equal(yanshi.length, 3);
  const hongsibu = matchPlace('红寺堡区司法局');
  assert.deepEqual(hongsibu.candidates[0], {
    code: '640303',
    level: 'county',
    province: '宁夏回族自治区',
    city: '吴忠市',
    county: '红寺堡区',
  });
});

test('a prefecture-level city resolves to its city code; a name with its city before the county resolves to the county', () => {
  assert.deepEqual(matchPlace('中卫市司法局').candidates, [
    { code: '640500', level: 'city', province: '宁夏回族自治区', city: '中卫市' },
  ]);
  const full = matchPlace('吴忠市利通区司法局');
  assert.deepEqual([full.candidates.map((c) => c.code), full.length], [['640302'], 6]);
});

test('a county name shared by several places is ambiguous', () => {
  const { candidates } = matchPlace('朝阳区司法局');
  assert.ok(candidates.length >= 2);
  assert.ok(candidates.some((c) => c.province === '北京市'));
  assert.equal(matchPlace('北京市朝阳区司法局').candidates.length, 1);
});

test('--region takes a six-digit code or a place name, and says when a name is ambiguous', () => {
  assert.equal(resolveRegion('410307').division?.county, '偃师区');
  assert.equal(resolveRegion('洛阳市偃师区').division?.code, '410307');
  assert.equal(resolveRegion('宁夏回族自治区/吴忠市/红寺堡区').division?.code, '640303');
  assert.match(resolveRegion('朝阳区').message ?? '', /ambiguous.*110105/);
  assert.match(resolveRegion('999999').message ?? '', /no administrative division/);
});

test('full names: city and county for a county, the municipality for its districts', () => {
  const d = resolveRegion('410307').division;
  assert.ok(d);
  assert.equal(fullAgencyName(d, '司法局'), '洛阳市偃师区司法局');
  const chaoyang = resolveRegion('110105').division;
  assert.ok(chaoyang);
  assert.equal(chaoyang.city, undefined);
  assert.equal(fullAgencyName(chaoyang, '司法局'), '北京市朝阳区司法局');
});
