/**
 * A report in the 2019 form, end to end: the fixture imported into a copy of the content with the
 * importer's command line, validated by the site's schema in a real build, and rendered with its own
 * table layout (table 二's five blocks, table 三's 23 rows with （六）其他处理 a row of numbers).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runImport } from '../../scripts/lib/import/cli.ts';
import { form2019Fixture } from '../../scripts/lib/testkit/import.ts';
import { astroBuild, type BuildResult, copyContent } from '../lib/build.ts';
import { parseCsv } from '../lib/csv.ts';
import { attr, byTag, type Element, loadPage, text } from '../lib/html.ts';

describe('a report in the 2019 form', () => {
  let build: BuildResult;
  let imported = '';
  before(async () => {
    const dir = await copyContent();
    const io = {
      stdout: (s: string) => (imported += s),
      stderr: (s: string) => (imported += s),
      isTTY: false,
    };
    assert.equal(await runImport([form2019Fixture, '--content-dir', dir], io), 0, imported);
    build = await astroBuild(dir, join(dir, 'dist'));
  });

  const page = () => loadPage('agencies/640302-sifaju/2020/', build.outDir);
  const clean = (s: string) => s.replace(/\s+/g, '');
  const table = async (id: string) =>
    byTag(await page(), 'table').find((t) => attr(t, 'id') === id) as Element;

  test('imports and builds', () => {
    assert.match(imported, /imported reports\/640302-sifaju\/2020\.md/);
    assert.equal(build.code, 0, build.output);
  });

  test('table 二 has the 2019 blocks and columns, signed changes and the amount with its unit as printed', async () => {
    const t2 = await table('table2');
    assert.equal(attr(t2, 'data-format'), '2019');
    const headings = byTag(t2, 'th').map((th) => clean(text(th)));
    for (const label of [
      '第二十条第（九）项',
      '本年新制作数量',
      '上一年项目数量',
      '本年增/减',
      '处理决定数量',
      '政府集中采购',
      '采购总金额',
    ])
      assert.ok(headings.includes(label), label);
    assert.ok(!headings.includes('本年制发件数'));
    const cell = (key: string) =>
      clean(text(byTag(t2, 'td').find((td) => attr(td, 'data-cell') === key) as Element));
    assert.equal(cell('table2.licensing.change'), '-2');
    assert.equal(cell('table2.coercion.change'), '-1');
    // Thousands grouped for reading; the unit as printed.
    assert.equal(cell('table2.procurement.amount'), '386,400元');
    assert.equal(cell('table2.otherServices.decisions'), '41');
  });

  test('table 三 has 23 rows, （六）其他处理 a row of its own numbers, not a heading over three', async () => {
    const t3 = await table('table3');
    const rows = byTag(byTag(t3, 'tbody')[0] as Element, 'tr');
    assert.equal(rows.length, 23);
    const other = rows.find((r) =>
      byTag(r, 'th').some((th) => clean(text(th)) === '（六）其他处理'),
    ) as Element;
    assert.equal(attr(byTag(other, 'th').at(-1) as Element, 'scope'), 'row');
    assert.deepEqual(
      byTag(other, 'td').map((td) => clean(text(td))),
      ['1', '0', '0', '0', '0', '0', '1'],
    );
    const rowgroups = byTag(t3, 'th')
      .filter((th) => attr(th, 'scope') === 'rowgroup')
      .map((th) => clean(text(th)));
    assert.deepEqual(rowgroups, ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理']);
  });

  test('the page names the form, and its data passes the checks', async () => {
    const html = await readFile(join(build.outDir, 'agencies/640302-sifaju/2020/index.html'), 'utf8');
    assert.match(html, /国办公开办函〔2019〕60号（2019 年版/);
    assert.match(clean(text(await page())), /本报告通过核验/);
  });

  test('the CSV row gives its numbers and leaves the 2021 form’s columns empty, never 0', async () => {
    const [header, ...rows] = parseCsv(await readFile(join(build.outDir, 'data/reports.csv'), 'utf8')) as [
      string[],
      ...string[][],
    ];
    const row = rows.find((r) => r[0] === '640302-sifaju/2020') as string[];
    const get = (key: string) => row[header.indexOf(key)];
    assert.equal(get('format'), '2019');
    assert.equal(get('table2.licensing.change'), '-2');
    assert.equal(get('table2.procurement.amount'), '386400');
    assert.equal(get('table2.procurement.amount.unit'), '元');
    assert.equal(get('table3.otherHandling.total'), '1');
    assert.equal(get('table2.licensing.decisions'), '356');
    for (const only2021 of ['table2.rules.issued', 'table2.fees.amount', 'table3.otherOther.natural'])
      assert.equal(get(only2021), '', only2021);
    const report2023 = rows.find((r) => r[0] === '640302-sifaju/2023') as string[];
    assert.equal(report2023[header.indexOf('table3.otherHandling.total')], '');
  });
});
