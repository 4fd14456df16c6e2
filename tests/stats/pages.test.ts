/** The statistics, comparison and data pages as built: numbers worked out by hand, links, no inline code. */
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContent } from '../../scripts/lib/content.ts';
import { readCompareIndex } from '../../src/utils/compareIndex.ts';
import { suggestedPairs } from '../../src/utils/comparePick.ts';
import {
  attr,
  byTag,
  distDir,
  type Element,
  elements,
  loadPage,
  subpathBase,
  subpathDistDir,
  text,
} from '../lib/html.ts';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const tableByCaption = (page: Awaited<ReturnType<typeof loadPage>>, caption: string) =>
  byTag(page, 'table').find((t) =>
    clean(text(byTag(t, 'caption')[0] as Element)).startsWith(caption),
  ) as Element;
/** A table's body rows as [row header, ...cells] text. */
const rows = (table: Element) =>
  byTag(byTag(table, 'tbody')[0] as Element, 'tr').map((tr) =>
    elements(tr)
      .filter((e) => e.tagName === 'th' || e.tagName === 'td')
      .map((c) => clean(text(c))),
  );
const exists = (root: string, href: string, base = '/') =>
  access(join(root, decodeURIComponent(href.slice(base.length))));

test('统计: each year’s headline, worked out by hand from the seed reports and the samples', async () => {
  const page = await loadPage('stats/');
  const byYear = rows(tableByCaption(page, '各年度概况'));
  // 年度, 报告数, 新收, 上年结转, 办理结果总计, 公开率 (N), 行政复议, 复议纠错率 (N), 行政诉讼
  // 2020 is 上海 alone (2019 form): 新收 29130, 上年结转 1400, 总计 28406, 公开率 (11220 + 576) / 28406 = 41.5%,
  // 行政复议 813, 纠错率 42 / (637 + 42 + 66) = 5.6%, 行政诉讼 442 + 289 = 731.
  // 2023: the seeds (新收 1, 公开 1) with 沭阳 (新收 26, 予以公开 26, 行政复议 1 尚未审结) and 洪泽 (新收 21, 公开
  // 0 + 4; 行政复议 printed 总计 0 though 维持 10 + 纠正 1, so it adds 0 to 行政复议 and 1 / 11 to the 纠错率;
  // 复议后起诉 printed 总计 0 though 5): 新收 27 + 21 = 48, 公开率 (27 + 4) / 48 = 64.6%, 行政复议 1 + 0 = 1.
  // 2024: 红寺堡 (行政复议 4, 纠正 1 of 3 decided), 淮安 (新收 3119, 上年结转 34, 总计 3050, 公开 1362 + 454,
  // 行政复议 351, 纠正 64 of 314 decided, 诉讼 26 + 20) and 洪泽 (新收 95, 总计 95, 公开 50 + 9, 行政复议 2, 纠正
  // 1 of 2, 诉讼 1 + 3): 新收 3214, 总计 3145, 公开率 (1816 + 59) / 3145 = 59.6%, 行政复议 4 + 351 + 2 = 357,
  // 纠错率 (1 + 64 + 1) / (3 + 314 + 2) = 20.7%, 行政诉讼 46 + 4 = 50.
  assert.deepEqual(byYear, [
    [
      '2020年',
      '1',
      '29,130',
      '1,400',
      '28,406',
      '41.5% 按 28,406 件计算',
      '813',
      '5.6% 按 745 件计算',
      '731',
    ],
    ['2022年', '1', '0', '0', '0', '— 共 0 件，无法计算', '0', '— 共 0 件，无法计算', '0'],
    ['2023年', '5', '48', '0', '48', '64.6% 按 48 件计算', '1', '9.1% 按 11 件计算', '0'],
    ['2024年', '3', '3,214', '34', '3,145', '59.6% 按 3,145 件计算', '357', '20.7% 按 319 件计算', '50'],
  ]);
  const html = clean(text(page));
  assert.doesNotMatch(html, /NaN|Infinity|undefined/);
});

/** The province pages the main 统计 page links to, in its order. */
const provinceLinks = async () => {
  const table = tableByCaption(await loadPage('stats/'), '各省级地区各年度报告的收录情况');
  return byTag(byTag(table, 'tbody')[0] as Element, 'a').map((a) => attr(a, 'href') ?? '');
};

