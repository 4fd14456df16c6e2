/**
 * The findings of a 数据质量 province page in headless Chromium: the filters apply the choice kept in
 * the URL, keep a new choice there, and say how many findings show; without JavaScript every
 * finding shows and the form stays hidden. 沭阳 (江苏) 2023 left 5 columns of 表三 blank: 35
 * findings that could not be checked, 5 of 收结平衡, 5 of 办理结果总计 and 25 of 各行总计. 洪泽 (江苏)
 * 2023 and 2024 add their own (表四 总计, 正文与表格), none of those rules nor of 2023 收结平衡.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { distDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

/** Every finding the 江苏 page lists: those of findings.json about a 江苏 agency (ids begin with 32). */
let jiangsu: number;

before(async () => {
  const json = JSON.parse(await readFile(join(distDir, 'data/findings.json'), 'utf8')) as {
    findings: Record<string, unknown[]>;
  };
  jiangsu = Object.entries(json.findings)
    .filter(([id]) => id.startsWith('32'))
    .reduce((n, [, list]) => n + list.length, 0);
  assert.ok(jiangsu >= 35, `沭阳’s 35 findings at least, found ${jiangsu}`);
});

const shown = (page: Page) => page.locator('li.finding:visible').count();
const status = (page: Page) => page.locator('#finding-count').textContent();

test('a filter in the URL applies on arrival, and the count says how many show', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}quality/320000/?rule=table3-row-total`);
  await page.waitForSelector('#finding-filters:not([hidden])');
  assert.equal(await page.locator('select[name="rule"]').inputValue(), 'table3-row-total');
  assert.equal(await shown(page), 25);
  assert.equal(await status(page), '显示 25 条核验发现');
  await page.close();
});

test('a new choice filters at once and is kept in the URL; a choice matching nothing hides the report', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}quality/320000/`);
  await page.waitForSelector('#finding-filters:not([hidden])');
  assert.equal(await shown(page), jiangsu);
  await page.selectOption('select[name="year"]', '2023');
  await page.selectOption('select[name="rule"]', 'table3-balance');
  await page.waitForURL(/\?rule=table3-balance&year=2023$/);
  assert.equal(await shown(page), 5);
  await page.selectOption('select[name="agency"]', '321322-fazhanhegaigeju');
  await page.waitForURL(/\?rule=table3-balance&agency=321322-fazhanhegaigeju&year=2023$/);
  assert.equal(await shown(page), 5);
  await page.selectOption('select[name="rule"]', 'table4-group-total');
  assert.equal(await status(page), '显示 0 条核验发现');
  assert.equal(await page.locator('.finding-group:visible').count(), 0);
  await page.selectOption('select[name="rule"]', '');
  await page.selectOption('select[name="agency"]', '');
  await page.selectOption('select[name="year"]', '');
  assert.equal(new URL(page.url()).search, '');
  assert.equal(await shown(page), jiangsu);
  await page.close();
});

test('without JavaScript every finding shows and the filter form stays hidden', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.site.url}quality/320000/?rule=table3-row-total`);
  assert.equal(await shown(page), jiangsu);
  assert.equal(await page.locator('#finding-filters').isVisible(), false);
  await context.close();
});
