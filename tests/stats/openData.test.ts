/**
 * The open data of the built site against the content it was built from: the CSV gives back every
 * number of every report (parsed with a real RFC 4180 reader), the JSON files give back every report.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { allCellPaths, cellKeys } from '../../src/catalogue/index.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { csvHeader } from '../../src/utils/opendata/records.ts';
import { findCell } from '../../src/utils/stats/aggregate.ts';
import { parseCsv } from '../lib/csv.ts';
import { distDir, subpathBase, subpathDistDir } from '../lib/html.ts';

let reports: ReportEntry[];
const read = (path: string, root = distDir) => readFile(join(root, path), 'utf8');

before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  reports = content.reports;
  assert.ok(reports.length >= 5, 'the five seed reports at least');
});

test('the CSV round-trips: parsing it gives back every number of every report, blanks as blanks', async () => {
  const [header, ...rows] = parseCsv(await read('data/reports.csv')) as [string[], ...string[][]];
  const cells = allCellPaths();
  assert.deepEqual(header.slice(0, 7), [
    'id',
    'agency',
    'agency_name',
    'region',
    'region_code',
    'year',
    'format',
  ]);
  assert.deepEqual(header, csvHeader(cells));
  assert.equal(rows.length, reports.length);
  const byId = new Map(rows.map((r) => [r[0], r]));
  let checked = 0;
  for (const report of reports) {
    const row = byId.get(report.id);
    assert.ok(row, `a row for ${report.id}`);
    assert.equal(row.length, header.length);
    assert.equal(row[header.indexOf('agency')], report.data.agency);
    assert.equal(Number(row[header.indexOf('year')]), report.data.year);
    for (const c of cells) {
      const field = row[header.indexOf(c.key)] as string;
      // A cell the report's form lacks is empty, like one it left blank.
      const value = findCell(report.data, c.key)?.value ?? null;
      assert.equal(field === '' ? null : Number(field), value, `${report.id} ${c.key}`);
      if (cellKeys(report.data.format).has(c.key)) checked++;
    }
  }
  assert.equal(
    checked,
    reports.reduce((n, r) => n + cellKeys(r.data.format).size, 0),
  );
});

test('the hand-checked numbers are in the CSV: 中卫 2023 行政许可 74, 红寺堡 2024 行政复议 4, the samples', async () => {
  const [header, ...rows] = parseCsv(await read('data/reports.csv')) as [string[], ...string[][]];
  const cell = (id: string, key: string) => rows.find((r) => r[0] === id)?.[header.indexOf(key)];
  assert.equal(cell('640500-sifaju/2023', 'table2.licensing.decisions'), '74');
  assert.equal(cell('640500-sifaju/2023', 'table3.partiallyGranted.total'), '1');
  assert.equal(cell('640303-sifaju/2024', 'table4.reconsideration.total'), '4');
  // The samples: 淮安 2024 (PDF) 行政处罚 3985758; 沭阳 2023 (web page) left 商业企业 blank, not 0.
  assert.equal(cell('320800-renminzhengfu/2024', 'table2.penalties.decisions'), '3985758');
  assert.equal(cell('321322-fazhanhegaigeju/2023', 'table3.newReceived.commercial'), '');
  assert.equal(cell('321322-fazhanhegaigeju/2023', 'table3.newReceived.total'), '26');
  // 洪泽区 2023 (PDF) printed 行政复议 总计 0 beside 维持 10: kept as printed. 上海市 2020 (2019 form, a
  // kiosk script's page): 采购总金额 in 元 as printed, 本年增/减 +5174 and -183.
  assert.equal(cell('320813-renminzhengfu/2023', 'table4.reconsideration.total'), '0');
  assert.equal(cell('320813-renminzhengfu/2023', 'table4.reconsideration.upheld'), '10');
  assert.equal(cell('310000-renminzhengfu/2020', 'table2.procurement.amount'), '27225290916');
  assert.equal(cell('310000-renminzhengfu/2020', 'table2.procurement.amount.unit'), '元');
  assert.equal(cell('310000-renminzhengfu/2020', 'table2.otherServices.change'), '5174');
  assert.equal(cell('310000-renminzhengfu/2020', 'table2.licensing.change'), '-183');
});

test('every report’s JSON, alone and in reports.json, parses back through the schema to the content', async () => {
  const all = JSON.parse(await read('data/reports.json')) as {
    count: number;
    reports: { id: string; report: unknown }[];
  };
  assert.equal(all.count, reports.length);
  for (const report of reports) {
    const { cellSources, ...one } = JSON.parse(await read(`data/reports/${report.id}.json`)) as {
      id: string;
      report: unknown;
      cellSources: unknown;
    };
    assert.equal(one.id, report.id);
    assert.deepEqual(reportSchema.parse(one.report), report.data, report.id);
    // Only the per-report file says where each number was read (cellSources); otherwise the same record.
    assert.ok(cellSources, report.id);
    assert.deepEqual(
      all.reports.find((r) => r.id === report.id),
      one,
    );
  }
});

test('the JSON Schema names its address under the base, and the dictionary covers every CSV column', async () => {
  const schema = JSON.parse(await read('data/schema.json')) as { $id: string; $schema: string };
  assert.match(schema.$schema, /json-schema\.org/);
  assert.match(schema.$id, /\/data\/schema\.json$/);
  const sub = JSON.parse(await read('data/schema.json', subpathDistDir)) as { $id: string };
  assert.ok(sub.$id.endsWith(`${subpathBase}data/schema.json`));
  const dictionary = JSON.parse(await read('data/dictionary.json')) as { key: string; file?: string }[];
  const [header] = parseCsv(await read('data/reports.csv')) as [string[]];
  // Fields only the per-report JSON files have (cellSources) name their file; the rest are CSV columns.
  assert.deepEqual(
    dictionary.filter((d) => !d.file).map((d) => d.key),
    header,
  );
});