test('统计: the coverage summary counts each province’s agencies with a report, one row per province', async () => {
  const table = tableByCaption(await loadPage('stats/'), '各省级地区各年度报告的收录情况');
  // Years with a report (none for 2021). 2020: 上海市; 2022: 利通区; 2023: 偃师区, 沭阳县, 洪泽区, 利通区,
  // 中卫市; 2024: 淮安市, 洪泽区, 红寺堡区. Provinces in Chinese collation order.
  assert.deepEqual(rows(table), [
    ['河南省', '0 / 1', '0 / 1', '1 / 1', '0 / 1'],
    ['江苏省', '0 / 3', '0 / 3', '2 / 3', '2 / 3'],
    ['宁夏回族自治区', '0 / 3', '1 / 3', '2 / 3', '1 / 3'],
    ['上海市', '1 / 1', '0 / 1', '0 / 1', '0 / 1'],
  ]);
  const total = byTag(byTag(table, 'tfoot')[0] as Element, 'tr').map((tr) =>
    elements(tr)
      .filter((e) => e.tagName === 'th' || e.tagName === 'td')
      .map((c) => clean(text(c))),
  );
  assert.deepEqual(total, [['合计', '1 / 8', '1 / 8', '5 / 8', '3 / 8']]);
  assert.deepEqual(await provinceLinks(), [
    '/stats/410000/',
    '/stats/320000/',
    '/stats/640000/',
    '/stats/310000/',
  ]);
});

test('统计: each province’s page says which of its agencies has which year, in words', async () => {
  const coverage: string[][] = [];
  for (const link of await provinceLinks()) {
    const page = await loadPage(link.slice(1));
    const name = clean(text(byTag(page, 'h1')[0] as Element)).replace('统计：', '');
    coverage.push(...rows(tableByCaption(page, `${name}各机关各年度报告的收录情况`)));
  }
  // Columns 2020, 2022, 2023, 2024.
  assert.deepEqual(coverage, [
    ['洛阳市偃师区司法局', '未收录', '未收录', '已收录', '未收录'],
    ['淮安市洪泽区人民政府', '未收录', '未收录', '已收录', '已收录'],
    ['淮安市人民政府', '未收录', '未收录', '未收录', '已收录'],
    ['宿迁市沭阳县发展和改革局', '未收录', '未收录', '已收录', '未收录'],
    ['吴忠市红寺堡区司法局', '未收录', '未收录', '未收录', '已收录'],
    ['吴忠市利通区司法局', '未收录', '已收录', '已收录', '未收录'],
    ['中卫市司法局', '未收录', '未收录', '已收录', '未收录'],
    ['上海市人民政府', '已收录', '未收录', '未收录', '未收录'],
  ]);
});

test('统计: 按地区 shows the latest year per province, each province’s years and cities on its page', async () => {
  const latest = rows(tableByCaption(await loadPage('stats/'), '各省级地区2024年概况'));
  // 2024, 江苏: 淮安 + 洪泽: 新收 3119 + 95, 上年结转 34 + 0, 总计 3050 + 95, 公开率 (1362 + 454 + 50 + 9) / 3145,
  // 行政复议 351 + 2, 纠错率 (64 + 1) / (314 + 2), 诉讼 26 + 20 + 1 + 3; 红寺堡 (宁夏) 行政复议 4, 纠错 1 of 3 decided.
  assert.deepEqual(latest, [
    ['江苏省', '2', '3,214', '34', '3,145', '59.6% 按 3,145 件计算', '353', '20.6% 按 316 件计算', '50'],
    ['宁夏回族自治区', '1', '0', '0', '0', '— 共 0 件，无法计算', '4', '33.3% 按 3 件计算', '0'],
  ]);
  assert.match(
    clean(text(await loadPage('stats/'))),
    /本站尚未收录以下省级地区2024年的报告：河南省、上海市。/,
  );
  const ningxia = await loadPage('stats/640000/');
  assert.deepEqual(
    rows(tableByCaption(ningxia, '宁夏回族自治区各年度概况')).map((r) => r.slice(0, 3)),
    [
      ['2022年', '1', '0'],
      ['2023年', '2', '1'],
      ['2024年', '1', '0'],
    ],
  );
  assert.deepEqual(
    rows(tableByCaption(ningxia, '宁夏回族自治区按地区（地级）和年度')).map((r) => r[0]),
    [
      '宁夏回族自治区 吴忠市 2022年',
      '宁夏回族自治区 吴忠市 2023年',
      '宁夏回族自治区 吴忠市 2024年',
      '宁夏回族自治区 中卫市 2023年',
    ],
  );
});

