/**
 * From a finding to the evidence, by keyboard (issue 17): on a report page a keyboard user goes from a
 * 数据核验 finding to the line of the original its numbers were read from in at most two activations
 * (open the finding's list of cells, follow a cell's 原文 link); the line is the target, highlighted
 * and on screen. On a phone the source view never scrolls sideways, however long its lines.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();
const report = 'agencies/320813-renminzhengfu/2023/';

/** Presses Tab until `is` holds for the focused element (moving focus is not an activation). */
async function tabTo(page: Page, is: string, most: number): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, is)) return;
  }
  assert.fail(`no element matching ${is} within ${most} presses of Tab`);
}

test('a keyboard user goes from a finding to the source line in at most two activations', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(served.site.url + report);
  const finding = 'li.finding[data-rule="table4-group-total"]';
  let activations = 0;
  await tabTo(page, `${finding} details > summary`, 300);
  await page.keyboard.press('Enter');
  activations++;
  await page.waitForFunction(
    (sel) => document.querySelector<HTMLDetailsElement>(`${sel} details`)?.open,
    finding,
  );
  await tabTo(page, `${finding} details a[href*="/source/#"]`, 4);
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  activations++;
  await page.waitForURL((url) => url.href === target);
  assert.match(new URL(target).pathname, /\/agencies\/320813-renminzhengfu\/2023\/source\/$/);
  const line = await page.evaluate(() => {
    const el = document.querySelector(':target') as HTMLElement | null;
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return {
      id: el.id,
      text: el.firstChild?.textContent ?? '',
      note: el.querySelector('.read-note')?.textContent ?? '',
      outline: getComputedStyle(el).outlineStyle,
      onScreen: box.top >= 0 && box.top < innerHeight,
    };
  });
  assert.ok(line, 'the link lands on a line of the source view');
  assert.equal(`#${line.id}`, new URL(target).hash);
  // 表四 as the PDF prints it: 行政复议 10 1 0 0 0 …, read under its labels.
  assert.match(line.text, /^10\t1\t0\t0\t0/);
  assert.match(line.note, /表四「行政复议」.*（按标签读取）/);
  assert.notEqual(line.outline, 'none', 'the target line is highlighted');
  assert.ok(line.onScreen, 'the target line is scrolled into view');
  assert.ok(activations <= 2, `${activations} activations`);
  await page.close();
});

test('a number of a table is a link to its line: Enter on it shows the line, highlighted', async () => {
  const page = await served.browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(served.site.url + report);
  const cell = page.locator('td[data-cell="table3.newReceived.natural"] a');
  assert.equal(await cell.getAttribute('aria-label'), '21，原文第3页第17行');
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/source\/#p3-L17$/);
  const state = await page.evaluate(() => ({
    target: document.querySelector(':target')?.firstChild?.textContent ?? '',
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  assert.match(state.target, /^一、本年新收政府信息公开申请数量\t21\t/);
  assert.equal(state.sideways, false, 'the source view does not scroll sideways at 375 px');
  await page.close();
});
