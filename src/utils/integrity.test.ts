import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Agency } from '../schemas/agency.ts';
import type { ReportData } from '../schemas/report.ts';
import { crossCheckEntries, formatIntegrityErrors } from './integrity.ts';

const agencies = [{ id: '640302-sifaju', data: {} as Agency }];
const report = (id: string, agency: string, year: number) => ({
  id,
  filePath: `content/reports/${id}.md`,
  data: { agency, year } as ReportData,
});

test('a report of a known agency, filed under its agency and year, passes', () => {
  assert.deepEqual(crossCheckEntries(agencies, [report('640302-sifaju/2023', '640302-sifaju', 2023)]), []);
});

test('an unknown agency is named with the file', () => {
  const errors = crossCheckEntries(agencies, [report('640399-sifaju/2023', '640399-sifaju', 2023)]);
  assert.equal(
    formatIntegrityErrors(errors),
    'content/reports/640399-sifaju/2023.md: field "agency" unknown agency "640399-sifaju": there is no content/agencies/640399-sifaju.yaml',
  );
});

test('a report filed under the wrong year or agency folder is caught', () => {
  const errors = crossCheckEntries(agencies, [report('640302-sifaju/2022', '640302-sifaju', 2023)]);
  assert.deepEqual(
    errors.map((e) => e.field),
    ['year'],
  );
  const moved = crossCheckEntries(
    [...agencies, { id: 'x', data: {} as Agency }],
    [report('x/2023', '640302-sifaju', 2023)],
  );
  assert.deepEqual(
    moved.map((e) => e.field),
    ['agency'],
  );
});
