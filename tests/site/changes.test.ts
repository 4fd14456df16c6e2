/**
 * 与上年对比 (issue #16): the page of what changed since the agency's report for the year before,
 * read from the built site. The changed cells a page must list are worked out from the two reports'
 * YAML frontmatter by tests/lib/changes.ts, independently of the site's own code, and typed by hand.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { typeOf } from '../../scripts/lib/testkit/pages.ts';
import { table3Columns, table3Rows } from '../../src/catalogue/index.ts';
import { repoRoot } from '../lib/build.ts';
import { clean, expectedChanges, listedChanges } from '../lib/changes.ts';
import { attr, byTag, distDir, type Element, elements, loadPage, text } from '../lib/html.ts';

const contentDir = join(repoRoot, 'content');

describe('与上年对比', () => {
  test('利通区 2022 → 2023: exactly the changed cells — none', async () => {
    // Both reports print 0 in every one of the 200 cells (their table2/table3/table4 blocks are the
    // same line for line), so the page must list no changed cell at all and say so for each table.
    const { changes: expected } = await expectedChanges('640302-sifaju/2022', '640302-sifaju/2023');
    assert.deepEqual(expected, []);
    const { page, cells } = await listedChanges('agencies/640302-sifaju/2023/changes/');
    assert.deepEqual(cells, expected);
    const body = clean(text(page));
    for (const caption of [
      '表二 主动公开政府信息情况',
      '表三 收到和处理政府信息公开申请情况',
      '表四 政府信息公开行政复议、行政诉讼情况',
    ])
      assert.ok(body.includes(`${caption}：没有变化的数字。`), caption);
    assert.ok(body.includes('两年的报告都有的 200 个单元格中，0 个数字有变化'));
  });

  test('洪泽区 2023 → 2024: exactly the changed cells, with their values and differences', async () => {
    const { changes: expected } = await expectedChanges(
      '320813-renminzhengfu/2023',
      '320813-renminzhengfu/2024',
    );
    // And typed by hand from the two files' tables, line by line (规章, 上年结转, 结转下年度 and the
    // other applicant columns are the same both years; 行政复议 结果纠正 is 1 both years):
    assert.deepEqual(expected, [
      ['table2.normativeDocuments.issued', '0', '3', '+3'],
      ['table2.normativeDocuments.repealed', '5', '0', '−5'],
      ['table2.normativeDocuments.inForce', '5', '8', '+3'],
      ['table2.licensing.decisions', '550', '9,487', '+8,937'],
      ['table2.penalties.decisions', '4,119', '2,776', '−1,343'],
      ['table2.coercion.decisions', '195', '84', '−111'],
      ['table2.fees.amount', '7,730.28', '7,545', '−185.28'],
      ['table3.newReceived.natural', '21', '95', '+74'],
      ['table3.newReceived.total', '21', '95', '+74'],
      ['table3.granted.natural', '0', '50', '+50'],
      ['table3.granted.total', '0', '50', '+50'],
      ['table3.partiallyGranted.natural', '4', '9', '+5'],
      ['table3.partiallyGranted.total', '4', '9', '+5'],
      ['table3.deniedStateSecret.natural', '1', '0', '−1'],
      ['table3.deniedStateSecret.total', '1', '0', '−1'],
      ['table3.deniedThreeSecurities.natural', '0', '1', '+1'],
      ['table3.deniedThreeSecurities.total', '0', '1', '+1'],
      ['table3.unavailableNotHeld.natural', '10', '31', '+21'],
      ['table3.unavailableNotHeld.total', '10', '31', '+21'],
      ['table3.unavailableNeedsCreation.natural', '3', '1', '−2'],
      ['table3.unavailableNeedsCreation.total', '3', '1', '−2'],
      ['table3.outcomeTotal.natural', '21', '95', '+74'],
      ['table3.outcomeTotal.total', '21', '95', '+74'],
      ['table4.reconsideration.upheld', '10', '1', '−9'],
      ['table4.reconsideration.total', '0', '2', '+2'],
      ['table4.litigationDirect.upheld', '0', '1', '+1'],
      ['table4.litigationDirect.total', '0', '1', '+1'],
      ['table4.litigationAfterReconsideration.upheld', '5', '2', '−3'],
      ['table4.litigationAfterReconsideration.other', '0', '1', '+1'],
      ['table4.litigationAfterReconsideration.total', '0', '3', '+3'],
    ]);
    const { cells, labels } = await listedChanges('agencies/320813-renminzhengfu/2024/changes/');
    assert.deepEqual(cells, expected);
    // Each row names its cell with the catalogue's labels: the row's, then the column's.
    const natural = table3Columns[0].label;
    const granted = table3Rows.find((r) => r.key === 'granted');
    assert.match(
      labels.get('table3.granted.natural') ?? '',
      new RegExp(`${granted?.marker}${granted?.label} · ${natural}$`),
    );
  });

  test('the prose: a reuse sentence and its method, unchanged paragraphs folded, marks for added and removed', async () => {
    const page = await loadPage('agencies/320813-renminzhengfu/2024/changes/');
    const body = clean(text(page));
    assert.match(body, /本报告正文约 \d{1,3}% 与上年相同。/);
    assert.match(body, /算法：.*向下取整。/);
    const prose = elements(page).find((e) => attr(e, 'id') === 'prose') as Element;
    for (const details of byTag(prose, 'details')) {
      assert.equal(attr(details, 'open'), undefined, 'unchanged paragraphs start folded');
      assert.match(clean(text(byTag(details, 'summary')[0] as Element)), /^\d+ 段与上年相同$/);
    }
    const kinds = byTag(prose, 'p').map((p) => attr(p, 'class') ?? '');
    assert.ok(kinds.includes('para added') && kinds.includes('para removed'), kinds.join());
  });

  test('only a report whose agency has a report for the year before has a changes page', async () => {
    const agencies = await readdir(join(contentDir, 'reports'));
    let pages = 0;
    for (const agency of agencies) {
      const years = (await readdir(join(contentDir, 'reports', agency))).map((f) =>
        Number(f.replace(/\.md$/, '')),
      );
      for (const year of years) {
        const path = `agencies/${agency}/${year}/changes/`;
        const built = await loadPage(path).then(
          () => true,
          () => false,
        );
        assert.equal(built, years.includes(year - 1), path);
        if (built) pages++;
      }
    }
    // 利通区 2023 and 洪泽区 2024; not 利通区 2022, 上海市 2020 or any report alone in its agency.
    assert.equal(pages, 2);
  });

  test('the page is Chinese, out of the search index, and typed `changes` for the page-type suites', async () => {
    const page = await loadPage('agencies/640302-sifaju/2023/changes/');
    assert.equal(attr(byTag(page, 'html')[0] as Element, 'lang'), 'zh-CN');
    assert.ok(!elements(page).some((e) => attr(e, 'data-pagefind-body') !== undefined));
    assert.equal(byTag(page, 'h1').length, 1);
    for (const table of byTag(page, 'table')) {
      assert.equal(byTag(table, 'caption').length, 1);
      for (const th of byTag(table, 'th')) assert.ok(['col', 'row'].includes(attr(th, 'scope') ?? ''));
    }
    assert.equal(typeOf('agencies/640302-sifaju/2023/changes/index.html'), 'changes');
    assert.equal(typeOf('agencies/640302-sifaju/2023/index.html'), 'report');
    await readFile(join(distDir, 'agencies/640302-sifaju/2023/changes/index.html'));
  });
});
