/**
 * Charts and the comparison in headless Chromium: the charts draw on the 统计 page and an agency
 * page (screenshots in tmp/), with the numbers of their table alternative; without JavaScript the
 * tables show; under reduced motion nothing animates; the comparison reads and keeps its state in the URL.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/testkit/server.ts';
import { subpathBase, subpathDistDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

const shots = new URL('../../tmp/', import.meta.url).pathname;

before(async () => {
  await mkdir(shots, { recursive: true });
});

interface Drawn {
  id: string;
  canvas: { width: number; height: number; label: string | null; inked: number };
  tableOpen: boolean;
  table: string[][];
  spec: { categories: string[]; series: { values: (number | null)[] }[] };
}

/** Each chart figure: its canvas (size, label, how many pixels are inked), its table rows and its spec. */
function readCharts(page: Page): Promise<Drawn[]> {
  return page.$$eval('figure[data-chart]', (figures) =>
    figures.map((f) => {
      const canvas = f.querySelector('canvas');
      let inked = 0;
      if (canvas) {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked++;
      }
      return {
        id: f.id,
        canvas: {
          width: canvas?.width ?? 0,
          height: canvas?.height ?? 0,
          label: canvas?.getAttribute('aria-label') ?? null,
          inked,
        },
        tableOpen: f.querySelector('details')?.open ?? false,
        table: [...f.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''),
        ),
        spec: JSON.parse(f.querySelector('script[type="application/json"]')?.textContent ?? '{}'),
      };
    }),
  );
}

async function chartsOf(path: string, shot: string, options: { reducedMotion?: 'reduce' } = {}) {
  const page = await served.browser.newPage({ viewport: { width: 1100, height: 900 }, ...options });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(served.site.url + path);
  await page.waitForSelector('figure[data-chart][data-chart-drawn]');
  await page.waitForTimeout(600); // let any animation finish before reading pixels
  const charts = await readCharts(page);
  await page
    .locator('figure[data-chart]')
    .first()
    .screenshot({ path: `${shots}${shot}` });
  await page.screenshot({ path: `${shots}${shot.replace('.png', '-page.png')}`, fullPage: true });
  await page.close();
  assert.deepEqual(errors, []);
  return charts;
}

/** Every value 0 or not reported: the figure says so and draws nothing. */
const nothingToDraw = (c: Drawn) => c.spec.series.every((s) => s.values.every((v) => !v));

function assertDrawnWithTable(charts: Drawn[]) {
  assert.equal(charts.length, 3);
  for (const c of charts) {
    if (nothingToDraw(c)) {
      assert.equal(c.canvas.width, 0, `${c.id}: nothing to draw, no canvas`);
      assert.equal(c.tableOpen, true, `${c.id}: its table stays open`);
    } else {
      assert.ok(c.canvas.width > 200 && c.canvas.height > 100, `${c.id} has a canvas`);
      assert.ok(c.canvas.inked > 1000, `${c.id} drew axes and bars (${c.canvas.inked} pixels)`);
      assert.match(c.canvas.label ?? '', /数据表/);
      assert.equal(c.tableOpen, false, `${c.id}: table folded behind its summary once drawn`);
    }
    // The table groups thousands for reading (29,130); the spec keeps the bare number.
    const numbers = c.spec.categories.map((cat, i) => [
      cat,
      ...c.spec.series.map((s) => s.values[i]?.toLocaleString('en-US') ?? '未填报'),
    ]);
    assert.deepEqual(
      c.table.map((r) => r.slice(0, numbers[0]?.length)),
      numbers,
      `${c.id}: the table holds the drawn numbers`,
    );
  }
}

test('统计: three charts draw, with the hand-checked numbers in their tables (screenshot tmp/stats-chart.png)', async () => {
  const charts = await chartsOf('stats/', 'stats-chart.png');
  assertDrawnWithTable(charts);
  const applications = charts.find((c) => c.id === 'chart-stats-applications');
  // 2020 is 上海 (新收 29,130, 上年结转 1,400); 2023 adds 沭阳 (新收 26) and 洪泽 (新收 21) to the seeds' 1;
  // 2024 adds 淮安 (新收 3119, 上年结转 34; 行政复议 351, 诉讼 26 and 20) and 洪泽 (新收 95; 行政复议 2, 诉讼 1
  // and 3) to 红寺堡 (行政复议 4).
  assert.deepEqual(applications?.table, [
    ['2020', '29,130', '1,400', '1/1 份报告'],
    ['2022', '0', '0', '1/1 份报告'],
    ['2023', '48', '0', '5/5 份报告'],
    ['2024', '3,214', '34', '3/3 份报告'],
  ]);
  assert.deepEqual(
    charts
      .find((c) => c.id === 'chart-stats-review')
      ?.table.find((r) => r[0] === '2024')
      ?.slice(0, 4),
    ['2024', '357', '27', '23'],
  );
});

