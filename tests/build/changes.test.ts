/**
 * 与上年对比 on content made for it, built from a copy of the content folder:
 * - 利通区 2022 → 2023 with blanks and cells not read: a number that became 未填报 is listed as such,
 *   never differenced; a blank both years is no change; a cell not read in either year is not
 *   compared but listed apart as 未读取 (never 0).
 * - 上海市 2020 (2019 form) → 2021 (a 2021-form report added for the test): only cells with the same
 *   key in both forms are compared, and the rows that cannot be are named.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { astroBuild, type BuildResult, copyContent } from '../lib/build.ts';
import { clean, expectedChanges, listedChanges } from '../lib/changes.ts';
import { attr, byTag, type Element, elements, text } from '../lib/html.ts';

/** Replaces each `from` once in a file's text, failing if one is not there. */
async function edit(file: string, edits: [string, string][]) {
  let changed = await readFile(file, 'utf8');
  for (const [from, to] of edits) {
    const next = changed.replace(from, to);
    assert.notEqual(next, changed, `${file}: ${from}`);
    changed = next;
  }
  await writeFile(file, changed);
}

const unread = (reason: string) => `{ value: null, unread: "${reason}" }`;

describe('与上年对比 with blanks, cells not read and two forms', () => {
  let build: BuildResult;
  let content: string;
  before(async () => {
    content = await copyContent();
    const reports = join(content, 'reports');
    await edit(join(reports, '640302-sifaju/2022.md'), [
      // 3 → “/” (listed: 本年未填报), and 2 → not read (not compared)
      ['  newReceived: { natural: 0,', '  newReceived: { natural: 3,'],
      ['  reconsideration: { upheld: 0,', '  reconsideration: { upheld: 2,'],
      // blank both years: no change
      ['  licensing: { decisions: 0 }', '  licensing: { decisions: "/" }'],
      // not read last year, 5 this year: not compared
      ['  penalties: { decisions: 0 }', `  penalties: { decisions: ${unread('printed twice')} }`],
      // blank last year, 4 this year: listed (上年未填报)
      ['  coercion: { decisions: 0 }', '  coercion: { decisions: "-" }'],
    ]);
    await edit(join(reports, '640302-sifaju/2023.md'), [
      ['  newReceived: { natural: 0,', '  newReceived: { natural: "/",'],
      [
        '  reconsideration: { upheld: 0,',
        `  reconsideration: { upheld: ${unread('two numbers run together')},`,
      ],
      ['  licensing: { decisions: 0 }', '  licensing: { decisions: "/" }'],
      ['  penalties: { decisions: 0 }', '  penalties: { decisions: 5 }'],
      ['  coercion: { decisions: 0 }', '  coercion: { decisions: 4 }'],
      // and one plain difference
      ['  fees: { amount: 0 }', '  fees: { amount: 1.5 }'],
    ]);
    // 上海市 2021: 利通区 2023's file (a 2021-form report) filed under 上海市, with its original.
    const shanghai = join(reports, '310000-renminzhengfu');
    await mkdir(join(content, 'sources/310000-renminzhengfu'), { recursive: true });
    await copyFile(
      join(content, 'sources/640302-sifaju/2023.txt'),
      join(content, 'sources/310000-renminzhengfu/2021.txt'),
    );
    await copyFile(join(reports, '640302-sifaju/2023.md'), join(shanghai, '2021.md'));
    await edit(join(shanghai, '2021.md'), [
      ['agency: 640302-sifaju', 'agency: 310000-renminzhengfu'],
      ['year: 2023', 'year: 2021'],
      [
        'title: "利通区司法局2023年政府信息公开工作年度报告"',
        'title: "2021年上海市政府信息公开工作年度报告"',
      ],
      ['file: sources/640302-sifaju/2023.txt', 'file: sources/310000-renminzhengfu/2021.txt'],
    ]);
    build = await astroBuild(content, join(content, 'dist'));
  });
  after(async () => {
    if (content) await rm(content, { recursive: true, force: true });
  });

  test('builds', () => {
    assert.equal(build.code, 0, build.output);
  });

  test('blanks are never 0 and cells not read are never compared', async () => {
    const expected = await expectedChanges('640302-sifaju/2022', '640302-sifaju/2023', content);
    // By hand: newReceived.natural 3 → 未填报; coercion 未填报 → 4; fees 0 → 1.5. Not licensing (blank
    // both years), not penalties or reconsideration.upheld (not read in one year).
    assert.deepEqual(expected.changes, [
      ['table2.coercion.decisions', '未填报', '4', '上年未填报'],
      ['table2.fees.amount', '0', '1.5', '+1.5'],
      ['table3.newReceived.natural', '3', '未填报', '本年未填报'],
    ]);
    const { page, cells } = await listedChanges('agencies/640302-sifaju/2023/changes/', build.outDir);
    assert.deepEqual(cells, expected.changes);
    const notRead = elements(page).find((e) => attr(e, 'id') === 'unread') as Element;
    assert.deepEqual(
      byTag(notRead, 'li').map((li) => attr(li, 'data-cell')),
      ['table2.penalties.decisions', 'table4.reconsideration.upheld'],
    );
    assert.deepEqual(
      expected.unread.map(([key]) => key),
      ['table2.penalties.decisions', 'table4.reconsideration.upheld'],
    );
    assert.match(clean(text(notRead)), /2022年未读取，2023年5/);
    assert.match(clean(text(notRead)), /2022年2，2023年未读取/);
    assert.match(clean(text(page)), /两年的报告都有的 200 个单元格中，3 个数字有变化，2 个因未读取无法比较/);
  });

  test('2019 form → 2021 form: only the cells both forms have, and the rows that cannot be compared named', async () => {
    const expected = await expectedChanges('310000-renminzhengfu/2020', '310000-renminzhengfu/2021', content);
    assert.ok(expected.changes.length > 0);
    // Nothing from a row or column only one form has (2019 （六）其他处理, 2021 its three sub-rows, 规章's columns…).
    for (const [key] of expected.changes)
      assert.doesNotMatch(
        key ?? '',
        /otherHandling|otherNoCorrection|otherUnpaidFee|otherOther|\.issued|\.amount/,
      );
    const { page, cells } = await listedChanges('agencies/310000-renminzhengfu/2021/changes/', build.outDir);
    assert.deepEqual(cells, expected.changes);
    const body = clean(text(page));
    assert.match(body, /两年的报告都有的 172 个单元格中/);
    assert.match(
      body,
      /两年的表格格式不同（2020年：国办公开办函〔2019〕60号，2019 年版；2021年：国办公开办函〔2021〕30号，2021 年版）/,
    );
    for (const row of [
      '表三 三、本年度办理结果 （六）其他处理：仅2020年的格式有此行',
      '表二 第二十条第（九）项 政府集中采购：仅2020年的格式有此行',
    ])
      assert.ok(body.includes(row), row);
  });
});
