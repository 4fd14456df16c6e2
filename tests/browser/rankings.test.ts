/**
 * 排名 in headless Chromium: a click on a column header re-sorts the ranking and says so (aria-sort); at
 * 375 px each ranking fits or scrolls inside its own frame, its agency names beside their numbers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();
// 2024 in 淮安市: 淮安市人民政府 (本年新收 3,119) and 洪泽区人民政府 (95), worked out in tests/stats/rankings.test.ts.
const path = 'rankings/320800/2024/';

const names = (page: import('playwright-core').Page) =>
  page.$$eval('#m-new-received table tbody th', (ths) => ths.map((th) => th.querySelector('a')?.textContent));

test('clicking a column header sorts the ranking by it, again to reverse, and aria-sort follows', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(served.site.url + path);
  assert.deepEqual(await names(page), ['淮安市人民政府', '洪泽区人民政府']);
  const value = page.locator('#m-new-received thead th').nth(2);
  await value.locator('button').click();
  // Numbers: largest first on the first click (the order printed), then smallest first.
  assert.equal(await value.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await names(page), ['淮安市人民政府', '洪泽区人民政府']);
  await value.locator('button').click();
  assert.equal(await value.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await names(page), ['洪泽区人民政府', '淮安市人民政府']);
  assert.equal(await page.locator('#m-new-received thead th').first().getAttribute('aria-sort'), null);
  assert.equal(await page.locator('#m-new-received .sort-hint').isVisible(), true);
  await page.close();
});

test('without JavaScript the rankings are printed in order, with a view per measure and no sort buttons', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(served.site.url + path);
  assert.deepEqual(await names(page), ['淮安市人民政府', '洪泽区人民政府']);
  assert.equal(await page.locator('table button').count(), 0);
  assert.equal(await page.locator('nav[aria-label="排序依据"] a').count(), 8);
  await context.close();
});

test('at 375 px a ranking’s agency names stay beside their numbers and the page does not scroll sideways', async () => {
  const page = await served.browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(served.site.url + path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page wider than the screen by ${overflow} px`);
  const hidden = await page.$$eval('#m-disclosure-rate table tbody tr', (trs) =>
    trs.flatMap((tr) => {
      const frame = tr.closest('.table-scroll') as HTMLElement;
      frame.scrollLeft = frame.scrollWidth;
      const label = tr.querySelector('th')?.getBoundingClientRect();
      const last = tr.querySelector('td:last-child')?.getBoundingClientRect();
      const f = frame.getBoundingClientRect();
      return label && last && label.left >= f.left - 1 && last.right <= f.right + 1 ? [] : [tr.textContent];
    }),
  );
  assert.deepEqual(hidden, []);
  await page.close();
});
