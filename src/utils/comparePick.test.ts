import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IndexedAgency } from './compareIndex.ts';
import { defaultPair, groupRuns, matchAgencies, reportFinder, suggestedPairs } from './comparePick.ts';

const agency = (
  id: string,
  name: string,
  group: string,
  years: number[],
  shortName = name,
): IndexedAgency => ({
  id,
  name,
  shortName,
  group,
  years,
});
const litong = agency('640302-sifaju', '吴忠市利通区司法局', '宁夏回族自治区', [2023, 2022], '利通区司法局');
const hongsibu = agency('640303-sifaju', '吴忠市红寺堡区司法局', '宁夏回族自治区', [2024], '红寺堡区司法局');
const huaian = agency('320800-renminzhengfu', '淮安市人民政府', '江苏省', [2024, 2023, 2021]);
const all = [litong, hongsibu, huaian];

test('a report id from the address is found only if the agency has that year', () => {
  const find = reportFinder(all);
  assert.deepEqual(find('640302-sifaju/2022'), {
    id: '640302-sifaju/2022',
    agency: litong,
    year: 2022,
    label: '利通区司法局 2022年',
  });
  assert.equal(find('320800-renminzhengfu/2021')?.label, '淮安市人民政府 2021年');
  for (const id of [
    '640302-sifaju/2024',
    '640302-sifaju',
    'nobody/2023',
    '../../etc',
    '640302-sifaju/2023/',
    '',
    null,
    undefined,
  ])
    assert.equal(find(id), undefined, String(id));
});

test('agencies are found by any part of the full name, the short name or the id, every word counting', () => {
  const ids = (q: string) => matchAgencies(all, q).map((a) => a.id);
  assert.deepEqual(
    ids(''),
    all.map((a) => a.id),
  );
  assert.deepEqual(
    ids('  '),
    all.map((a) => a.id),
  );
  assert.deepEqual(ids('吴忠'), ['640302-sifaju', '640303-sifaju']);
  assert.deepEqual(ids('吴忠 红寺堡'), ['640303-sifaju']);
  assert.deepEqual(ids('SIFAJU 640302'), ['640302-sifaju']);
  assert.deepEqual(ids('人民政府'), ['320800-renminzhengfu']);
  assert.deepEqual(ids('北京'), []);
});

test('a handful of suggestions, one agency’s two latest years each, newest reports first', () => {
  const pairs = suggestedPairs(all).map(([a, b]) => [a.id, b.id]);
  assert.deepEqual(pairs, [
    ['320800-renminzhengfu/2023', '320800-renminzhengfu/2024'],
    ['640302-sifaju/2022', '640302-sifaju/2023'],
  ]);
  const many = Array.from({ length: 50 }, (_, i) => agency(`a${i}`, `机关${i}`, '省', [2024, 2023]));
  assert.equal(suggestedPairs(many).length, 3, 'not one per agency');
  assert.equal(suggestedPairs(many, 1).length, 1);
  const nanjing = agency('320100-renminzhengfu', '南京市人民政府', '江苏省', [2024, 2023]);
  assert.deepEqual(
    suggestedPairs([huaian, nanjing, litong, ...many], 3).map(([, b]) => b.agency.id),
    ['320800-renminzhengfu', 'a0', '640302-sifaju'],
    'one per province first, the newest first',
  );
});

test('before anything is chosen the form shows the first suggestion, else the first reports', () => {
  assert.deepEqual(
    defaultPair(all).map((r) => r?.id),
    ['320800-renminzhengfu/2023', '320800-renminzhengfu/2024'],
  );
  assert.deepEqual(
    defaultPair([hongsibu]).map((r) => r?.id),
    ['640303-sifaju/2024', '640303-sifaju/2024'],
  );
  assert.deepEqual(defaultPair([]), [undefined, undefined]);
});

test('the 机关 list groups consecutive agencies of one province', () => {
  assert.deepEqual(
    groupRuns(all).map((r) => [r.group, r.agencies.length]),
    [
      ['宁夏回族自治区', 2],
      ['江苏省', 1],
    ],
  );
  assert.deepEqual(groupRuns([]), []);
});
