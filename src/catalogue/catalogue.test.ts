import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  allCellPaths,
  cellPaths,
  formatCatalogue,
  table2Blocks,
  table2Blocks2019,
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

test('the 2019 form: table 三 has 23 rows, （六）其他处理 a row of numbers, no longer a heading', () => {
  const { table3Rows: rows, table3Groups: groups, table3OutcomeRows: outcomes } = formatCatalogue('2019');
  assert.equal(rows.length, 23);
  assert.equal(
    rows.map((r) => r.marker).join(''),
    '一、二、（一）（二）1.2.3.4.5.6.7.8.1.2.3.1.2.3.4.5.（六）（七）四、',
  );
  assert.deepEqual(
    rows.find((r) => r.key === 'otherHandling'),
    { key: 'otherHandling', marker: '（六）', label: '其他处理', parent: 'outcomes' },
  );
  assert.ok(!groups.some((g) => g.key === 'otherHandling'));
  assert.equal(outcomes.length, 19);
});

test('the 2019 form: table 二 has five blocks, a signed 本年增/减 and an amount with its unit', () => {
  assert.deepEqual(
    table2Blocks2019.map((b) => [b.label, b.rows.map((r) => r.label).join('、')]),
    [
      ['第二十条第（一）项', '规章、规范性文件'],
      ['第二十条第（五）项', '行政许可、其他对外管理服务事项'],
      ['第二十条第（六）项', '行政处罚、行政强制'],
      ['第二十条第（八）项', '行政事业性收费'],
      ['第二十条第（九）项', '政府集中采购'],
    ],
  );
  const kinds = cellPaths('2019')
    .filter((c) => c.table === 'table2' && c.kind !== 'count')
    .map((c) => `${c.key}:${c.kind}`);
  assert.deepEqual(kinds, [
    'table2.licensing.change:signedCount',
    'table2.otherServices.change:signedCount',
    'table2.penalties.change:signedCount',
    'table2.coercion.change:signedCount',
    'table2.fees.change:signedCount',
    'table2.procurement.amount:amountWithUnit',
  ]);
  assert.equal(cellPaths('2019').length, 22 + 161 + 15);
});

test('both forms’ cells, each key once, the 2021 form’s first: what the CSV has a column for', () => {
  const keys = allCellPaths().map((c) => c.key);
  assert.equal(new Set(keys).size, keys.length);
  assert.deepEqual(
    keys.slice(0, 200),
    cellPaths('2021').map((c) => c.key),
  );
  // Shared by both forms: what means the same (table 三 and 四, 处理决定数量).
  assert.equal(keys.length, 200 + 198 - 172);
});
