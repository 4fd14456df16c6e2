/**
 * The Chinese-headed CSV files of the built site (data/csv/): a BOM for Excel, the form's full
 * labels as headers, the very rows and fields of data/reports.csv, blanks left blank, and a file per
 * year and per province holding exactly that year's or province's reports. Hand-picked cells are
 * checked against the content's frontmatter, as stated beside each.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { parseCsv } from '../lib/csv.ts';
import { attr, byTag, distDir, type Element, loadPage } from '../lib/html.ts';

let reports: ReportEntry[];
const read = (path: string) => readFile(join(distDir, path), 'utf8');
const table = async (path: string) => {
  const [header, ...rows] = parseCsv(await read(path)) as [string[], ...string[][]];
  return {
    header,
    rows,
    cell: (id: string, column: string) => rows.find((r) => r[0] === id)?.[header.indexOf(column)],
  };
};

before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  reports = content.reports;
});

test('the whole file starts with a UTF-8 BOM and is headed in Chinese: the report’s facts, then each cell’s full label', async () => {
  const bytes = await readFile(join(distDir, 'data/csv/reports-zh.csv'));
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const { header } = await table('data/csv/reports-zh.csv');
  assert.deepEqual(header.slice(0, 7), [
    '报告编号',
    '机关编号',
    '机关名称',
    '地区',
    '行政区划代码',
    '报告年度',
    '报告格式',
  ]);
  for (const label of [
    '表二·第二十条第（一）项·规章·本年制发件数',
    '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）',
    '表三·一、本年新收政府信息公开申请数量·自然人',
    '表三·三、本年度办理结果·（一）予以公开·自然人',
    '表三·三、本年度办理结果·（三）不予公开·1.属于国家秘密·法人或其他组织·商业企业',
    '表三·三、本年度办理结果·（六）其他处理·3.其他·总计',
    '表三·四、结转下年度继续办理·总计',
    '表四·行政复议·结果维持',
    '表四·行政诉讼·复议后起诉·总计',
    // The 2019 form's own cells (上海市 2020 is in the content).
    '表二·第二十条第（九）项·政府集中采购·采购总金额',
    '表二·第二十条第（九）项·政府集中采购·采购总金额·单位',
    '表三·三、本年度办理结果·（六）其他处理·总计',
  ])
    assert.ok(header.includes(label), label);
  assert.equal(new Set(header).size, header.length, 'every header once');
});

test('the same rows and the same fields as data/reports.csv, in the same order', async () => {
  const zh = await table('data/csv/reports-zh.csv');
  const keyed = await table('data/reports.csv');
  assert.equal(zh.header.length, keyed.header.length);
  assert.equal(zh.rows.length, reports.length);
  assert.deepEqual(zh.rows, keyed.rows);
});

test('hand-picked numbers from the content, and blanks that stay blank', async () => {
  const { cell } = await table('data/csv/reports-zh.csv');
  // content/reports/640500-sifaju/2023.md: table2.licensing: { decisions: 74 }
  assert.equal(cell('640500-sifaju/2023', '表二·第二十条第（五）项·行政许可·本年处理决定数量'), '74');
  // content/reports/640303-sifaju/2024.md: table4.reconsideration: { upheld: 1, …, total: 4 }
  assert.equal(cell('640303-sifaju/2024', '表四·行政复议·总计'), '4');
  assert.equal(cell('640303-sifaju/2024', '表四·行政复议·结果维持'), '1');
  // content/reports/321322-fazhanhegaigeju/2023.md: table3.newReceived: { natural: 26, commercial: null, …, total: 26 }
  assert.equal(cell('321322-fazhanhegaigeju/2023', '表三·一、本年新收政府信息公开申请数量·自然人'), '26');
  assert.equal(
    cell('321322-fazhanhegaigeju/2023', '表三·一、本年新收政府信息公开申请数量·法人或其他组织·商业企业'),
    '',
  );
  assert.equal(cell('321322-fazhanhegaigeju/2023', '表三·一、本年新收政府信息公开申请数量·总计'), '26');
  // content/reports/310000-renminzhengfu/2020.md (2019 form): licensing: { previousYear: 893, change: -183 },
  // procurement: { amount: { value: 27225290916, unit: "元" } }; it has no 2021 cell such as 本年收费金额.
  assert.equal(cell('310000-renminzhengfu/2020', '表二·第二十条第（五）项·行政许可·本年增/减'), '-183');
  assert.equal(cell('310000-renminzhengfu/2020', '表二·第二十条第（五）项·行政许可·上一年项目数量'), '893');
  assert.equal(
    cell('310000-renminzhengfu/2020', '表二·第二十条第（九）项·政府集中采购·采购总金额'),
    '27225290916',
  );
  assert.equal(
    cell('310000-renminzhengfu/2020', '表二·第二十条第（九）项·政府集中采购·采购总金额·单位'),
    '元',
  );
  assert.equal(
    cell('310000-renminzhengfu/2020', '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）'),
    '',
  );
  assert.equal(cell('310000-renminzhengfu/2020', '机关名称'), '上海市人民政府');
  assert.equal(cell('310000-renminzhengfu/2020', '报告格式'), '2019');
});

/** Each file's rows as the whole file has them, field by field under the same header. */
async function sameAsWhole(path: string) {
  const whole = await table('data/csv/reports-zh.csv');
  const part = await table(path);
  for (const row of part.rows)
    for (const [i, label] of part.header.entries())
      assert.equal(row[i], whole.cell(row[0] as string, label), `${path}: ${row[0]} ${label}`);
  return part;
}