test('every chart has a takeaway, a captioned table equal to its spec, a source and downloads that exist', async () => {
  for (const path of ['stats/', 'agencies/640303-sifaju/']) {
    const page = await loadPage(path);
    const figures = byTag(page, 'figure').filter((f) => attr(f, 'data-chart') !== undefined);
    assert.equal(figures.length, 3, path);
    for (const f of figures) {
      const spec = JSON.parse(
        text(byTag(f, 'script').find((s) => attr(s, 'type') === 'application/json') as Element),
      ) as { id: string; takeaway: string; categories: string[]; series: { values: (number | null)[] }[] };
      // A chart of nothing but 0 (or 未填报) says it draws nothing, after its takeaway.
      const empty = spec.series.every((s) => s.values.every((v) => !v));
      assert.equal(
        clean(text(byTag(f, 'p').find((p) => attr(p, 'class') === 'takeaway') as Element)),
        empty ? `${spec.takeaway} 各项均为 0 或未填报，不绘制图表，数字见下表。` : spec.takeaway,
      );
      const table = byTag(f, 'table')[0] as Element;
      assert.ok(byTag(table, 'caption').length === 1);
      assert.deepEqual(
        rows(table).map((r) => r.slice(0, 1 + spec.series.length)),
        spec.categories.map((c, i) => [
          c,
          // The page groups thousands for reading (29,130); the spec keeps the bare number.
          ...spec.series.map((s) =>
            s.values[i] === null ? '未填报' : (s.values[i] as number).toLocaleString('en-US'),
          ),
        ]),
      );
      const links = byTag(f, 'a').map((a) => attr(a, 'href') ?? '');
      assert.deepEqual(links, [`/data/charts/${spec.id}.csv`, `/data/charts/${spec.id}.json`]);
      for (const l of links) await exists(distDir, l);
      assert.match(clean(text(f)), /来源：/);
    }
  }
});

test('chart code loads only where a chart is drawn; no inline executable script in the pages’ content', async () => {
  const moduleScripts = async (path: string) =>
    byTag(await loadPage(path), 'script')
      .map((s) => attr(s, 'src') ?? '')
      .filter((src) => src.includes('Chart'));
  assert.equal((await moduleScripts('stats/')).length, 1);
  assert.equal((await moduleScripts('agencies/640500-sifaju/')).length, 1);
  for (const path of ['agencies/640500-sifaju/2023/', 'years/2023/', 'compare/', 'data/', ''])
    assert.deepEqual(await moduleScripts(path), [], path);
  for (const path of [
    'stats/',
    'agencies/640500-sifaju/',
    'compare/',
    'data/',
    'agencies/640500-sifaju/2023/',
  ]) {
    const main = byTag(await loadPage(path), 'main')[0] as Element;
    for (const s of byTag(main, 'script'))
      assert.ok(attr(s, 'src') || attr(s, 'type') === 'application/json', `${path}: inline script`);
    assert.ok(
      elements(main).every((e) => e.attrs.every((a) => !a.name.startsWith('on') && a.name !== 'style')),
      `${path}: inline handler or style`,
    );
  }
});

test('the report page shows its outcome breakdown with 公开率 and what it was worked out from, or one sentence when there was nothing to handle; the year page its summary', async () => {
  const report = clean(text(await loadPage('agencies/640500-sifaju/2023/')));
  assert.match(
    report,
    /办理结果总计 1 件；公开率（予以公开与部分公开之和占总计的比例）100\.0%（按 1 件计算）/,
  );
  const zero = clean(text(await loadPage('agencies/640302-sifaju/2023/')));
  assert.match(zero, /本年度办理结果总计 0 件，没有可分类的申请，无法计算公开率。/);
  assert.equal((zero.match(/办理结果一览/g) ?? []).length, 1, 'the heading, and no bars under it');
  assert.doesNotMatch(zero, /予以公开 0 件/);
  const year = await loadPage('years/2023/');
  // The 2023 headline of 统计 (worked out there): the seeds, 沭阳 and 洪泽.
  assert.deepEqual(rows(tableByCaption(year, '2023年度合计'))[0], [
    '全部 5 份报告',
    '5',
    '48',
    '0',
    '48',
    '64.6% 按 48 件计算',
    '1',
    '9.1% 按 11 件计算',
    '0',
  ]);
  assert.match(
    clean(text(year)),
    /尚未收录以下机关的2023年度报告：上海市人民政府、淮安市人民政府、红寺堡区司法局。/,
  );
});