test('an agency page draws its trends: 红寺堡区 2024 行政复议 4; its charts of nothing but 0 say so and draw nothing (screenshot tmp/agency-chart.png)', async () => {
  const charts = await chartsOf('agencies/640303-sifaju/', 'agency-chart.png');
  assertDrawnWithTable(charts);
  // 2024 alone, 新收 0 and nothing handled: two of the three charts have nothing to draw.
  assert.deepEqual(
    charts.map((c) => [c.id, nothingToDraw(c)]),
    [
      ['chart-agencies-640303-sifaju-applications', true],
      ['chart-agencies-640303-sifaju-outcomes', true],
      ['chart-agencies-640303-sifaju-review', false],
    ],
  );
  assert.deepEqual(charts.find((c) => c.id === 'chart-agencies-640303-sifaju-review')?.table, [
    ['2024', '4', '0', '0', '1/1 份报告'],
  ]);
});

test('with reduced motion the bars are whole on the first frame', async () => {
  const page = await served.browser.newPage({
    viewport: { width: 1100, height: 900 },
    reducedMotion: 'reduce',
  });
  await page.goto(`${served.site.url}stats/`);
  await page.waitForSelector('#chart-stats-applications[data-chart-drawn]');
  const first = (await readCharts(page))[0]?.canvas.inked ?? 0;
  await page.waitForTimeout(600);
  const later = (await readCharts(page))[0]?.canvas.inked ?? 0;
  await page.close();
  assert.ok(first > 1000);
  assert.equal(first, later);
});

test('switching to 大字 after the charts are drawn redraws them in larger text', async () => {
  const page = await served.browser.newPage({
    viewport: { width: 1100, height: 900 },
    reducedMotion: 'reduce',
  });
  await page.goto(`${served.site.url}stats/`);
  await page.waitForSelector('#chart-stats-applications[data-chart-drawn]');
  const chart = '#chart-stats-applications';
  const pixels = () => page.$eval(`${chart} canvas`, (c) => (c as HTMLCanvasElement).toDataURL());
  const size = () => page.$eval(chart, (f) => Number((f as HTMLElement).dataset.chartFontSize));
  const before = { pixels: await pixels(), size: await size() };
  await page.click('button[data-display-mode="large-text"]');
  await page.waitForFunction(
    (s) => Number(document.querySelector<HTMLElement>(s)?.dataset.chartFontSize) > 12,
    chart,
  );
  // The redraw happens in the observer's task: wait until the canvas is painted anew.
  await page.waitForFunction(
    ([s, old]) => document.querySelector<HTMLCanvasElement>(`${s} canvas`)?.toDataURL() !== old,
    [chart, before.pixels] as const,
  );
  const after = await size();
  await page.close();
  assert.equal(before.size, 12, 'three quarters of 16 px');
  assert.ok(after > before.size, `font ${before.size} → ${after} px`);
});

test('without JavaScript each chart is its data table, open', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.site.url}stats/`);
  const charts = await readCharts(page);
  await context.close();
  assert.equal(charts.length, 3);
  for (const c of charts) {
    assert.equal(c.canvas.width, 0, 'no canvas');
    assert.equal(c.tableOpen, true);
    assert.ok(c.table.length > 0);
  }
});

test('对比: the two reports from the URL side by side, differences listed; the form keeps the choice in the URL', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${served.site.url}compare/?a=640302-sifaju/2023&b=640500-sifaju/2023`);
  await page.waitForSelector('#differences');
  const diffs = await page.$$eval('#compare-result table', (tables) =>
    [...(tables[0]?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
    ),
  );
  assert.equal(diffs.length, 9);
  assert.deepEqual(diffs[2], ['表二 行政许可 本年处理决定数量', '0', '74', '+74']);
  assert.equal(await page.locator('td.changed[data-cell="table2.licensing.decisions"]').count(), 2);
  await page.screenshot({ path: `${shots}compare.png` });
  // B is chosen as 机关 then 年度; the form still sends the report id as ?b=.
  await page.selectOption('fieldset:has(select[name="b"]) select[data-compare-agency]', '640302-sifaju');
  await page.selectOption('select[name="b"]', '640302-sifaju/2022');
  await Promise.all([page.waitForURL(/b=640302-sifaju%2F2022/), page.click('#compare-form button')]);
  await page.waitForSelector('#differences');
  assert.match((await page.textContent('#compare-result')) ?? '', /共有 0 个单元格不同/);
  await page.close();
});

test('under the sub-path the charts draw and the comparison fetches its data under the base', async () => {
  const sub = await serveStatic(subpathDistDir, subpathBase);
  try {
    const page = await served.browser.newPage();
    await page.goto(`${sub.url}stats/`);
    await page.waitForSelector('figure[data-chart][data-chart-drawn]');
    await page.goto(`${sub.url}compare/?a=640303-sifaju/2024&b=640302-sifaju/2023`);
    await page.waitForSelector('#differences');
    await page.close();
    assert.ok(sub.requests.includes(`${subpathBase}data/reports/640303-sifaju/2024.json`));
  } finally {
    await sub.close();
  }
});

test('the report page loads no chart code', async () => {
  const before = served.site.requests.length;
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}agencies/640500-sifaju/2023/`);
  await page.waitForLoadState('networkidle');
  await page.close();
  const fetched = served.site.requests.slice(before);
  assert.ok(
    fetched.every((p) => !p.includes('Chart')),
    fetched.join(' '),
  );
});
