/**
 * The 对比 form in headless Chromium: filled from data/compare-index.json, a report chosen as 机关 +
 * 年度 from the keyboard alone (with a visible focus), agencies found by typing part of a name, old
 * shared addresses (?a=<report id>&b=<report id>) still chosen, and without JavaScript a way on.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { serveStatic } from '../../scripts/lib/testkit/server.ts';
import { cellPaths } from '../../src/catalogue/index.ts';
import { findCell } from '../../src/utils/stats/aggregate.ts';
import { subpathBase, subpathDistDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

/** The agencies with a report in the bundled content, and their provinces in Chinese collation order. */
let withReport: string[];
let provinces: string[];
let reports: ReportEntry[];

before(async () => {
  const content = await loadContent();
  const { agencies } = content;
  reports = content.reports;
  const reporting = new Set(reports.map((r) => r.data.agency));
  withReport = agencies.filter((a) => reporting.has(a.id)).map((a) => a.id);
  const collator = new Intl.Collator('zh-CN');
  provinces = [
    ...new Set(agencies.filter((a) => reporting.has(a.id)).map((a) => a.data.region.province)),
  ].sort(collator.compare);
});

/** Each side's controls as the reader sees them: the query, the agencies offered, the years offered. */
function sides(page: Page) {
  return page.$$eval('#compare-form fieldset', (sets) =>
    sets.map((set) => {
      const [agency, year] = [...set.querySelectorAll('select')];
      const values = (s: HTMLSelectElement | undefined) => [...(s?.options ?? [])].map((o) => o.value);
      return {
        legend: set.querySelector('legend')?.textContent?.trim(),
        groups: [...(agency?.querySelectorAll('optgroup') ?? [])].map((g) => g.label),
        agencies: values(agency),
        agency: agency?.value,
        years: values(year),
        year: year?.value,
        count: set.querySelector('output')?.textContent ?? '',
      };
    }),
  );
}

const ready = (page: Page) => page.waitForSelector('select[name="b"]:not([disabled])');