test('a file per year with exactly that year’s reports, with its form’s columns only', async () => {
  const years = [...new Set(reports.map((r) => r.data.year))].sort();
  const files = (await readdir(join(distDir, 'data/csv/year'))).sort();
  assert.deepEqual(
    files,
    years.map((y) => `${y}.csv`),
  );
  for (const year of years) {
    const part = await sameAsWhole(`data/csv/year/${year}.csv`);
    assert.deepEqual(
      part.rows.map((r) => r[0]),
      reports
        .filter((r) => r.data.year === year)
        .map((r) => r.id)
        .sort(),
    );
    // 2020 is 上海市's 2019-form report alone: the 2019 form's 198 cells and 采购总金额's unit.
    if (year === 2020) {
      assert.equal(part.header.length, 7 + 198 + 1);
      // 处理决定数量 is headed as in every other file: the 2021 form's 本年处理决定数量.
      assert.equal(
        part.cell('310000-renminzhengfu/2020', '表二·第二十条第（五）项·行政许可·本年处理决定数量'),
        '12854581',
      );
      assert.ok(!part.header.includes('表二·第二十条第（一）项·规章·本年制发件数'));
    } else assert.equal(part.header.length, 7 + 200);
  }
});

test('a file per province with exactly its agencies’ reports, every year', async () => {
  const provinceOf = (r: ReportEntry) => `${r.data.agency.slice(0, 2)}0000`;
  const codes = [...new Set(reports.map(provinceOf))].sort();
  const files = (await readdir(join(distDir, 'data/csv/province'))).sort();
  assert.deepEqual(
    files,
    codes.map((c) => `${c}.csv`),
  );
  for (const code of codes) {
    const part = await sameAsWhole(`data/csv/province/${code}.csv`);
    assert.deepEqual(
      part.rows.map((r) => r[0]),
      reports
        .filter((r) => provinceOf(r) === code)
        .map((r) => r.id)
        .sort(),
    );
  }
  // 宁夏: the four seed reports of 利通区, 红寺堡区 and 中卫市.
  const ningxia = await table('data/csv/province/640000.csv');
  assert.deepEqual(
    ningxia.rows.map((r) => r[0]),
    ['640302-sifaju/2022', '640302-sifaju/2023', '640303-sifaju/2024', '640500-sifaju/2023'],
  );
});

test('数据下载 links every Chinese-headed file, each with a Chinese name to save it under', async () => {
  const main = byTag(await loadPage('data/'), 'main')[0] as Element;
  const anchors = byTag(main, 'a').filter((a) => (attr(a, 'href') ?? '').startsWith('/data/csv/'));
  const linked = new Set(anchors.map((a) => (attr(a, 'href') as string).slice(1)));
  const built = [
    'data/csv/reports-zh.csv',
    ...(await readdir(join(distDir, 'data/csv/year'))).map((f) => `data/csv/year/${f}`),
    ...(await readdir(join(distDir, 'data/csv/province'))).map((f) => `data/csv/province/${f}`),
  ];
  for (const file of built) assert.ok(linked.has(file), file);
  for (const a of anchors.filter((x) => attr(x, 'download') !== undefined))
    assert.match(attr(a, 'download') ?? '', /^政府信息公开年报数据-.+\.csv$/);
  assert.ok(anchors.some((a) => attr(a, 'download') === '政府信息公开年报数据-全部报告.csv'));
});
