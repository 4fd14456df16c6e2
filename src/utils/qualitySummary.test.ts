import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding, FindingStatus, Severity } from '../checks/index.ts';
import type { ReportData } from '../schemas/report.ts';
import { countFindings, countsByYear, reportsWithFindings } from './qualitySummary.ts';

const report = (agencyId: string, year: number) => ({
  id: `${agencyId}/${year}`,
  data: { agency: agencyId, year } as ReportData,
});
const finding = (reportId: string, severity: Severity, status: FindingStatus = 'failed'): Finding => ({
  rule: 'table3-balance',
  severity,
  status,
  report: reportId,
  cells: [],
  left: { label: '左', value: 1 },
  right: { label: '右', value: 2 },
  message: '不一致',
});

const reports = [report('a', 2023), report('a', 2022), report('b', 2023), report('c', 2021)];
const findings = {
  'a/2023': [finding('a/2023', 'error'), finding('a/2023', 'notice', 'unchecked')],
  'a/2022': [],
  'b/2023': [finding('b/2023', 'warning'), finding('b/2023', 'notice')],
};
const names: Record<string, string> = { a: '中卫市司法局', b: '利通区司法局', c: '偃师区司法局' };

test('counts: reports, those with findings, and findings by kind (an unchecked one only as such)', () => {
  assert.deepEqual(countFindings(reports, findings), {
    reports: 4,
    withFindings: 2,
    errors: 1,
    warnings: 1,
    notices: 1,
    unchecked: 1,
  });
  assert.deepEqual(countFindings([], findings), {
    reports: 0,
    withFindings: 0,
    errors: 0,
    warnings: 0,
    notices: 0,
    unchecked: 0,
  });
});

test('counts by year: newest first, only years with reports, adding up to the whole', () => {
  const years = countsByYear(reports, findings);
  assert.deepEqual(
    years.map((y) => [y.year, y.counts.reports, y.counts.withFindings, y.counts.errors + y.counts.warnings]),
    [
      [2023, 2, 2, 2],
      [2022, 1, 0, 0],
      [2021, 1, 0, 0],
    ],
  );
});

test('the reports with findings, by agency name in Chinese order, then newest first; none left out', () => {
  const more = { ...findings, 'a/2022': [finding('a/2022', 'error')] };
  const listed = reportsWithFindings(reports, more, (id) => names[id] ?? id).map((r) => r.id);
  // 利 (lì) before 中 (zhōng).
  assert.deepEqual(listed, ['b/2023', 'a/2023', 'a/2022']);
  assert.deepEqual(
    reportsWithFindings(reports, {}, (id) => id),
    [],
  );
});
