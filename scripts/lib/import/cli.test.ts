import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import {
  form2019Fixture,
  readSeed,
  replaceOnce,
  repoContent,
  seedNames,
  seedPath,
  seeds,
  tempContent,
} from '../testkit/import.ts';
import { foldChecks, runImport } from './cli.ts';
import { minimalPdf } from './pdf/testPdf.ts';

async function run(args: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runImport(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY });
  return { code, stdout, stderr };
}

/** A folder holding the five seeds under their seed numbers. */
async function inbox(): Promise<string> {
  const dir = join(await tempContent(false), 'inbox');
  await mkdir(dir);
  for (const name of seedNames) await cp(seedPath(name), join(dir, `${name}.txt`));
  return dir;
}

async function files(dir: string, sub: string): Promise<string[]> {
  return (await readdir(join(dir, sub), { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(join(dir, sub).length + 1))
    .sort();
}

/** Runs an import as if on `day` (YYYY-MM-DD), by the reproducible-builds variable the CLI honours. */
async function runOn(day: string, args: string[]) {
  const before = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${day}T12:00:00Z`) / 1000);
  try {
    return await run(args);
  } finally {
    if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = before;
  }
}

test('a folder of reports is imported into the content folder: reports as bundled, originals kept byte for byte', async () => {
  const content = await tempContent();
  // The bundled seeds were imported on 2026-11-23, which their reports record.
  const r = await runOn('2026-11-23', [await inbox(), '--content-dir', content]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Imported 5, unchanged 0, with warnings 1, failed 0 \(of 5\)/);
  for (const source of Object.values(seeds)) {
    assert.deepEqual(
      await readFile(join(content, source)),
      await readFile(join(repoContent, source)),
      source,
    );
    const report = source.replace('sources/', 'reports/').replace('.txt', '.md');
    assert.equal(
      await readFile(join(content, report), 'utf8'),
      await readFile(join(repoContent, report), 'utf8'),
      report,
    );
  }
  assert.deepEqual(await files(content, 'agencies'), await files(repoContent, 'agencies'));
});

test('re-importing changes nothing; an existing report that differs is only overwritten with --force', async () => {
  const content = await tempContent();
  const dir = await inbox();
  await run([dir, '--content-dir', content]);
  const report = join(content, 'reports/640500-sifaju/2023.md');
  const before = await stat(report);
  const again = await run([dir, '--content-dir', content]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /Imported 0, unchanged 5/);
  assert.equal((await stat(report)).mtimeMs, before.mtimeMs);

  await writeFile(report, 'edited by hand\n');
  const refused = await run([join(dir, '002.txt'), '--content-dir', content]);
  assert.equal(refused.code, 1);
  assert.match(
    refused.stderr,
    /reports\/640500-sifaju\/2023\.md exists and differs; not overwritten \(use --force\)/,
  );
  assert.equal(await readFile(report, 'utf8'), 'edited by hand\n');
  const forced = await runOn('2026-11-23', [join(dir, '002.txt'), '--content-dir', content, '--force']);
  assert.equal(forced.code, 0);
  assert.equal(
    await readFile(report, 'utf8'),
    await readFile(join(repoContent, 'reports/640500-sifaju/2023.md'), 'utf8'),
  );
});

test('a report records the day it was imported, and importing the same original on a later day keeps that day', async () => {
  const content = await tempContent();
  const dir = await inbox();
  const report = join(content, 'reports/640500-sifaju/2023.md');
  assert.equal((await runOn('2025-02-03', [join(dir, '002.txt'), '--content-dir', content])).code, 0);
  assert.match(await readFile(report, 'utf8'), /^ {2}imported: "2025-02-03"$/m);
  const later = await runOn('2026-01-05', [join(dir, '002.txt'), '--content-dir', content]);
  assert.match(later.stderr, /Imported 0, unchanged 1/);
  assert.match(await readFile(report, 'utf8'), /^ {2}imported: "2025-02-03"$/m);
  // Without SOURCE_DATE_EPOCH the day is today's.
  const fresh = await tempContent();
  const dayBefore = new Date().toISOString().slice(0, 10);
  assert.equal((await run([join(dir, '002.txt'), '--content-dir', fresh])).code, 0);
  const days = new Set([dayBefore, new Date().toISOString().slice(0, 10)]); // the run may cross midnight
  const written = await readFile(join(fresh, 'reports/640500-sifaju/2023.md'), 'utf8');
  assert.ok(days.has(/^ {2}imported: "([\d-]+)"$/m.exec(written)?.[1] ?? ''), 'imported today');
});

test('a batch goes on past bad files, writes nothing for them, lists each failure with its reason and exits 1', async () => {
  const content = await tempContent();
  const dir = await inbox();
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(
    join(dir, 'junk.txt'),
    Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131) % 256)),
  );
  await writeFile(join(dir, 'memo.txt'), '会议通知\n请准时参加。\n');
  await writeFile(
    join(dir, 'norow.txt'),
    replaceOnce(await readSeed('004'), '8.属于行政查询事项 0 0 0 0 0 0 0\n', '').replace(
      '偃师区司法局2023年',
      '偃师区司法局2022年',
    ),
  );
  const r = await run([dir, '--content-dir', content]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Imported 5, unchanged 0, with warnings 1, failed 4 \(of 9\)/);
  assert.match(r.stderr, /✗ .*empty\.txt: error: the file is empty/);
  assert.match(r.stderr, /✗ .*junk\.txt: error: the file is binary, not text/);
  assert.match(r.stderr, /✗ .*memo\.txt: error: not a report/);
  assert.match(r.stderr, /✗ .*norow\.txt: error: 表三 · “8\.属于行政查询事项”: row not found in the table/);
  assert.deepEqual(
    await files(content, 'reports'),
    Object.values(seeds)
      .map((s) => s.replace('sources/', '').replace('.txt', '.md'))
      .sort(),
  );
  assert.equal((await files(content, 'sources')).length, 5);
});

test('--dry-run prints what would be written and writes nothing', async () => {
  const content = await tempContent(false);
  const r = await run([seedPath('004'), '--content-dir', content, '--dry-run']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /--- agencies\/410307-sifaju\.yaml \(new\) ---\nname: 洛阳市偃师区司法局\n/);
  assert.match(r.stdout, /--- reports\/410307-sifaju\/2023\.md \(new\) ---\n---\nagency: 410307-sifaju\n/);
  assert.match(r.stderr, /Dry run: would import 1/);
  assert.deepEqual(await readdir(content), []);
});

test('a dry run’s lines say what the summary says: “would import” for a new report, “unchanged” for one already there', async () => {
  const content = await tempContent(false);
  const fresh = await run([seedPath('004'), '--content-dir', content, '--dry-run']);
  assert.match(fresh.stdout, /^would import reports\/410307-sifaju\/2023\.md ← /m);
  assert.match(fresh.stderr, /Dry run: would import 1, unchanged 0/);
  await run([seedPath('004'), '--content-dir', content]);
  const again = await run([seedPath('004'), '--content-dir', content, '--dry-run']);
  assert.match(again.stdout, /^unchanged reports\/410307-sifaju\/2023\.md ← /m);
  assert.doesNotMatch(again.stdout, /would/);
  assert.match(again.stderr, /Dry run: would import 0, unchanged 1/);
});

test('check lines of one kind are folded into one with a count', () => {
  const lines = [
    'unchecked  table3-row-total: 表三「四、结转下年度继续办理」行… 5 处未填报',
    'unchecked  table3-row-total: 表三「（七）总计」行… 3 处未填报',
    'unchecked  table3-row-total: 表三「一、本年新收」行… 1 处未填报',
    'error      table3-balance: 表三「自然人」列不平衡',
  ];
  assert.deepEqual(foldChecks(lines), [
    'unchecked  table3-row-total: 表三「四、结转下年度继续办理」行… 5 处未填报 (and 2 more: unchecked table3-row-total)',
    'error      table3-balance: 表三「自然人」列不平衡',
  ]);
});

test('--json prints the parsed reports and the problems for scripts', async () => {
  const content = await tempContent();
  const bad = join(await tempContent(false), 'bad.txt');
  await writeFile(bad, replaceOnce(await readSeed('000'), '行政处罚 0', '行政处罚'));
  const r = await run([seedPath('001'), bad, '--content-dir', content, '--json']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.summary, { imported: 1, unchanged: 0, withWarnings: 1, failed: 1 });
  const [ok, failed] = out.results;
  assert.equal(ok.report.agency, '640302-sifaju');
  assert.equal(ok.report.table2.normativeDocuments.repealed.value, 0);
  assert.deepEqual(
    ok.warnings.map((w: { code: string }) => w.code),
    ['heading-truncated', 'alias-label', 'alias-label'],
  );
  assert.equal(failed.status, 'failed');
  assert.deepEqual(
    failed.errors.map((e: { code: string; table: string; row: string }) => [e.code, e.table, e.row]),
    [['row-without-numbers', '表二', '行政处罚']],
  );
  // A report that could not be written still shows what was read, and why the rest was not.
  assert.equal(failed.report, undefined);
  assert.equal(failed.tables.table2.licensing.decisions.value, 0);
  assert.deepEqual(failed.tables.table2.penalties.decisions, {
    value: null,
    unread: 'its label is printed but no numbers could be placed on it',
  });
});

test('an agency whose place is ambiguous is refused until --region names it; then its entry is written', async () => {
  const content = await tempContent();
  const file = join(await tempContent(false), 'chaoyang.txt');
  await writeFile(file, replaceOnce(await readSeed('004'), '偃师区司法局2023年', '朝阳区司法局2023年'));
  const refused = await run([file, '--content-dir', content]);
  assert.equal(refused.code, 1);
  assert.match(
    refused.stderr,
    /the place in “朝阳区司法局” is ambiguous: 北京市朝阳区 \(110105\);.*pass --region <code>/,
  );
  const ok = await run([file, '--content-dir', content, '--region', '110105']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(
    await readFile(join(content, 'agencies/110105-sifaju.yaml'), 'utf8'),
    /^name: 北京市朝阳区司法局\nshortName: 朝阳区司法局\n/,
  );
  assert.ok((await files(content, 'reports')).includes('110105-sifaju/2023.md'));
});

test('after an import the project’s checks run on the report and their findings are printed', async () => {
  const file = join(await tempContent(false), 'sum.txt');
  // The seed’s (七) 总计 row, with its 总计 changed from 1 to 2: the row and the column no longer add up.
  await writeFile(
    file,
    replaceOnce(await readSeed('002'), '(七) 总计\t1\t0\t0\t0\t0\t0\t1', '(七) 总计\t1\t0\t0\t0\t0\t0\t2'),
  );
  const r = await run([file, '--content-dir', await tempContent()]);
  assert.equal(r.code, 0);
  assert.match(
    r.stderr,
    /warning: 表三 · “（七）总计” · “总计”: 总计 is 2 but the six applicant columns add up to 1, as printed/,
  );
  assert.match(r.stderr, /sum\.txt: check: error table3-row-total: /);
});

test('a progress bar is drawn on a terminal', async () => {
  const r = await run([await inbox(), '--content-dir', await tempContent(), '--dry-run'], true);
  assert.ok(r.stderr.includes(`\r\x1b[2K[${'#'.repeat(6)}${'.'.repeat(24)}] 1/5 `), r.stderr);
});

test('usage errors exit 2', async () => {
  assert.equal((await run([])).code, 2);
  assert.equal((await run(['x.txt', '--year', 'soon'])).code, 2);
  assert.equal((await run(['x.txt', '--bogus'])).code, 2);
});

test('the npm script entry point runs the importer and sets the exit code', async () => {
  const content = await tempContent();
  const script = new URL('../../import.ts', import.meta.url).pathname;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [
    script,
    seedPath('003'),
    '--content-dir',
    content,
  ]);
  assert.match(stdout, /^imported reports\/640303-sifaju\/2024\.md ← /);
  assert.match(stderr, /Imported 1/);
  await assert.rejects(
    promisify(execFile)(process.execPath, [script, join(content, 'nope.txt'), '--content-dir', content]),
    (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /nope\.txt: error: no such file or folder/);
      return true;
    },
  );
});

test('a batch of every kind — web page, PDF, a scan, a 2019-form text — goes on past the bad one and sums up', async () => {
  const content = await tempContent(false);
  const dir = join(content, 'inbox');
  await mkdir(dir);
  await cp(join(repoContent, 'sources/321322-fazhanhegaigeju/2023.html'), join(dir, 'shuyang.html'));
  await cp(join(repoContent, 'sources/320800-renminzhengfu/2024.pdf'), join(dir, 'huaian.pdf'));
  await cp(form2019Fixture, join(dir, 'litong-2020.txt'));
  await writeFile(join(dir, 'scan.pdf'), minimalPdf([{ content: '0 0 m 595 842 l S' }]));
  const r = await run([dir, '--content-dir', content]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Imported 3, unchanged 0, with warnings 1, failed 1 \(of 4\)/);
  assert.match(r.stderr, /✗ .*scan\.pdf: error: the PDF has no text layer/);
  assert.deepEqual(await files(content, 'sources'), [
    '320800-renminzhengfu/2024.pdf',
    '321322-fazhanhegaigeju/2023.html',
    '640302-sifaju/2020.txt',
  ]);
  assert.deepEqual(await files(content, 'agencies'), [
    '320800-renminzhengfu.yaml',
    '321322-fazhanhegaigeju.yaml',
    '640302-sifaju.yaml',
  ]);
  const again = await run([dir, '--content-dir', content]);
  assert.match(again.stderr, /Imported 0, unchanged 3, with warnings 1, failed 1 \(of 4\)/);
});

test('a folder holding a converter’s markdown imports it like any report: .md files are not skipped', async () => {
  const content = await tempContent();
  const dir = join(content, 'inbox-md');
  await mkdir(dir);
  await cp(
    new URL('../../../tests/fixtures/shapes/huaian-2024.md-table3-split-generic.md', import.meta.url)
      .pathname,
    join(dir, 'report.md'),
  );
  const r = await run([dir, '--content-dir', content]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /imported reports\/320800-renminzhengfu\/2024\.md ← .*report\.md/);
  // The original is kept byte for byte, as text: a name ending in .md is never published as markup.
  assert.deepEqual(
    await readFile(join(content, 'sources/320800-renminzhengfu/2024.txt')),
    await readFile(join(dir, 'report.md')),
  );
});
