/** Statistics over reports of both forms: a 2019-form report counts where the quantity exists in both. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zeroReportInput } from '../../../scripts/lib/testkit/tables.ts';
import { type ReportData, reportSchema } from '../../schemas/report.ts';
import { comparisonGrids, diffReports } from '../compare.ts';
import { csvHeader, csvRow } from '../opendata/records.ts';
import { summarize } from './summary.ts';

function report(format: '2021' | '2019', cells: Record<string, number | null>): ReportData {
  const input = zeroReportInput(format);
  for (const [key, value] of Object.entries(cells)) {
    const [table, row, column] = key.split('.') as ['table2' | 'table3', string, string];
    (input[table][row] as Record<string, unknown>)[column] = value;
  }
  return reportSchema.parse(input);
}

const of2021 = report('2021', {
  'table3.newReceived.total': 5,
  'table3.otherOther.total': 2,
  'table2.licensing.decisions': 10,
  'table2.fees.amount': 3,
});
const of2019 = report('2019', {
  'table3.newReceived.total': 7,
  'table3.otherHandling.total': 4,
  'table2.licensing.decisions': 20,
});

test('measures both forms have add up over both; coverage counts only reports whose form has them', () => {
  const s = summarize([of2021, of2019]);
  assert.deepEqual(s.newReceived.sum, { value: 12, reported: 2, partial: 0, of: 2 });
  const other = s.outcomes.find((o) => o.measure.key === 'otherHandling');
  // 其他处理: 2021's three sub-rows, 2019's one row.
  assert.deepEqual(other?.sum, { value: 6, reported: 2, partial: 0, of: 2 });
  // Its reasons exist only in the 2021 form: the 2019 report is not counted as leaving them blank.
  assert.deepEqual(other?.reasons.find((r) => r.measure.key === 'otherOther')?.sum, {
    value: 2,
    reported: 1,
    partial: 0,
    of: 1,
  });
  const t2 = (key: string) => s.table2.find((m) => m.measure.key === key)?.sum;
  assert.deepEqual(t2('table2.licensing.decisions'), { value: 30, reported: 2, partial: 0, of: 2 });
  assert.deepEqual(t2('table2.fees.amount'), { value: 3, reported: 1, partial: 0, of: 1 });
  assert.equal(s.disclosureRate.of, 2);
});

test('a report of one form leaves the other form’s CSV columns empty, never 0', () => {
  const header = csvHeader();
  const agency = {
    id: '640302-sifaju',
    name: '吴忠市利通区司法局',
    shortName: '利通区司法局',
    kind: '司法局',
    level: 'county' as const,
    region: { province: '宁夏回族自治区', city: '吴忠市', county: '利通区', code: '640302' },
  };
  const row = (data: ReportData) => {
    const cells = csvRow({ id: 'x', agency, report: data });
    return (key: string) => cells[header.indexOf(key)];
  };
  assert.equal(row(of2021)('table3.otherHandling.total'), '');
  assert.equal(row(of2021)('table2.fees.amount'), '3');
  assert.equal(row(of2019)('table2.fees.amount'), '');
  assert.equal(row(of2019)('table3.otherHandling.total'), '4');
  assert.equal(row(of2019)('table2.procurement.amount.unit'), '');
});

test('comparing across forms: both forms’ rows, 不适用 where a form has no such cell', () => {
  const [t2, t3] = comparisonGrids(['2021', '2019']);
  assert.equal(t2?.sections.length, 9, 'four 2021 blocks and five 2019 blocks');
  const rows = t3?.sections[0]?.rows.map((r) => r.label) ?? [];
  assert.equal(rows.length, 26);
  assert.equal(rows.indexOf('（六）其他处理'), rows.indexOf('（六）其他处理 3.其他') + 1);
  const diff = diffReports(of2021, of2019).find((d) => d.key === 'table3.otherOther.total');
  assert.deepEqual(diff && [diff.a, diff.b, diff.change], [2, undefined, '2 → 不适用']);
});
