import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  cellPaths,
  table2Blocks,
  table3Columns,
  table3Groups,
  table3Rows,
  table4Columns,
  table4Groups,
} from './index.ts';

// The labels are checked against real reports: seed 002 (中卫市司法局 2023) prints every label in full.
const seed = readFileSync(new URL('../../content/sources/640500-sifaju/2023.txt', import.meta.url), 'utf8');
const squash = (s: string) =>
  s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，');
const seedText = squash(seed);

test('table 三 has the 25 data rows and 7 columns of the 2021 form', () => {
  assert.equal(table3Rows.length, 25);
  assert.deepEqual(
    table3Columns.map((c) => c.label),
    ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  );
});

test('table 三 rows and groups print exactly as a real report prints them', () => {
  for (const r of [...table3Rows, ...table3Groups]) {
    if (r.key === 'outcomeTotal') continue; // printed as （七）总计 with the marker attached; checked below
    assert.ok(seedText.includes(squash(r.label)), `${r.marker}${r.label}`);
  }
  assert.ok(seedText.includes(squash('(七) 总计')));
});

test('table 三 outcome rows nest under 三、本年度办理结果 in the printed order', () => {
  const markers = table3Rows.map((r) => r.marker).join('');
  assert.equal(markers, '一、二、（一）（二）1.2.3.4.5.6.7.8.1.2.3.1.2.3.4.5.1.2.3.（七）四、');
  for (const r of table3Rows)
    if ('parent' in r)
      assert.ok(
        table3Groups.some((g) => g.key === r.parent),
        r.key,
      );
});

test('table 四 has three groups of five results', () => {
  assert.deepEqual(
    table4Groups.map((g) => g.label),
    ['行政复议', '未经复议直接起诉', '复议后起诉'],
  );
  assert.deepEqual(
    table4Columns.map((c) => c.label),
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  );
});

test('table 二 has its four blocks with labels a real report prints', () => {
  assert.deepEqual(
    table2Blocks.map((b) => b.label),
    ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
  );
  for (const b of table2Blocks) {
    for (const label of [b.label, ...b.rows.map((r) => r.label), ...b.columns.map((c) => c.label)]) {
      assert.ok(seedText.includes(squash(label)), label);
    }
  }
  assert.equal(table2Blocks.find((b) => b.key === 'item8')?.kind, 'amount');
});

test('every cell has a unique flat key: 10 + 175 + 15 = 200', () => {
  const keys = cellPaths().map((c) => c.key);
  assert.equal(keys.length, 200);
  assert.equal(new Set(keys).size, 200);
  assert.equal(new Set(table3Rows.map((r) => r.key)).size, 25);
});
