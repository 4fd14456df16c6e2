import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportLike } from '../collections.ts';
import { previousYearPairs } from './pairs.ts';

const report = (agency: string, year: number) =>
  ({ id: `${agency}/${year}`, data: { agency, year } }) as ReportLike;

test('a report has a page of changes only when its agency has a report for the year just before', () => {
  const byAgency = new Map([
    ['a', [report('a', 2024), report('a', 2023), report('a', 2021)]],
    ['b', [report('b', 2024)]],
  ]);
  assert.deepEqual(
    previousYearPairs(byAgency).map((p) => [p.report.id, p.previous.id]),
    [['a/2024', 'a/2023']],
  );
});
