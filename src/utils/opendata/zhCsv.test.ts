import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zeroReportInput } from '../../../scripts/lib/testkit/tables.ts';
import { parseCsv } from '../../../tests/lib/csv.ts';
import { reportWith, seedAgencies } from '../../../tests/lib/seedReports.ts';
import { allCellPaths, cellPaths } from '../../catalogue/index.ts';
import { type ReportData, reportSchema } from '../../schemas/report.ts';
import type { AgencyLike } from '../collections.ts';
import { bom } from './csv.ts';
import { csvHeader, type ReportRecord, reportRecord, reportsCsv } from './records.ts';
import { cellHeaders, zhColumns, zhCsv, zhCsvFiles } from './zhCsv.ts';

const agencies = new Map(seedAgencies().map((a) => [a.id, a]));
const shanghai: AgencyLike = {
  id: '310000-renminzhengfu',
  data: {
    name: '上海市人民政府',
    shortName: '上海市人民政府',
    kind: '人民政府',
    level: 'province',
    region: { province: '上海市', code: '310000' },
  },
};

function record2019(cells: Record<string, unknown>): ReportRecord {
  const input = { ...zeroReportInput('2019'), agency: shanghai.id, year: 2020 };
  for (const [key, value] of Object.entries(cells)) {
    const [table, row, column] = key.split('.') as ['table2' | 'table3', string, string];
    (input[table][row] as Record<string, unknown>)[column] = value;
  }
  return reportRecord({ id: `${shanghai.id}/2020`, data: reportSchema.parse(input) as ReportData }, shanghai);
}

const record = (id: string, cells: Record<string, number | null>) =>
  reportRecord(reportWith(id, cells), agencies.get(id.split('/')[0] as string) as AgencyLike);

const records = [
  record('640500-sifaju/2023', { 'table2.licensing.decisions': 74, 'table3.carriedOver.total': null }),
  record('640302-sifaju/2022', { 'table3.granted.natural': 3 }),
  record('640302-sifaju/2023', { 'table2.fees.amount': 67.522 }),
  record('410307-sifaju/2023', { 'table4.litigationDirect.upheld': 2 }),
  record2019({
    'table2.licensing.change': -183,
    'table2.procurement.amount': { value: 386400, unit: '元' },
    'table3.otherHandling.total': 4,
  }),
];

test('every cell of both forms has a full label: table, headings, row with its ordinal, column group, column', () => {
  const h = cellHeaders('2021');
  assert.equal(h.get('table3.granted.natural'), '表三·三、本年度办理结果·（一）予以公开·自然人');
  assert.equal(
    h.get('table3.deniedStateSecret.commercial'),
    '表三·三、本年度办理结果·（三）不予公开·1.属于国家秘密·法人或其他组织·商业企业',
  );
  assert.equal(h.get('table3.newReceived.total'), '表三·一、本年新收政府信息公开申请数量·总计');
  assert.equal(
    h.get('table3.otherOther.other'),
    '表三·三、本年度办理结果·（六）其他处理·3.其他·法人或其他组织·其他',
  );
  assert.equal(h.get('table2.rules.repealed'), '表二·第二十条第（一）项·规章·本年废止件数');
  assert.equal(
    h.get('table2.fees.amount'),
    '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）',
  );
  assert.equal(h.get('table4.litigationDirect.upheld'), '表四·行政诉讼·未经复议直接起诉·结果维持');
  assert.equal(h.get('table4.reconsideration.total'), '表四·行政复议·总计');
  const h19 = cellHeaders('2019');
  assert.equal(h19.get('table3.otherHandling.total'), '表三·三、本年度办理结果·（六）其他处理·总计');
  assert.equal(h19.get('table2.licensing.decisions'), '表二·第二十条第（五）项·行政许可·处理决定数量');
  assert.equal(h19.get('table2.procurement.amount'), '表二·第二十条第（九）项·政府集中采购·采购总金额');
  for (const format of ['2021', '2019'] as const) {
    const keys = cellPaths(format).map((c) => c.key);
    assert.deepEqual([...cellHeaders(format).keys()].sort(), [...keys].sort(), format);
    assert.equal(new Set(cellHeaders(format).values()).size, keys.length, `${format}: labels are unique`);
  }
});

