import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agency } from '../schemas/agency.ts';
import type { ReportData } from '../schemas/report.ts';
import { provinceCode, provincesOf, reportsByProvince } from './provinces.ts';

const agency = (id: string, name: string, province: string, code: string) => ({
  id,
  data: { name, shortName: name, kind: '司法局', level: 'county', region: { province, code } } as Agency,
});
const report = (agencyId: string, year: number) => ({
  id: `${agencyId}/${year}`,
  data: { agency: agencyId, year } as ReportData,
});

const agencies = [
  agency('640500-sifaju', '中卫市司法局', '宁夏回族自治区', '640500'),
  agency('410307-sifaju', '偃师区司法局', '河南省', '410307'),
  agency('640302-sifaju', '利通区司法局', '宁夏回族自治区', '640302'),
  agency('640000-tongjiju', '宁夏回族自治区统计局', '宁夏回族自治区', '640000'),
];

test('a province’s code is the first two digits of any of its region codes, then zeros', () => {
  assert.equal(provinceCode('640302'), '640000');
  assert.equal(provinceCode('640000'), '640000');
  assert.equal(provinceCode('110105'), '110000');
});

test('provinces in Chinese order of their names, each with its agencies in Chinese order', () => {
  // 河 (hé) before 宁 (níng); 利 (lì) before 宁 before 中 (zhōng).
  assert.deepEqual(provincesOf(agencies), [
    { code: '410000', name: '河南省', agencyIds: ['410307-sifaju'] },
    {
      code: '640000',
      name: '宁夏回族自治区',
      agencyIds: ['640302-sifaju', '640000-tongjiju', '640500-sifaju'],
    },
  ]);
  assert.deepEqual(provincesOf([]), []);
});

test('two province names under one code are refused: they would share a page', () => {
  assert.throws(
    () => provincesOf([...agencies, agency('640100-sifaju', '银川市司法局', '宁夏', '640100')]),
    /640100-sifaju: province 宁夏 has the code of 宁夏回族自治区 \(640000\)/,
  );
});

test('reports by province: every report once, under its agency’s province; a province without reports is empty', () => {
  const provinces = provincesOf([
    ...agencies,
    agency('320800-zhengfu', '淮安市人民政府', '江苏省', '320800'),
  ]);
  const reports = [
    report('640302-sifaju', 2023),
    report('410307-sifaju', 2023),
    report('640500-sifaju', 2022),
  ];
  const byProvince = reportsByProvince(reports, provinces);
  assert.deepEqual(
    [...byProvince].map(([code, list]) => [code, list.map((r) => r.id)]),
    [
      ['410000', ['410307-sifaju/2023']],
      ['320000', []],
      ['640000', ['640302-sifaju/2023', '640500-sifaju/2022']],
    ],
  );
});
