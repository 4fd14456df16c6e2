import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadAgencies } from '../import/files.ts';
import { importFile } from '../import/importFile.ts';
import type { Imported } from '../import/importReport.ts';
import type { ReadTables } from './compare.ts';
import { fromImported, readingOf } from './reading.ts';

const repo = new URL('../../../', import.meta.url).pathname;
const tables: ReadTables = {
  format: '2019',
  table2: {},
  table3: { newReceived: { natural: { value: 5 } } },
  table4: {},
};

test('a report the importer writes gives its tables', async () => {
  const file = join(repo, 'content/sources/640500-sifaju/2023.txt');
  const imported = await importFile({
    bytes: await readFile(file),
    ext: '.txt',
    options: { allowPartial: true },
    agencies: await loadAgencies(join(repo, 'content')),
  });
  const reading = fromImported(imported);
  assert.ok('tables' in reading);
  assert.equal(reading.tables.format, '2021');
  assert.deepEqual(reading.tables.table2.licensing, { decisions: { value: 74 } });
});

test('without a report, the tables as read are used', () => {
  const imported = { warnings: [], errors: [{ message: 'unknown agency' }], tables } as unknown as Imported;
  const reading = fromImported(imported);
  assert.ok('tables' in reading);
  assert.deepEqual(reading.tables, tables);
});

test('without tables, the whole report is refused for the first error', () => {
  const imported = {
    warnings: [],
    errors: [{ message: 'not a report' }, { message: 'later' }],
  } as unknown as Imported;
  assert.deepEqual(fromImported(imported), { refused: 'not a report' });
});

test("how a cell was read is its own entry, else its row's, when the importer says", () => {
  const read = { 'table3.newReceived': { how: 'label' }, 'table3.newReceived.total': { how: 'split' } };
  const imported = { warnings: [], errors: [], tables: { ...tables, read } } as unknown as Imported;
  const of = (table: 'table3' | 'table4', row: string, column: string) =>
    readingOf(imported, { table, row, column });
  assert.equal(of('table3', 'newReceived', 'natural'), 'label');
  assert.equal(of('table3', 'newReceived', 'total'), 'split');
  assert.equal(of('table4', 'reconsideration', 'total'), undefined);
});

test('without a report entry, how a cell was read comes from its read record', () => {
  const reads = {
    table2: new Map(),
    table3: new Map([['carriedOver.other', { line: 3, how: 'order' }]]),
    table4: new Map(),
  };
  const imported = { warnings: [], errors: [], tables, reads } as unknown as Imported;
  assert.equal(readingOf(imported, { table: 'table3', row: 'carriedOver', column: 'other' }), 'order');
});
