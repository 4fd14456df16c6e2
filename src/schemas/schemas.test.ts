import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zeroReportInput } from '../../scripts/lib/testkit/tables.ts';
import { agencySchema } from './agency.ts';
import { amountCellSchema, countCellSchema } from './cell.ts';
import { reportSchema } from './report.ts';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('a count cell', () => {
  test('accepts whole numbers, keeping 0 as 0', () => {
    assert.deepEqual(countCellSchema.parse(0), { value: 0 });
    assert.deepEqual(countCellSchema.parse(947), { value: 947 });
  });
  test('reads blank and the source’s blank markers as not reported, never 0', () => {
    assert.deepEqual(countCellSchema.parse(null), { value: null });
    for (const raw of ['/', '-', '—', '无'])
      assert.deepEqual(countCellSchema.parse(raw), { value: null, raw });
  });
  test('keeps a remark beside its number', () => {
    assert.deepEqual(countCellSchema.parse({ value: 22, note: '其中修订16件' }), {
      value: 22,
      note: '其中修订16件',
    });
  });
  test('rejects negatives, fractions, words and quoted numbers', () => {
    for (const bad of [-1, 1.5, 'abc', '0', '七', { value: -3 }, { value: 1, extra: true }]) {
      assert.equal(countCellSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});

test('a fee amount takes a decimal in 万元 but no negative', () => {
  assert.deepEqual(amountCellSchema.parse(67.522), { value: 67.522 });
  assert.equal(amountCellSchema.safeParse(-0.5).success, false);
});

describe('a report', () => {
  test('with every cell of the catalogue parses', () => {
    const r = reportSchema.parse(zeroReportInput());
    assert.deepEqual(r.table3.carriedForward.total, { value: 0 });
    assert.deepEqual(r.table4.litigationAfterReconsideration.pending, { value: 0 });
  });
  test('missing a row is rejected, naming the row', () => {
    const input = zeroReportInput();
    delete input.table3.carriedOver;
    assert.deepEqual(paths(reportSchema.safeParse(input)), ['table3.carriedOver']);
  });
  test('with a misspelt column is rejected, naming both the missing and the unknown key', () => {
    const input = zeroReportInput();
    const row = input.table3.granted as Record<string, unknown>;
    row.comercial = row.commercial;
    delete row.commercial;
    assert.deepEqual(paths(reportSchema.safeParse(input)).sort(), [
      'table3.granted',
      'table3.granted.commercial',
    ]);
  });
  test('with a bad cell is rejected at that cell', () => {
    const input = zeroReportInput();
    (input.table2.normativeDocuments as Record<string, unknown>).inForce = -13;
    assert.deepEqual(paths(reportSchema.safeParse(input)), ['table2.normativeDocuments.inForce']);
  });
  test('of an unknown format or a year as text is rejected', () => {
    assert.deepEqual(paths(reportSchema.safeParse({ ...zeroReportInput(), format: '2030' })), ['format']);
    assert.deepEqual(paths(reportSchema.safeParse({ ...zeroReportInput(), year: '2023' })), ['year']);
  });
});

describe('an agency', () => {
  const agency = {
    name: '吴忠市利通区司法局',
    shortName: '利通区司法局',
    kind: '司法局',
    level: 'county',
    region: { province: '宁夏回族自治区', city: '吴忠市', county: '利通区', code: '640302' },
  };
  test('with a region down to the county parses', () =>
    assert.equal(agencySchema.parse(agency).region.county, '利通区'));
  test('with a malformed division code or level is rejected', () => {
    assert.deepEqual(
      paths(agencySchema.safeParse({ ...agency, region: { ...agency.region, code: '6403' } })),
      ['region.code'],
    );
    assert.deepEqual(paths(agencySchema.safeParse({ ...agency, level: '区县' })), ['level']);
  });
});

describe('a report in the 2019 form', () => {
  test('parses with its own tables: a signed 本年增/减, an amount keeping its unit, 23 rows in table 三', () => {
    const input = zeroReportInput('2019');
    (input.table2.licensing as Record<string, unknown>).change = -8;
    (input.table2.procurement as Record<string, unknown>).amount = { value: 2792220.8, unit: '元' };
    const r = reportSchema.parse(input);
    assert.equal(r.format, '2019');
    if (r.format !== '2019') return;
    assert.deepEqual(r.table2.licensing.change, { value: -8 });
    assert.deepEqual(r.table2.procurement.amount, { value: 2792220.8, unit: '元' });
    assert.equal(Object.keys(r.table3).length, 23);
    assert.deepEqual(r.table3.otherHandling.total, { value: 0 });
  });

  test('is refused with the other form’s tables, a sign where none may be, or a unit on a count', () => {
    const mixed = { ...zeroReportInput('2019'), table3: zeroReportInput('2021').table3 };
    assert.ok(paths(reportSchema.safeParse(mixed)).includes('table3'));
    const input = zeroReportInput('2019');
    (input.table2.licensing as Record<string, unknown>).decisions = -1;
    (input.table2.fees as Record<string, unknown>).previousYear = { value: 2, unit: '元' };
    assert.deepEqual(paths(reportSchema.safeParse(input)).sort(), [
      'table2.fees.previousYear',
      'table2.licensing.decisions',
    ]);
  });
});
