/**
 * The tables' terms on a phone: a term's link fills its header cell, so a tap anywhere on the row's
 * label (not only on the term's few characters) opens the term's explanation on the glossary page,
 * where the term is marked; the link also takes keyboard focus, and Enter follows it.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();
const report = 'agencies/640500-sifaju/2023/';
let page: Page;

before(async () => {
  await served.start();
  const context = await served.browser.newContext({
    viewport: { width: 375, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  page = await context.newPage();
});

test('at 375 px a tap on the far corner of the 三安全一稳定 row label opens its explanation', async () => {
  await page.goto(served.site.url + report);
  const th = page.locator('#table3 th[scope="row"]', { hasText: '三安全一稳定' });
  await th.scrollIntoViewIfNeeded();
  const cell = await th.boundingBox();
  const word = await th.locator('a.term-link').boundingBox();
  assert.ok(cell && word);
  assert.ok(cell.height >= 24 && cell.width >= 44, `the cell is ${cell.width}×${cell.height}`);
  // The bottom-left corner of the cell, clear of the term's own words.
  const [x, y] = [cell.x + 3, cell.y + cell.height - 3];
  assert.ok(!(x >= word.x && x <= word.x + word.width && y >= word.y && y <= word.y + word.height));
  await page.touchscreen.tap(x, y);
  await page.waitForURL(/\/glossary\/#term-threeSecurities$/);
  const target = await page.evaluate(() => {
    const dt = document.querySelector(':target');
    return { tag: dt?.tagName, text: dt?.textContent?.trim(), top: dt?.getBoundingClientRect().top ?? -1 };
  });
  assert.deepEqual({ tag: target.tag, text: target.text }, { tag: 'DT', text: '三安全一稳定' });
  assert.ok(target.top >= 0 && target.top < 740, 'the explanation is scrolled into view');
});

test('with the keyboard a term’s link takes focus, and Enter follows it', async () => {
  await page.goto(served.site.url + report);
  await page.locator('#table3 a.term-link', { hasText: '三安全一稳定' }).focus();
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, '三安全一稳定');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/glossary\/#term-threeSecurities$/);
});
