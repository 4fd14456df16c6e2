import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCompareIndex, decodeYears, encodeYears, readCompareIndex } from './compareIndex.ts';

test('years are written as runs, newest first, and read back', () => {
  assert.equal(encodeYears([2021, 2024, 2022, 2023, 2019]), '2024-2021,2019');
  assert.equal(encodeYears([2023]), '2023');
  assert.equal(encodeYears([2023, 2023, 2021]), '2023,2021');
  assert.equal(encodeYears([]), '');
  assert.deepEqual(decodeYears('2024-2021,2019'), [2024, 2023, 2022, 2021, 2019]);
  assert.deepEqual(decodeYears(''), []);
  assert.deepEqual(decodeYears('20x4,2019-2020'), [], 'nonsense and backward runs give nothing');
  for (const years of [[2015, 2016, 2017, 2020, 2024], [2019], [2024, 2022, 2020]])
    assert.deepEqual(
      decodeYears(encodeYears(years)),
      [...years].sort((a, b) => b - a),
    );
});

const agencies = [
  { id: '640302-sifaju', name: '吴忠市利通区司法局', shortName: '利通区司法局', province: '宁夏回族自治区' },
  {
    id: '640000-renminzhengfu',
    name: '宁夏回族自治区人民政府',
    shortName: '宁夏回族自治区人民政府',
    province: '宁夏回族自治区',
  },
  { id: '320800-renminzhengfu', name: '淮安市人民政府', shortName: '淮安市人民政府', province: '江苏省' },
  { id: '320000-sifating', name: '江苏省司法厅', shortName: '江苏省司法厅', province: '江苏省' },
];
const years: Record<string, number[]> = {
  '640302-sifaju': [2023, 2022],
  '320800-renminzhengfu': [2024],
  '320000-sifating': [2024, 2023, 2022, 2020],
};

test('the index holds each agency with a report once, compactly: a province once, a short name only when it differs', () => {
  const file = buildCompareIndex(agencies, (id) => years[id] ?? []);
  assert.deepEqual(file, {
    groups: ['宁夏回族自治区', '江苏省'],
    agencies: [
      ['640302-sifaju', '吴忠市利通区司法局', '利通区司法局', 0, '2023-2022'],
      ['320800-renminzhengfu', '淮安市人民政府', '', 1, '2024'],
      ['320000-sifating', '江苏省司法厅', '', 1, '2024-2022,2020'],
    ],
  });
  assert.deepEqual(readCompareIndex(JSON.parse(JSON.stringify(file))), [
    {
      id: '640302-sifaju',
      name: '吴忠市利通区司法局',
      shortName: '利通区司法局',
      group: '宁夏回族自治区',
      years: [2023, 2022],
    },
    {
      id: '320800-renminzhengfu',
      name: '淮安市人民政府',
      shortName: '淮安市人民政府',
      group: '江苏省',
      years: [2024],
    },
    {
      id: '320000-sifating',
      name: '江苏省司法厅',
      shortName: '江苏省司法厅',
      group: '江苏省',
      years: [2024, 2023, 2022, 2020],
    },
  ]);
});

test('a file of another shape is refused rather than half read', () => {
  for (const bad of [
    null,
    [],
    { groups: [] },
    { groups: [], agencies: [['x', 'y']] },
    { groups: [], agencies: [[1, 'a', '', 0, '2023']] },
  ])
    assert.throws(() => readCompareIndex(bad), /not a list of agencies/);
  assert.deepEqual(readCompareIndex({ groups: [], agencies: [] }), []);
});
