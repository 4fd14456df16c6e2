/**
 * A report in the 2019 form (reports for 2019 and 2020), from a fixture written after the form's
 * description in report-format.md: its own table 二 (本年增/减 signed, 采购总金额 with its unit) and a
 * table 三 of 23 rows whose （六）其他处理 is one row of numbers.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { checkReport } from '../../../src/checks/index.ts';
import { form2019Fixture, importText, readSeed, replaceOnce, values } from '../testkit/import.ts';
import { validateReportFile } from './checks.ts';

const fixture = () => readFile(form2019Fixture, 'utf8');

const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
const row = (...cells: number[]) => Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
const zero = row(0, 0, 0, 0, 0, 0, 0);

test('a 2019-form report imports by its own catalogue, every number as printed', async () => {
  const r = await importText(await fixture());
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.report?.format, '2019');
  assert.equal(r.paths?.report, 'reports/640302-sifaju/2020.md');
  assert.deepEqual(values(r.report?.table2), {
    rules: { newlyMade: 0, newlyPublished: 0, publishedTotal: 0 },
    normativeDocuments: { newlyMade: 3, newlyPublished: 3, publishedTotal: 27 },
    licensing: { previousYear: 12, change: -2, decisions: 356 },
    otherServices: { previousYear: 5, change: 0, decisions: 41 },
    penalties: { previousYear: 48, change: 3, decisions: 127 },
    coercion: { previousYear: 6, change: -1, decisions: 9 },
    fees: { previousYear: 2, change: 0 },
    procurement: { projects: 4, amount: 386400 },
  });
  // The amount keeps the unit it was printed in, unconverted.
  assert.deepEqual(r.report?.table2.procurement?.amount, { value: 386400, unit: '元' });
  assert.deepEqual(values(r.report?.table3), {
    newReceived: row(15, 2, 0, 0, 1, 0, 18),
    carriedOver: row(1, 0, 0, 0, 0, 0, 1),
    granted: row(6, 1, 0, 0, 0, 0, 7),
    partiallyGranted: row(2, 0, 0, 0, 1, 0, 3),
    deniedStateSecret: zero,
    deniedProhibitedByLaw: zero,
    deniedThreeSecurities: zero,
    deniedThirdParty: row(1, 0, 0, 0, 0, 0, 1),
    deniedInternalAffairs: zero,
    deniedProcessInfo: row(1, 0, 0, 0, 0, 0, 1),
    deniedEnforcementFiles: zero,
    deniedInquiry: zero,
    unavailableNotHeld: row(2, 1, 0, 0, 0, 0, 3),
    unavailableNeedsCreation: zero,
    unavailableUnclear: zero,
    notProcessedComplaint: row(1, 0, 0, 0, 0, 0, 1),
    notProcessedRepeated: zero,
    notProcessedPublication: zero,
    notProcessedMassive: zero,
    notProcessedConfirmation: zero,
    otherHandling: row(1, 0, 0, 0, 0, 0, 1),
    outcomeTotal: row(14, 2, 0, 0, 1, 0, 17),
    carriedForward: row(2, 0, 0, 0, 0, 0, 2),
  });
  assert.deepEqual(values(r.report?.table4), {
    reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  });
});

test('the written file validates as a 2019-form report and passes every check that applies', async () => {
  const r = await importText(await fixture());
  const { entry, issues } = validateReportFile('640302-sifaju/2020', r.text ?? '');
  assert.deepEqual(issues, []);
  assert.equal(entry?.data.format, '2019');
  assert.match(
    r.text ?? '',
    /\n {2}procurement: \{ projects: 4, amount: \{ value: 386400, unit: "元" \} \}\n/,
  );
  assert.match(r.text ?? '', /\n {2}licensing: \{ previousYear: 12, change: -2, decisions: 356 \}\n/);
  assert.deepEqual(entry && checkReport(entry), []);
  assert.equal((await importText(await fixture())).text, r.text, 'the same bytes again');
});

test('honest as ever: a missing row, a sign where none may be, an amount without its unit', async () => {
  const text = await fixture();
  const missing = await importText(replaceOnce(text, /\t（六）其他处理\t[^\n]*\n/, '\n'));
  assert.deepEqual(
    missing.errors.map((e) => [e.code, e.row]),
    [['missing-row', '（六）其他处理']],
  );
  const signed = await importText(replaceOnce(text, '行政处罚\t48\t3\t127', '行政处罚\t48\t3\t-127'));
  assert.deepEqual(
    signed.errors.map((e) => [e.code, e.row, e.column]),
    [['bad-cell', '行政处罚', '处理决定数量']],
  );
  const bare = await importText(replaceOnce(text, '386400元', '386400'));
  assert.deepEqual(bare.errors, []);
  assert.deepEqual(bare.report?.table2.procurement?.amount, { value: 386400 });
  assert.match(bare.warnings.find((w) => w.code === 'cell-unit')?.message ?? '', /no unit/);
});

test('the form comes from the tables: a 2021-form table read as such even for 2020, with a warning', async () => {
  const seed = (await readSeed('002')).replaceAll('2023', '2020');
  const r = await importText(seed);
  assert.deepEqual(r.errors, []);
  assert.equal(r.report?.format, '2021');
  assert.deepEqual(
    r.warnings.filter((w) => w.code.startsWith('format')).map((w) => w.code),
    ['format-year'],
  );
});
