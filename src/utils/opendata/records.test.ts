import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../../tests/lib/csv.ts';
import { reportWith, seedAgencies } from '../../../tests/lib/seedReports.ts';
import { cellPaths } from '../../catalogue/index.ts';
import { reportSchema } from '../../schemas/report.ts';
import { dataDictionary } from './dictionary.ts';
import { csvHeader, reportRecord, reportsCsv } from './records.ts';
import { reportJsonSchema } from './schema.ts';

const agency = seedAgencies()[3] as ReturnType<typeof seedAgencies>[number];
const report = reportWith('640500-sifaju/2023', {
  'table2.fees.amount': 67.522,
  'table3.newReceived.natural': 1,
  'table3.carriedOver.total': null,
});

test('the CSV header is the meta columns then the 200 catalogue keys, in catalogue order', () => {
  const header = csvHeader();
  assert.deepEqual(header.slice(0, 7), [
    'id',
    'agency',
    'agency_name',
    'region',
    'region_code',
    'year',
    'format',
  ]);
  assert.deepEqual(
    header.slice(7, 207),
    cellPaths().map((c) => c.key),
  );
  // Then the 26 cells only the 2019 form has, the amount with its unit column beside it.
  const only2019 = cellPaths('2019').filter((c) => !header.slice(7, 207).includes(c.key));
  assert.equal(only2019.length, 26);
  assert.deepEqual(
    header.slice(207),
    only2019.flatMap((c) => (c.kind === 'amountWithUnit' ? [c.key, `${c.key}.unit`] : [c.key])),
  );
  assert.equal(header.length, 234);
});

test('a row holds numbers as written and an empty field — never 0 — for a blank cell', () => {
  const [header, row] = parseCsv(reportsCsv([reportRecord(report, agency)])) as [string[], string[]];
  const get = (key: string) => row[header.indexOf(key)];
  assert.equal(get('id'), '640500-sifaju/2023');
  assert.equal(get('region'), '宁夏回族自治区 中卫市');
  assert.equal(get('table2.fees.amount'), '67.522');
  assert.equal(get('table3.newReceived.natural'), '1');
  assert.equal(get('table3.carriedOver.total'), '');
  assert.equal(get('table3.carriedOver.natural'), '0');
});

test('a cell not read is an empty field too, and the record keeps why it was not read', () => {
  const unread = reportWith('640500-sifaju/2023', {
    'table3.newReceived.natural': { value: null, unread: '两个数字连在一起' },
  } as unknown as Record<string, number | null>);
  const record = reportRecord(unread, agency);
  const [header, row] = parseCsv(reportsCsv([record])) as [string[], string[]];
  assert.equal(row[header.indexOf('table3.newReceived.natural')], '');
  const json = JSON.parse(JSON.stringify(record));
  assert.deepEqual(json.report.table3.newReceived.natural, { value: null, unread: '两个数字连在一起' });
  assert.deepEqual(reportSchema.parse(json.report), unread.data);
});

test('the record’s report member parses back to itself through the report schema', () => {
  const record = reportRecord(report, agency);
  const json = JSON.parse(JSON.stringify(record));
  assert.deepEqual(reportSchema.parse(json.report), report.data);
});

test('the dictionary names every CSV column with a label and a meaning', () => {
  const dict = dataDictionary();
  assert.deepEqual(
    dict.map((d) => d.key),
    csvHeader(),
  );
  const byKey = new Map(dict.map((d) => [d.key, d]));
  assert.equal(
    byKey.get('table3.deniedStateSecret.natural')?.meaning,
    '表三 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密：申请人为“自然人”的申请件数（整数 ≥ 0）；空白表示报告未填报或收录时未能读取（都不等于 0；是哪一种见 JSON 的 unread）',
  );
  assert.match(byKey.get('table2.fees.amount')?.meaning ?? '', /万元/);
});

test('the JSON Schema is generated from the zod schema and describes the long cell form', () => {
  const schema = reportJsonSchema('https://example.org/data/schema.json') as {
    oneOf: { properties: { format: { const: string } }; required: string[] }[];
  };
  // One variant per form, told apart by `format`.
  assert.deepEqual(
    schema.oneOf.map((v) => v.properties.format.const),
    ['2021', '2019'],
  );
  for (const variant of schema.oneOf)
    assert.deepEqual(variant.required.sort(), [
      'agency',
      'format',
      'source',
      'table2',
      'table3',
      'table4',
      'title',
      'year',
    ]);
  const text = JSON.stringify(schema);
  assert.match(text, /"note"/);
  assert.match(text, /"type":"null"/);
});
