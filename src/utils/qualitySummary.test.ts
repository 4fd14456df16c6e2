import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zeroReportInput } from '../../scripts/lib/testkit/tables.ts';
import type { Finding, FindingStatus, Severity } from '../checks/index.ts';
import { checkAll } from '../checks/index.ts';
import { type ReportData, reportSchema } from '../schemas/report.ts';
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
    uncheckedUnread: 0,
    unreadCells: 0,
  });
  assert.deepEqual(countFindings([], findings), {
    reports: 0,
    withFindings: 0,
    errors: 0,
    warnings: 0,
    notices: 0,
    unchecked: 0,
    uncheckedUnread: 0,
    unreadCells: 0,
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

test('cells not read are counted apart from blanks, and so are the checks each kept from being made', () => {
  // One report with 自然人 新收 not read and 商业企业 新收 left blank; its agency’s 2022 report had
  // 结转下年度 自然人 not read, which keeps 2023’s carry-over from being checked.
  const input = zeroReportInput('2021');
  input.table3.newReceived = {
    ...input.table3.newReceived,
    natural: { value: null, unread: '两个数字连在一起' },
    commercial: null,
  };
  const previous = zeroReportInput('2021');
  previous.year = 2022;
  previous.title = '利通区司法局2022年政府信息公开工作年度报告';
  previous.table3.carriedForward = {
    ...previous.table3.carriedForward,
    natural: { value: null, unread: '数字模糊' },
  };
  const withUnread = [
    { id: '640302-sifaju/2023', data: reportSchema.parse(input), body: '' },
    { id: '640302-sifaju/2022', data: reportSchema.parse(previous), body: '' },
  ];
  const checked = checkAll(withUnread);
  const counts = countFindings(withUnread, checked);
  // 2023: 自然人 and 商业企业 columns (收结平衡), the 新收 row (各行总计) and the carry-over of 自然人;
  // 2022: its 自然人 column and 结转下年度 row. Blocked by a cell not read: all but 商业企业’s column.
  assert.equal(counts.unreadCells, 2);
  assert.equal(counts.unchecked, 6);
  assert.equal(counts.uncheckedUnread, 5);
  // Counted by year, the carry-over’s cell is in the other year’s report: still found through the site.
  const [y2023] = countsByYear(withUnread, checked);
  assert.deepEqual([y2023?.year, y2023?.counts.uncheckedUnread, y2023?.counts.unreadCells], [2023, 3, 1]);
});
