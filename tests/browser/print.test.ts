/**
 * Printing a report page (or saving it as PDF) on A4: the site's chrome is gone, every table fits
 * the printable width with nothing clipped, and Chromium makes a PDF of it. The PDF and phone and
 * desktop screenshots are written to tmp/ (report-a4.pdf, report-375.png, report-1280.png) to look at.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type PageType, pageTypes } from '../../scripts/lib/testkit/pages.ts';
import { distDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

const out = new URL('../../tmp/', import.meta.url).pathname;
/** A4's width less print.css's 12 mm side margins, in CSS pixels (96 per inch). */
const printable = Math.floor(((210 - 24) / 25.4) * 96);
const report = (await pageTypes(distDir)).find((t) => t.type === 'report') as PageType;
let page: Page;

before(async () => {
  await mkdir(out, { recursive: true });
  await served.start();
  page = await served.browser.newPage({ viewport: { width: printable, height: 1000 } });
  await page.goto(served.site.url + report.path);
  await page.emulateMedia({ media: 'print' });
});

test('printed, a report page has no site navigation, search, mode buttons or footer', async () => {
  const shown = await page.evaluate(() =>
    [
      '.skip-link',
      '.site-header nav',
      '.site-search',
      '.display-modes',
      '.crumbs',
      '.toc',
      '.site-footer',
    ].filter((s) => [...document.querySelectorAll(s)].some((el) => getComputedStyle(el).display !== 'none')),
  );
  assert.deepEqual(shown, []);
  assert.match((await page.textContent('h1')) ?? '', /政府信息公开(工作)?年度报告/);
});

test('printed, every table fits the A4 width whole, its header repeating on each page', async () => {
  const tables = await page.evaluate(
    (width) =>
      [...document.querySelectorAll('table')].map((t) => ({
        caption: t.caption?.textContent?.trim(),
        right: Math.ceil(t.getBoundingClientRect().right),
        clipped: [...document.querySelectorAll('.table-scroll')].some(
          (s) => s.scrollWidth > s.clientWidth + 1,
        ),
        thead: t.tHead ? getComputedStyle(t.tHead).display : 'table-header-group',
        width,
      })),
    printable,
  );
  assert.ok(tables.length >= 3, 'the report has its three tables');
  for (const t of tables) {
    assert.ok(t.right <= printable, `${t.caption}: right edge at ${t.right}px, page ${printable}px`);
    assert.equal(t.clipped, false, `${t.caption}: no scrolling box clips it`);
    assert.equal(t.thead, 'table-header-group');
  }
});

test('Chromium prints the report page to an A4 PDF (tmp/report-a4.pdf), with screenshots at 375 and 1280 px', async (t) => {
  const path = `${out}report-a4.pdf`;
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
  const pdf = await readFile(path, 'latin1');
  assert.ok(pdf.startsWith('%PDF-'));
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  assert.ok(pages >= 2 && pages <= 20, `${pages} pages`);
  t.diagnostic(`${report.path} → ${path}: ${pages} A4 pages`);
  for (const width of [375, 1280]) {
    const screen = await served.browser.newPage({ viewport: { width, height: 900 } });
    await screen.goto(served.site.url + report.path);
    await screen.screenshot({ path: `${out}report-${width}.png`, fullPage: true });
    await screen.close();
  }
});
