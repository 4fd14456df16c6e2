import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { type AgencyEntry, loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { attr, byTag, distDir, type Element, loadPage, text } from '../lib/html.ts';

const clean = (s: string) => s.replace(/\s+/g, '');
const seedReports = [
  '640302-sifaju/2022',
  '640302-sifaju/2023',
  '640303-sifaju/2024',
  '640500-sifaju/2023',
  '410307-sifaju/2023',
];
/**
 * The imported samples: a saved web page and a PDF (issue #4); the real reports that import
 * completely (issue #13): 洪泽区 2023 and 2024 (PDFs, a year pair) and 上海市 2020 (2019 form, a web
 * page held in a kiosk script).
 */
const sampleReports = [
  '321322-fazhanhegaigeju/2023',
  '320800-renminzhengfu/2024',
  '320813-renminzhengfu/2023',
  '320813-renminzhengfu/2024',
  '310000-renminzhengfu/2020',
];

let agencies: AgencyEntry[];
let reports: ReportEntry[];

before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  ({ agencies, reports } = content);
});

describe('the built site', () => {
  test('the bundled content holds the seed reports and the imported samples', () => {
    const ids = new Set(reports.map((r) => r.id));
    for (const id of [...seedReports, ...sampleReports]) assert.ok(ids.has(id), id);
  });

  test('has a page for each agency, each report and each report year of the content', async () => {
    const dirs = async (path: string) =>
      (await readdir(join(distDir, path), { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    assert.deepEqual(await dirs('agencies'), agencies.map((a) => a.id).sort());
    for (const r of reports) await loadPage(`agencies/${r.id}/`);
    const years = [...new Set(reports.map((r) => String(r.data.year)))].sort();
    assert.deepEqual(await dirs('years'), years);
  });

  test('every page is Chinese-language HTML with one h1 and a description', async () => {
    for (const path of [
      '',
      'agencies/',
      'agencies/640302-sifaju/',
      'agencies/640302-sifaju/2023/',
      'years/',
      'years/2023/',
      '404.html',
    ]) {
      const page = await loadPage(path);
      assert.equal(attr(byTag(page, 'html')[0] as Element, 'lang'), 'zh-CN', path);
      assert.equal(byTag(page, 'h1').length, 1, path);
      assert.ok(
        byTag(page, 'meta').some(
          (m) => attr(m, 'name') === 'description' && (attr(m, 'content') ?? '').length > 10,
        ),
        path,
      );
    }
  });

  test('the agency page lists its reports by year, newest first', async () => {
    const page = await loadPage('agencies/640302-sifaju/');
    const links = byTag(page, 'a')
      .map((a) => attr(a, 'href'))
      .filter((h) => /640302-sifaju\/\d{4}\/$/.test(h ?? ''));
    assert.deepEqual(links, ['/agencies/640302-sifaju/2023/', '/agencies/640302-sifaju/2022/']);
  });

  test('a report page links to the same agency’s other years', async () => {
    const page = await loadPage('agencies/640302-sifaju/2022/');
    assert.ok(byTag(page, 'a').some((a) => attr(a, 'href') === '/agencies/640302-sifaju/2023/'));
  });

  test('the three tables are real tables with captions and header scopes', async () => {
    const page = await loadPage('agencies/640500-sifaju/2023/');
    const tables = byTag(page, 'table');
    assert.deepEqual(
      tables.map((t) => attr(t, 'id')),
      ['table2', 'table3', 'table4'],
    );
    for (const table of tables) {
      assert.match(clean(text(byTag(table, 'caption')[0] as Element)), /^表[二三四]/);
      for (const th of byTag(table, 'th'))
        assert.match(attr(th, 'scope') ?? '', /^(row|col|rowgroup|colgroup)$/);
    }
  });

  test('the report page shows all six parts under their printed headings, in order', async () => {
    const page = await loadPage('agencies/640500-sifaju/2023/');
    const headings = byTag(page, 'h2')
      .filter((h) => /^part-\d-h$/.test(attr(h, 'id') ?? ''))
      .map((h) => clean(text(h)).slice(0, 2));
    assert.deepEqual(headings, ['一、', '二、', '三、', '四、', '五、', '六、']);
  });

  test('the home page counts what the portal holds', async () => {
    const page = await loadPage('');
    const stats = clean(text(byTag(page, 'ul').find((u) => attr(u, 'class') === 'stats') as Element));
    assert.match(stats, new RegExp(`${reports.length}份年度报告`));
    assert.match(stats, new RegExp(`${agencies.length}个机关`));
  });
});

describe('the 数据核验 panel', () => {
  test('says a clean report passed, and whether last year’s report was there to check against', async () => {
    const withPrevious = clean(
      text(
        byTag(await loadPage('agencies/640302-sifaju/2023/'), 'section').find(
          (s) => attr(s, 'id') === 'checks',
        ) as Element,
      ),
    );
    assert.match(withPrevious, /本报告通过核验：表内勾稽关系、与上一年度报告的衔接、正文与表格的一致性/);
    const first = clean(
      text(
        byTag(await loadPage('agencies/640303-sifaju/2024/'), 'section').find(
          (s) => attr(s, 'id') === 'checks',
        ) as Element,
      ),
    );
    assert.match(first, /跨年度衔接暂无法核对/);
    assert.doesNotMatch(first, /与上一年度报告的衔接、/);
  });
});
