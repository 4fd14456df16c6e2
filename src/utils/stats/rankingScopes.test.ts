import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agency } from '../../schemas/agency.ts';
import type { AgencyLike } from '../collections.ts';
import { placeWithin, rankingRegions, regionChain } from './rankingScopes.ts';

const agency = (id: string, level: Agency['level'], region: Agency['region']): AgencyLike => ({
  id,
  data: { name: id, shortName: id, kind: '司法局', level, region },
});
const agencies = [
  agency('320813-renminzhengfu', 'county', {
    province: '江苏省',
    city: '淮安市',
    county: '洪泽区',
    code: '320813',
  }),
  agency('320800-renminzhengfu', 'city', { province: '江苏省', city: '淮安市', code: '320800' }),
  agency('321322-fazhanhegaigeju', 'county', {
    province: '江苏省',
    city: '宿迁市',
    county: '沭阳县',
    code: '321322',
  }),
  agency('310000-renminzhengfu', 'province', { province: '上海市', code: '310000' }),
  // A district of a municipality has no city.
  agency('310104-sifaju', 'county', { province: '上海市', county: '徐汇区', code: '310104' }),
];

test('an agency sits in its county, its city when it has one, and its province', () => {
  assert.deepEqual(
    regionChain((agencies[0] as AgencyLike).data).map((l) => [l.code, l.name, l.level]),
    [
      ['320000', '江苏省', 'province'],
      ['320800', '淮安市', 'city'],
      ['320813', '洪泽区', 'county'],
    ],
  );
  assert.deepEqual(
    regionChain((agencies[4] as AgencyLike).data).map((l) => l.code),
    ['310000', '310104'],
  );
  assert.deepEqual(
    regionChain((agencies[3] as AgencyLike).data).map((l) => l.code),
    ['310000'],
  );
});

test('every region with agencies, each province followed by the regions in it, names in Chinese collation', () => {
  const regions = rankingRegions(agencies);
  assert.deepEqual(
    [...regions.values()].map((r) => [r.code, r.fullName, r.agencyIds.length, r.children]),
    [
      ['320000', '江苏省', 3, ['320800', '321300']],
      ['320800', '江苏省淮安市', 2, ['320813']],
      ['320813', '江苏省淮安市洪泽区', 1, []],
      ['321300', '江苏省宿迁市', 1, ['321322']],
      ['321322', '江苏省宿迁市沭阳县', 1, []],
      ['310000', '上海市', 2, ['310104']],
      ['310104', '上海市徐汇区', 1, []],
    ],
  );
});

test('an agency’s place is said below the region ranked', () => {
  const hongze = (agencies[0] as AgencyLike).data;
  assert.equal(placeWithin(hongze), '江苏省 淮安市 洪泽区');
  assert.equal(placeWithin(hongze, '320000'), '淮安市 洪泽区');
  assert.equal(placeWithin(hongze, '320813'), '');
  assert.equal(placeWithin((agencies[1] as AgencyLike).data, '320800'), '');
});