test('columns: one form’s in its printed order; both forms’ exactly as the keyed CSV; one header a key in every file', () => {
  const both = zhColumns(['2019', '2021']);
  assert.deepEqual(
    both.cells.map((c) => c.key),
    allCellPaths().map((c) => c.key),
  );
  assert.equal(both.headers.length, csvHeader().length);
  assert.equal(new Set(both.headers).size, both.headers.length, 'no two columns share a header');
  assert.deepEqual(both.headers.slice(0, 7), [
    '报告编号',
    '机关编号',
    '机关名称',
    '地区',
    '行政区划代码',
    '报告年度',
    '报告格式',
  ]);
  // A key both forms have is headed as the 2021 form prints it, in every file.
  assert.ok(both.headers.includes('表二·第二十条第（五）项·行政许可·本年处理决定数量'));
  assert.ok(!both.headers.includes('表二·第二十条第（五）项·行政许可·处理决定数量'));
  const amount = both.headers.indexOf('表二·第二十条第（九）项·政府集中采购·采购总金额');
  assert.equal(both.headers[amount + 1], '表二·第二十条第（九）项·政府集中采购·采购总金额·单位');
  const only2019 = zhColumns(['2019']);
  assert.deepEqual(
    only2019.cells.map((c) => c.key),
    cellPaths('2019').map((c) => c.key),
  );
  assert.ok(only2019.headers.includes('表二·第二十条第（五）项·行政许可·本年处理决定数量'));
  assert.ok(only2019.headers.includes('表二·第二十条第（五）项·行政许可·本年增/减'));
  assert.ok(!only2019.headers.includes('表二·第二十条第（一）项·规章·本年制发件数'));
  assert.equal(zhColumns(['2021']).headers.length, 7 + 200);
});

test('the Chinese CSV has the keyed CSV’s rows and fields, under Chinese headers, with a BOM; a blank stays blank', () => {
  const text = zhCsv(records);
  assert.ok(text.startsWith(bom));
  const [zhHead, ...zhRows] = parseCsv(text) as [string[], ...string[][]];
  const [keyHead, ...keyRows] = parseCsv(reportsCsv(records)) as [string[], ...string[][]];
  assert.equal(zhHead.length, keyHead.length);
  assert.deepEqual(zhRows, keyRows);
  const field = (id: string, header: string) => zhRows.find((r) => r[0] === id)?.[zhHead.indexOf(header)];
  assert.equal(field('640500-sifaju/2023', '表二·第二十条第（五）项·行政许可·本年处理决定数量'), '74');
  assert.equal(field('640500-sifaju/2023', '表三·二、上年结转政府信息公开申请数量·总计'), '');
  assert.equal(field('640500-sifaju/2023', '表三·二、上年结转政府信息公开申请数量·自然人'), '0');
  assert.equal(
    field('640302-sifaju/2023', '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）'),
    '67.522',
  );
  assert.equal(
    field('310000-renminzhengfu/2020', '表二·第二十条第（九）项·政府集中采购·采购总金额·单位'),
    '元',
  );
  // A cell the report's form lacks is empty, never 0.
  assert.equal(
    field('310000-renminzhengfu/2020', '表二·第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）'),
    '',
  );
});

test('an agency name a spreadsheet would run as a formula is written as text, as in the keyed CSV', () => {
  const evil: AgencyLike = {
    id: '640500-sifaju',
    data: { ...(agencies.get('640500-sifaju') as AgencyLike).data, name: '=HYPERLINK("http://x","y")' },
  };
  const text = zhCsv([reportRecord(reportWith('640500-sifaju/2023', {}), evil)]);
  assert.match(text, /"'=HYPERLINK\(""http:\/\/x"",""y""\)"/);
});

test('files: the whole site, each year (newest first) and each province, every record in exactly one of each', () => {
  const files = zhCsvFiles(records);
  assert.deepEqual(
    files.map((f) => [f.path, f.title, f.records.map((r) => r.id)]),
    [
      ['data/csv/reports-zh.csv', '全部报告', records.map((r) => r.id).sort()],
      [
        'data/csv/year/2023.csv',
        '2023年度',
        ['410307-sifaju/2023', '640302-sifaju/2023', '640500-sifaju/2023'],
      ],
      ['data/csv/year/2022.csv', '2022年度', ['640302-sifaju/2022']],
      ['data/csv/year/2020.csv', '2020年度', ['310000-renminzhengfu/2020']],
      ['data/csv/province/410000.csv', '河南省', ['410307-sifaju/2023']],
      [
        'data/csv/province/640000.csv',
        '宁夏回族自治区',
        ['640302-sifaju/2022', '640302-sifaju/2023', '640500-sifaju/2023'],
      ],
      ['data/csv/province/310000.csv', '上海市', ['310000-renminzhengfu/2020']],
    ],
  );
  assert.equal(files[1]?.download, '政府信息公开年报数据-2023年度.csv');
  // A year of 2019-form reports gets that form's columns only.
  const [head2020] = parseCsv(zhCsv(files[3]?.records ?? [])) as [string[]];
  assert.equal(head2020.length, 7 + cellPaths('2019').length + 1);
});

test('the data dictionary gives each keyed column its header in the Chinese CSV', async () => {
  const { dataDictionary } = await import('./dictionary.ts');
  const dict = dataDictionary();
  assert.deepEqual(
    dict.map((d) => d.header),
    zhColumns(['2021', '2019']).headers,
  );
  assert.equal(
    dict.find((d) => d.key === 'table3.granted.natural')?.header,
    '表三·三、本年度办理结果·（一）予以公开·自然人',
  );
  assert.equal(dict.find((d) => d.key === 'agency_name')?.header, '机关名称');
});
