import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReportFormat } from '../../../src/catalogue/index.ts';
import { compareReport, type ReadCell, type ReadTables, type Verdict } from './compare.ts';
import type { TruthValue } from './truth.ts';

/** A truth of the given cells (the rest undetermined). */
function truth(cells: Record<string, TruthValue>, format: ReportFormat = '2021') {
  return { format, cells: new Map(Object.entries(cells)) };
}

/** Read tables holding only the given cells (every other cell: no cell). */
function read(cells: Record<string, ReadCell>, format: ReportFormat = '2021'): { tables: ReadTables } {
  const tables: ReadTables = { format, table2: {}, table3: {}, table4: {} };
  for (const [key, cell] of Object.entries(cells)) {
    const [table, row, column] = key.split('.') as ['table2' | 'table3' | 'table4', string, string];
    tables[table][row] = { ...tables[table][row], [column]: cell };
  }
  return { tables };
}

const key = 'table3.newReceived.natural';
const verdictOf = (t: Record<string, TruthValue>, r: Record<string, ReadCell>): Verdict | undefined =>
  compareReport(truth(t), read(r)).verdicts.find((v) => v.key === key);

describe('a cell the document determines', () => {
  test('is exact when the importer gives the printed number', () => {
    assert.equal(verdictOf({ [key]: { value: 21 } }, { [key]: { value: 21 } })?.verdict, 'exact');
  });

  test('is exact when both are blank', () => {
    assert.equal(verdictOf({ [key]: { value: null } }, { [key]: { value: null } })?.verdict, 'exact');
  });

  test('is wrong when the importer gives another number', () => {
    assert.equal(verdictOf({ [key]: { value: 21 } }, { [key]: { value: 12 } })?.verdict, 'wrong');
  });

  test('is wrong when the importer gives a blank where a number is printed', () => {
    assert.equal(verdictOf({ [key]: { value: 0 } }, { [key]: { value: null } })?.verdict, 'wrong');
  });

  test('is wrong when the importer gives a number where the document prints a blank', () => {
    assert.equal(verdictOf({ [key]: { value: null } }, { [key]: { value: 0 } })?.verdict, 'wrong');
  });

  test('is refused, with the reason, when the importer says it could not read it', () => {
    const v = verdictOf({ [key]: { value: 21 } }, { [key]: { value: null, unread: 'row not found' } });
    assert.deepEqual(v, { key, verdict: 'refused', truth: { value: 21 }, reason: 'row not found' });
  });

  test('is refused when the importer gives no cell', () => {
    assert.equal(verdictOf({ [key]: { value: 21 } }, {})?.verdict, 'refused');
  });

  test('amounts must be the printed decimal exactly', () => {
    const fees = 'table2.fees.amount';
    const of = (got: number) =>
      compareReport(truth({ [fees]: { value: 7730.28 } }), read({ [fees]: { value: got } }));
    assert.equal(of(7730.28).counts.exact, 1);
    assert.equal(of(7730.3).counts.wrong, 1);
  });

  test('a unit the truth gives must match; one it does not give is not compared', () => {
    const amount = 'table2.procurement.amount';
    const of = (t: TruthValue, got: ReadCell) =>
      compareReport(truth({ [amount]: t }, '2019'), read({ [amount]: got }, '2019')).verdicts[0]?.verdict;
    assert.equal(of({ value: 386400, unit: '元' }, { value: 386400, unit: '元' }), 'exact');
    assert.equal(of({ value: 386400, unit: '元' }, { value: 386400, unit: '万元' }), 'wrong');
    assert.equal(of({ value: 386400, unit: '元' }, { value: 386400 }), 'wrong');
    assert.equal(of({ value: 386400 }, { value: 386400, unit: '元' }), 'exact');
  });
});

describe('a cell the document does not determine', () => {
  test('is wrong when the importer gives a number there', () => {
    const c = compareReport(truth({}), read({ [key]: { value: 3 } }));
    assert.deepEqual(c.verdicts, [{ key, verdict: 'wrong', got: { value: 3 } }]);
    assert.deepEqual(c.counts, { cells: 0, exact: 0, refused: 0, wrong: 1 });
  });

  test('is not counted when the importer gives a blank, an unread cell or nothing', () => {
    const other = 'table3.carriedOver.natural';
    const c = compareReport(
      truth({}),
      read({ [key]: { value: null }, [other]: { value: null, unread: 'cut off' } }),
    );
    assert.deepEqual(c.verdicts, []);
  });
});

describe('a whole report', () => {
  test('refused whole: every determined cell is refused with the reason', () => {
    const c = compareReport(truth({ [key]: { value: 1 }, 'table2.fees.amount': { value: 0 } }), {
      refused: 'not a report',
    });
    assert.equal(c.refused, 'not a report');
    assert.deepEqual(c.counts, { cells: 2, exact: 0, refused: 2, wrong: 0 });
    assert.ok(c.verdicts.every((v) => v.verdict === 'refused' && v.reason === 'not a report'));
  });

  test('read as the other form: determined cells are wrong even when equal, unless unread', () => {
    const other = 'table3.carriedOver.natural';
    const c = compareReport(
      truth({ [key]: { value: 1 }, [other]: { value: 0 } }),
      read({ [key]: { value: 1 }, [other]: { value: null, unread: 'no such row' } }, '2019'),
    );
    assert.deepEqual(c.formatMismatch, { truth: '2021', read: '2019' });
    assert.deepEqual(c.counts, { cells: 2, exact: 0, refused: 1, wrong: 1 });
  });

  test('read as the other form: a number in a cell only that form has is wrong', () => {
    const c = compareReport(truth({}), read({ 'table2.licensing.previousYear': { value: 5 } }, '2019'));
    assert.deepEqual(
      c.verdicts.map((v) => [v.key, v.verdict]),
      [['table2.licensing.previousYear', 'wrong']],
    );
  });

  test('a sample that must be refused: met when refused, not met when tables are read', () => {
    const mustRefuse = { cells: new Map(), refuse: 'invalid JSON' };
    assert.deepEqual(compareReport(mustRefuse, { refused: 'no title' }).expectedRefusal, {
      reason: 'invalid JSON',
      met: true,
    });
    const read1 = compareReport(mustRefuse, read({ [key]: { value: 7 } }));
    assert.equal(read1.expectedRefusal?.met, false);
    assert.equal(read1.counts.wrong, 1);
  });

  test('how each cell was read is kept on exact and wrong cells', () => {
    const reading = { ...read({ [key]: { value: 2 } }), methodOf: () => 'split' };
    const c = compareReport(truth({ [key]: { value: 1 } }), reading);
    assert.deepEqual(c.verdicts, [
      { key, verdict: 'wrong', truth: { value: 1 }, got: { value: 2 }, method: 'split' },
    ]);
  });
});