/** The focused control's name, and whether it shows a focus indicator. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      name: `${el.tagName.toLowerCase()} ${el.closest('label')?.firstChild?.textContent?.trim() ?? el.textContent?.trim()}`,
      indicator:
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
        style.boxShadow !== 'none',
    };
  });

test('对比 from the keyboard: the defaults, then B found by typing 中卫, then Enter; the address has both ids', async () => {
  const before = served.site.requests.length;
  const page = await served.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${served.site.url}compare/`);
  await ready(page);
  const [a, b] = await sides(page);
  // Every agency with a report, by province; the first suggested pair (the agency with two years and
  // the newest report: 洪泽区 2023 and 2024) is chosen until the reader chooses.
  assert.deepEqual(a?.groups, provinces);
  assert.equal(a?.agencies.length, withReport.length);
  assert.deepEqual(
    [a?.agency, a?.years, a?.year],
    [
      '320813-renminzhengfu',
      ['320813-renminzhengfu/2024', '320813-renminzhengfu/2023'],
      '320813-renminzhengfu/2023',
    ],
  );
  assert.deepEqual([b?.legend, b?.year], ['报告 B', '320813-renminzhengfu/2024']);
  assert.match((await page.textContent('#compare-status')) ?? '', /请在上面选择两份报告/);

  // From A's 年度, Tab reaches B's 查找机关 (the count beside it is not a stop).
  await page.focus('select[name="a"]');
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { name: 'input 查找机关', indicator: true });
  await page.keyboard.type('中卫');
  const [, found] = await sides(page);
  assert.deepEqual(
    [found?.agencies, found?.year, found?.count],
    [['640500-sifaju'], '640500-sifaju/2023', '找到 1 个机关'],
  );
  for (const expected of ['select 机关', 'select 年度', 'button 对比']) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.deepEqual(f, { name: expected, indicator: true });
  }
  await Promise.all([
    page.waitForURL(/\?a=320813-renminzhengfu%2F2023&b=640500-sifaju%2F2023$/),
    page.keyboard.press('Enter'),
  ]);
  await page.waitForSelector('#differences');
  // Counted from the two content files: the cells of the form whose values differ (blank vs 0 too).
  const data = (id: string) => reports.find((r) => r.id === id)?.data;
  const [ra, rb] = [data('320813-renminzhengfu/2023'), data('640500-sifaju/2023')];
  assert.ok(ra && rb);
  const differing = cellPaths(ra.format).filter(
    (c) => findCell(ra, c.key)?.value !== findCell(rb, c.key)?.value,
  ).length;
  assert.ok(differing > 0);
  assert.match(
    (await page.textContent('#compare-result')) ?? '',
    new RegExp(`共有 ${differing} 个单元格不同`),
  );
  await page.close();
  // The form's list and the two reports, nothing per report besides.
  const fetched = new Set(served.site.requests.slice(before).filter((p) => p.endsWith('.json')));
  assert.deepEqual([...fetched].sort(), [
    '/data/compare-index.json',
    '/data/reports/320813-renminzhengfu/2023.json',
    '/data/reports/640500-sifaju/2023.json',
  ]);
});

test('a shared address still chooses its reports; one the site lacks is left for the reader to choose', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}compare/?a=640303-sifaju/2024&b=320800-renminzhengfu%2F2024`);
  await page.waitForSelector('#differences');
  const [a, b] = await sides(page);
  assert.deepEqual(
    [a?.agency, a?.year, b?.agency, b?.year],
    ['640303-sifaju', '640303-sifaju/2024', '320800-renminzhengfu', '320800-renminzhengfu/2024'],
  );
  assert.match(
    (await page.textContent('#compare-status')) ?? '',
    /已对比 红寺堡区司法局 2024年 与 淮安市人民政府 2024年/,
  );
  await page.goto(`${served.site.url}compare/?a=640303-sifaju/2019&b=../../etc`);
  await ready(page);
  assert.match((await page.textContent('#compare-status')) ?? '', /请在上面选择两份报告/);
  assert.equal(await page.locator('#differences').count(), 0);
  await page.close();
});

test('the side-by-side tables link their terms to the glossary, as the report page does', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}compare/?a=640303-sifaju/2024&b=320800-renminzhengfu%2F2024`);
  await page.waitForSelector('#differences');
  const links = await page.$$eval('.compare-grid a.term-link', (as) =>
    as.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
  );
  const terms = links.map((l) => l.text);
  for (const t of ['不予公开', '行政事业性收费', '行政复议']) assert.ok(terms.includes(t), `${t} linked`);
  const target = links.find((l) => l.text === '不予公开')?.href ?? '';
  assert.match(target, /^\/glossary\/#term-/);
  await page.goto(`${served.site.url}${target.slice(1)}`);
  assert.equal(
    await page.locator(target.slice(target.indexOf('#'))).count(),
    1,
    'the term is explained there',
  );
  await page.close();
});

test('choosing another 机关 offers its years, keeping the year where it has it; no match cannot be sent', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}compare/?a=640302-sifaju/2023&b=640302-sifaju/2022`);
  await ready(page);
  const agencyB = 'fieldset:has(select[name="b"]) select[data-compare-agency]';
  await page.selectOption(agencyB, '640303-sifaju');
  assert.deepEqual((await sides(page))[1]?.years, ['640303-sifaju/2024']);
  await page.selectOption(agencyB, '640500-sifaju');
  await page.selectOption('select[name="b"]', '640500-sifaju/2023');
  await page.selectOption(agencyB, '640302-sifaju');
  assert.equal((await sides(page))[1]?.year, '640302-sifaju/2023', '2023 kept');
  await page.fill('fieldset:has(select[name="b"]) input[data-compare-filter]', '北京');
  const [, none] = await sides(page);
  assert.deepEqual([none?.agencies, none?.years, none?.count], [[''], [''], '找到 0 个机关']);
  assert.equal(await page.$eval('#compare-form', (f) => (f as HTMLFormElement).checkValidity()), false);
  await page.fill('fieldset:has(select[name="b"]) input[data-compare-filter]', '');
  const [, all] = await sides(page);
  assert.deepEqual([all?.agencies.length, all?.count], [withReport.length, '']);
  await page.close();
});

test('without JavaScript the page says so and leads to the reports; its controls are off', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.site.url}compare/?a=640302-sifaju/2023&b=640500-sifaju/2023`);
  assert.match((await page.textContent('main')) ?? '', /对比需要 JavaScript/);
  assert.equal(await page.locator('main a[href="/agencies/"]').count(), 1);
  assert.equal(await page.locator('#compare-form :is(input, select, button):disabled').count(), 7);
  await context.close();
});

test('under the sub-path the form is filled from the base', async () => {
  const sub = await serveStatic(subpathDistDir, subpathBase);
  try {
    const page = await served.browser.newPage();
    await page.goto(`${sub.url}compare/`);
    await ready(page);
    await page.close();
    assert.ok(sub.requests.includes(`${subpathBase}data/compare-index.json`), sub.requests.join(' '));
  } finally {
    await sub.close();
  }
});
