import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dump } from 'js-yaml';
import type { RuleInput } from '../../../src/checks/types.ts';
import { makeReport, setCell, sixPartBody } from '../testkit/reports.ts';

const script = new URL('../../check.ts', import.meta.url).pathname;
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const agency = {
  name: '示例市示例区司法局',
  shortName: '示例区司法局',
  kind: '司法局',
  level: 'county',
  region: { province: '示例省', city: '示例市', county: '示例区', code: '000000' },
};

/** A content folder holding one agency and the given reports; `frontmatter` may replace a report's data. */
function contentDir(reports: { report: RuleInput; frontmatter?: unknown }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'touming-check-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'agencies'));
  writeFileSync(join(dir, 'agencies', '000000-shili.yaml'), dump(agency));
  for (const { report, frontmatter } of reports) {
    mkdirSync(join(dir, 'reports', report.data.agency), { recursive: true });
    // The original the report names, with the SHA-256 it records (the check verifies both).
    const original = `原文 ${report.id}`;
    mkdirSync(join(dir, 'sources', report.data.agency), { recursive: true });
    writeFileSync(join(dir, report.data.source.file), original);
    const source = { ...report.data.source, sha256: createHash('sha256').update(original).digest('hex') };
    const file = join(dir, 'reports', `${report.id}.md`);
    writeFileSync(file, `---\n${dump(frontmatter ?? { ...report.data, source })}---\n\n${report.body}\n`);
  }
  return dir;
}

function check(dir: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [script, '--content-dir', dir, ...flags], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, last: r.stdout.trim().split('\n').at(-1) };
}

test('clean content exits 0 with a summary line and nothing else', () => {
  const dir = contentDir([{ report: makeReport(2021) }, { report: makeReport(2022) }]);
  const r = check(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), '2 reports, 0 schema errors, 0 errors, 0 warnings, 0 notices, 0 unchecked');
});

test('CONTENT_DIR names the folder to check, as it does for the build; --content-dir wins over it', () => {
  const report = makeReport();
  const data = JSON.parse(JSON.stringify(report.data));
  data.table3.newReceived.commercial = 'x';
  const broken = contentDir([{ report, frontmatter: data }]);
  const clean = contentDir([{ report: makeReport(2021) }]);
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: broken },
    });
  const byEnv = run();
  assert.equal(byEnv.status, 1);
  assert.match(
    byEnv.stdout,
    /reports\/000000-shili\/2021\.md\n {2}schema error {2}table3\.newReceived\.commercial: /,
  );
  const byFlag = run('--content-dir', clean);
  assert.equal(byFlag.status, 0, byFlag.stdout);
});

test('a schema error exits 1 and names the file and the field', () => {
  const report = makeReport();
  const data = JSON.parse(JSON.stringify(report.data));
  data.table3.newReceived.commercial = 'x';
  const r = check(contentDir([{ report, frontmatter: data }]));
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /reports\/000000-shili\/2021\.md\n {2}schema error {2}table3\.newReceived\.commercial: /,
  );
  assert.equal(r.last, '1 report, 1 schema error, 0 errors, 0 warnings, 0 notices, 0 unchecked');
});

test('a broken identity is reported under its file but exits 0, and 1 with --strict', () => {
  const report = setCell(makeReport(), 'table3', 'newReceived', 'natural', 1);
  setCell(report, 'table3', 'newReceived', 'total', 1);
  const dir = contentDir([{ report }]);
  const r = check(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    /reports\/000000-shili\/2021\.md\n {2}error {9}table3-balance: 表三「自然人」列：本年新收（1）加上年结转（0）为 1，但办理结果总计（0）加结转下年度（0）为 0，相差 1。/,
  );
  assert.equal(r.last, '1 report, 0 schema errors, 2 errors, 0 warnings, 0 notices, 0 unchecked');
  assert.equal(check(dir, '--strict').status, 1);
});

test('--json prints one document with the summary and each report’s findings', () => {
  const report = makeReport();
  report.body = sixPartBody(2021).replace('## 四、政府信息公开行政复议、行政诉讼情况', '');
  setCell(report, 'table4', 'reconsideration', 'total', null);
  const r = check(contentDir([{ report }]), '--json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    { ...out.summary, byRule: undefined },
    {
      reports: 1,
      schemaErrors: 0,
      findings: 2,
      errors: 0,
      warnings: 1,
      notices: 0,
      unchecked: 1,
      byRule: undefined,
    },
  );
  assert.deepEqual(
    out.reports.map((x: { id: string; file: string; findings: { rule: string; status: string }[] }) => [
      x.id,
      x.file,
      x.findings.map((f) => `${f.rule}:${f.status}`),
    ]),
    [
      [
        '000000-shili/2021',
        'reports/000000-shili/2021.md',
        ['parts-present-in-order:failed', 'table4-group-total:unchecked'],
      ],
    ],
  );
});

test('an unknown option exits 2 with the usage', () => {
  const r = check(contentDir([]), '--stricter');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: npm run check/);
});

test('a report naming an unknown agency exits 1, like the build', () => {
  const report = makeReport();
  const data = { ...JSON.parse(JSON.stringify(report.data)), agency: '000000-nosuch' };
  const r = check(contentDir([{ report, frontmatter: data }]));
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /reports\/000000-shili\/2021\.md\n {2}schema error {2}agency: unknown agency "000000-nosuch"/,
  );
});
