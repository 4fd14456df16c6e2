/**
 * A report with cells the importer could not read (`{ value: null, unread: "…" }`, issue #13), built
 * from a copy of the content: 利通区 2023 with three cells not read and one left blank. On the built
 * site a cell not read shows 未读取 (never 未填报, never 0) with its reason; the legend lists them;
 * the 数据核验 panel says which checks they block (未能读取) apart from those blanks block; the CSV
 * leaves them empty and the JSON keeps `unread`; 数据质量 counts them apart from 未填报. In Chromium
 * the pages pass axe and read at 375 px without scrolling sideways.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { astroBuild, type BuildResult, copyContent } from '../lib/build.ts';
import { parseCsv } from '../lib/csv.ts';
import { attr, byTag, type Element, elements, loadPage, text } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const id = '640302-sifaju/2023';
/** The cells not read, with the importer's reasons (its own wording, in English). */
const notRead = {
  'table3.carriedOver.natural': 'two numbers run together (“00”) and the identities cannot split them',
  'table4.reconsideration.upheld': 'the row is printed twice with different numbers',
  'table2.licensing.decisions': '“若干” is not a number',
} as const;
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a report with cells the importer could not read', () => {
  let build: BuildResult;
  before(async () => {
    const dir = await copyContent();
    const file = join(dir, `reports/${id}.md`);
    const original = await readFile(file, 'utf8');
    const cell = (key: keyof typeof notRead) => `{ value: null, unread: ${JSON.stringify(notRead[key])} }`;
    let changed = original;
    const edits: [string, string][] = [
      ['  carriedOver: { natural: 0,', `  carriedOver: { natural: ${cell('table3.carriedOver.natural')},`],
      [
        '  reconsideration: { upheld: 0,',
        `  reconsideration: { upheld: ${cell('table4.reconsideration.upheld')},`,
      ],
      ['  licensing: { decisions: 0 }', `  licensing: { decisions: ${cell('table2.licensing.decisions')} }`],
      // And one cell the report itself left blank (未填报), to tell the two apart.
      [
        'commercial: 0, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 0 }\n  carriedOver',
        'commercial: "/", research: 0, publicInterest: 0, legalService: 0, other: 0, total: 0 }\n  carriedOver',
      ],
    ];
    for (const [from, to] of edits) {
      const next = changed.replace(from, to);
      assert.notEqual(next, changed, from);
      changed = next;
    }
    await writeFile(file, changed);
    build = await astroBuild(dir, join(dir, 'dist'));
  });

  const page = (path = `agencies/${id}/`) => loadPage(path, build.outDir);
  const td = async (key: string) =>
    byTag(await page(), 'td').find((c) => attr(c, 'data-cell') === key) as Element;
  const classes = (e: Element) => (attr(e, 'class') ?? '').split(/\s+/);
  const checksPanel = async () =>
    byTag(await page(), 'section').find((s) => attr(s, 'id') === 'checks') as Element;

  test('builds', () => {
    assert.equal(build.code, 0, build.output);
  });

  test('each cell not read shows 未读取, never 未填报 or 0, and its title names the reason', async () => {
    for (const [key, reason] of Object.entries(notRead)) {
      const cell = await td(key);
      assert.equal(clean(text(cell)), '未读取', key);
      assert.ok(classes(cell).includes('unread') && !classes(cell).includes('not-reported'), key);
      assert.equal(attr(cell, 'title'), `导入时未能读取这个数字（${reason}），请对照原文`);
    }
    const blank = await td('table3.newReceived.commercial');
    assert.equal(clean(text(blank)), '未填报');
    assert.ok(classes(blank).includes('not-reported') && !classes(blank).includes('unread'));
  });

  test('the legend tells 未读取 from 未填报 and lists each cell not read, where and why', async () => {
    const legend = elements(await page()).find((e) => attr(e, 'id') === 'unread') as Element;
    assert.ok(legend, 'a legend of the cells not read');
    assert.match(
      clean(text(legend)),
      /另有 3 个单元格显示为“未读取”：收录时未能从原文读出这些数字。这不是原文未填报/,
    );
    const items = byTag(legend, 'li').map((li) => ({
      href: attr(byTag(li, 'a')[0] as Element, 'href'),
      text: clean(text(li)),
      lang: attr(byTag(li, 'span')[0] as Element, 'lang'),
    }));
    assert.deepEqual(items, [
      {
        href: '#cell-table2-licensing-decisions',
        text: `表二「行政许可」行「本年处理决定数量」列：${notRead['table2.licensing.decisions']}`,
        lang: 'en',
      },
      {
        href: '#cell-table3-carriedOver-natural',
        text: `表三「二、上年结转政府信息公开申请数量」行「自然人」列：${notRead['table3.carriedOver.natural']}`,
        lang: 'en',
      },
      {
        href: '#cell-table4-reconsideration-upheld',
        text: `表四「行政复议」行「结果维持」列：${notRead['table4.reconsideration.upheld']}`,
        lang: 'en',
      },
    ]);
    // A report read completely has no such legend.
    const other = await loadPage('agencies/640302-sifaju/2022/', build.outDir);
    assert.equal(elements(other).filter((e) => attr(e, 'id') === 'unread').length, 0);
    assert.doesNotMatch(clean(text(other)), /未读取/);
  });

  test('the 数据核验 panel says which checks the cells not read block, apart from those the blank blocks', async () => {
    const panel = clean(text(await checksPanel()));
    assert.match(
      panel,
      /未发现不一致 但有 6 项无法核对：原文有单元格未填报（空白或“\/”），缺少的数字无从相加；有单元格导入时未能读取，须对照原文补录。/,
    );
    assert.match(panel, /因原文未填报而无法核对：2 项/);
    assert.match(panel, /因单元格未读取而无法核对：4 项/);
    for (const message of [
      '表三「二、上年结转政府信息公开申请数量」行「自然人」列未能读取，无法核对「自然人」列本年新收加上年结转是否等于办理结果总计加结转下年度。',
      '表三「二、上年结转政府信息公开申请数量」行「自然人」列未能读取，无法核对「二、上年结转政府信息公开申请数量」行总计是否等于各类申请人之和。',
      '表四「行政复议」行「结果维持」列未能读取，无法核对',
      // Across years: last year's 结转下年度 is there, this year's 上年结转 is not read.
      '表三「二、上年结转政府信息公开申请数量」行「自然人」列未能读取，无法核对「自然人」列的上年结转是否等于 2022 年报告的结转下年度。',
      // The blank is the report's own.
      '表三「一、本年新收政府信息公开申请数量」行「商业企业」列未填报，无法核对',
    ])
      assert.ok(panel.includes(message), message);
    // Each side with no number says why.
    const sides = byTag(await checksPanel(), 'p')
      .filter((p) => attr(p, 'class') === 'finding-sides')
      .map((p) => clean(text(p)));
    assert.ok(
      sides.includes('本年 二、上年结转 = 未读取；2022 年 四、结转下年度继续办理 = 0'),
      sides.join('\n'),
    );
    assert.ok(sides.includes('总计 = 0；六类申请人之和 = 未填报'), sides.join('\n'));
    assert.ok(!sides.some((s) => /= 0；.*= 0$/.test(s)), 'no side reads 0 for a cell not read');
  });

  test('the CSV leaves the cells not read empty; the JSON keeps them as unread with the reason', async () => {
    const [header, ...rows] = parseCsv(await readFile(join(build.outDir, 'data/reports.csv'), 'utf8')) as [
      string[],
      ...string[][],
    ];
    const row = rows.find((r) => r[0] === id) as string[];
    for (const key of [...Object.keys(notRead), 'table3.newReceived.commercial'])
      assert.equal(row[header.indexOf(key)], '', key);
    assert.equal(row[header.indexOf('table3.carriedOver.total')], '0');
    for (const file of [`data/reports/${id}.json`, 'data/reports.json']) {
      const json = JSON.parse(await readFile(join(build.outDir, file), 'utf8'));
      const report = (json.reports ? json.reports.find((r: { id: string }) => r.id === id) : json).report;
      assert.deepEqual(report.table3.carriedOver.natural, {
        value: null,
        unread: notRead['table3.carriedOver.natural'],
      });
      assert.deepEqual(report.table2.licensing.decisions, {
        value: null,
        unread: notRead['table2.licensing.decisions'],
      });
      assert.deepEqual(report.table3.newReceived.commercial, { value: null, raw: '/' });
    }
    const data = clean(text(await page('data/')));
    assert.match(data, /收录时未能从原文读出的单元格是未读取/);
    assert.match(data, /JSON 中 value 为 null，unread 写明未能读取的原因/);
  });

  test('数据质量 counts the cells not read, and the checks they block, apart from 未填报', async () => {
    const findings = JSON.parse(await readFile(join(build.outDir, 'data/findings.json'), 'utf8'));
    const unchecked: number = findings.summary.unchecked;
    const list = async (path: string) =>
      byTag(await page(path), 'ul')
        .find((u) => attr(u, 'class') === 'stats')
        ?.childNodes.map((li) => clean(text(li as Element)))
        .filter(Boolean) ?? [];
    // The whole site: these 6 unchecked (4 of them blocked by cells not read) and the rest’s blanks.
    const main = await list('quality/');
    assert.ok(
      main.includes(`${unchecked} 项无法核对（${unchecked - 4} 项因未填报，4 项因未读取）`),
      main.join(),
    );
    assert.ok(main.includes('3 个单元格未读取'), main.join());
    const ningxia = await list('quality/640000/');
    assert.ok(ningxia.includes('6 项无法核对（2 项因未填报，4 项因未读取）'), ningxia.join());
    assert.ok(ningxia.includes('3 个单元格未读取'), ningxia.join());
    // The tables by province and by year gain a column for them.
    const quality = await page('quality/');
    const table = byTag(quality, 'table').find(
      (t) => clean(text(byTag(t, 'caption')[0] as Element)) === '各省级地区的核验发现',
    ) as Element;
    const head = byTag(table, 'th')
      .filter((th) => attr(th, 'scope') === 'col')
      .map((th) => clean(text(th)));
    assert.equal(head.at(-1), '未读取的单元格');
    const row = byTag(table, 'tr').find((tr) => clean(text(tr)).startsWith('宁夏回族自治区')) as Element;
    assert.equal(clean(text(byTag(row, 'td').at(-1) as Element)), '3');
  });

  describe('in Chromium', () => {
    const served = servedSite(() => build.outDir);

    for (const path of [`agencies/${id}/`, 'quality/', 'quality/640000/', 'data/'])
      test(`/${path}: no axe violations, and at 375 px nothing but the tables’ own regions scrolls sideways`, async () => {
        const context = await served.browser.newContext({ viewport: { width: 375, height: 800 } });
        const page = await context.newPage();
        try {
          await page.goto(served.site.url + path);
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
            .analyze();
          assert.deepEqual(
            violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            [],
          );
          assert.ok(
            await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
            'the page is no wider than the screen',
          );
          if (path.startsWith('agencies/')) {
            // The legend's items wrap within the screen, long reasons included.
            const widest = await page.$$eval('#unread li', (items) =>
              Math.max(...items.map((li) => li.getBoundingClientRect().right)),
            );
            assert.ok(widest <= 375, `legend items end at ${widest}px`);
          }
        } finally {
          await context.close();
        }
      });
  });
});