test('对比 lists no report in its HTML: the form is filled from compare-index.json, which has every report', async () => {
  const html = await readFile(join(distDir, 'compare/index.html'), 'utf8');
  const page = await loadPage('compare/');
  const form = byTag(page, 'form').find((f) => attr(f, 'id') === 'compare-form') as Element;
  assert.deepEqual(
    byTag(form, 'select').map((s) => attr(s, 'name') ?? 'agency'),
    ['agency', 'a', 'agency', 'b'],
  );
  // A placeholder per select, however many agencies and years: the page's size does not follow the site's.
  assert.equal(byTag(page, 'option').length, 4);
  const index = readCompareIndex(
    JSON.parse(await readFile(join(distDir, 'data/compare-index.json'), 'utf8')),
  );
  const reportIds = new Set(index.flatMap((a) => a.years.map((y) => `${a.id}/${y}`)));
  const content = await loadContent();
  assert.deepEqual([...reportIds].sort(), content.reports.map((r) => r.id).sort());
  // Only the handful of suggested pairs name reports (at most 3 links, 2 reports each).
  const named = [...html.matchAll(/[a-z0-9-]+\/\d{4}/g)].map((m) => m[0]).filter((id) => reportIds.has(id));
  const pairs = suggestedPairs(index);
  assert.ok(pairs.length > 0 && pairs.length <= 3);
  assert.deepEqual(
    named,
    pairs.flatMap(([a, b]) => [a.id, b.id]),
  );
  assert.equal(attr(form, 'data-index'), '/data/compare-index.json');
  assert.equal(byTag(page, 'noscript').length, 1);
  assert.match(clean(text(byTag(page, 'noscript')[0] as Element)), /对比需要 JavaScript/);
});

test('数据下载 links every file it lists, and its dictionary has all 234 columns', async () => {
  const page = await loadPage('data/');
  const links = byTag(byTag(page, 'main')[0] as Element, 'a')
    .map((a) => attr(a, 'href') ?? '')
    .filter((h) => h.startsWith('/data/') && h !== '/data/');
  for (const l of links) await exists(distDir, l);
  assert.ok(links.includes('/data/reports.csv') && links.includes('/data/schema.json'));
  // 7 about the report, 200 cells of the 2021 form, 26 only the 2019 form has, 1 unit of 采购总金额.
  assert.equal(rows(tableByCaption(page, '数据字典')).length, 234);
});

test('under the sub-path every chart download, data link and compare source sits under the base', async () => {
  for (const path of ['stats/', 'stats/640000/', 'quality/', 'quality/320000/', 'data/', 'compare/']) {
    const page = await loadPage(path, subpathDistDir);
    const main = byTag(page, 'main')[0] as Element;
    for (const a of byTag(main, 'a')) {
      const href = attr(a, 'href') ?? '';
      if (href.startsWith('/')) assert.ok(href.startsWith(subpathBase), `${path}: ${href}`);
      if (href.startsWith(`${subpathBase}data/`) && href !== `${subpathBase}data/`)
        await exists(subpathDistDir, href, subpathBase);
    }
  }
  const compare = await loadPage('compare/', subpathDistDir);
  const form = byTag(compare, 'form').find((f) => attr(f, 'id') === 'compare-form') as Element;
  assert.equal(attr(form, 'data-base'), subpathBase);
  const index = attr(form, 'data-index') ?? '';
  await exists(subpathDistDir, index, subpathBase);
  const agencies = readCompareIndex(
    JSON.parse(await readFile(join(subpathDistDir, index.slice(subpathBase.length)), 'utf8')),
  );
  for (const a of agencies)
    for (const y of a.years)
      await exists(subpathDistDir, `${subpathBase}data/reports/${a.id}/${y}.json`, subpathBase);
});
