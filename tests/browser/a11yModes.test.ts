/**
 * The display modes (适老化) and reflow, in headless Chromium: a chosen mode holds on the next page
 * and is on <html> before the page's body is parsed (so before anything is painted); without
 * JavaScript the site shows no buttons and reads at normal size; every page type reflows at 320 px
 * (400 % zoom) and, in 大字 mode, at 640 px (200 % zoom) without sideways scrolling of the page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type PageType, pageTypes } from '../../scripts/lib/testkit/pages.ts';
import { displayModes, storageKey } from '../../src/client/displayModes.ts';
import { distDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

const types = await pageTypes(distDir);
const report = types.find((t) => t.type === 'report') as PageType;

test('a mode chosen on one page is on <html> on the next before its body is parsed', async () => {
  const context = await served.browser.newContext();
  // Record the classes of <html> at the moment <body> is inserted, before any paint can show it.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      document.documentElement.dataset.atBody = document.documentElement.className;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(served.site.url);
  // The buttons' marker only: they show from the first paint, and no mode is on yet.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.atBody), 'has-display-modes');
  await page.click('[data-display-mode="high-contrast"]');
  await page.goto(served.site.url + report.path);
  const after = await page.evaluate(() => ({
    atBody: document.documentElement.dataset.atBody,
    pressed: document.querySelector('[data-display-mode="high-contrast"]')?.getAttribute('aria-pressed'),
    header: getComputedStyle(document.querySelector('.site-header') as Element).backgroundColor,
  }));
  assert.deepEqual(after, {
    atBody: 'has-display-modes mode-high-contrast',
    pressed: 'true',
    header: 'rgb(0, 0, 0)',
  });
  assert.deepEqual(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), storageKey)) ?? ''), [
    'high-contrast',
  ]);
  await context.close();
});

test('a system request for more contrast turns 高对比 on until the reader chooses', async () => {
  const context = await served.browser.newContext({ contrast: 'more' });
  const page = await context.newPage();
  await page.goto(served.site.url);
  assert.equal(
    await page.evaluate(() => document.documentElement.className),
    'has-display-modes mode-high-contrast',
  );
  await page.click('[data-display-mode="high-contrast"]');
  await page.goto(served.site.url + report.path);
  assert.equal(await page.evaluate(() => document.documentElement.className), 'has-display-modes');
  await context.close();
});

test('without JavaScript there are no mode buttons and the page reads at normal size', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(served.site.url + report.path);
  assert.equal(await page.locator('[data-display-mode]').first().isVisible(), false);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '16px');
  assert.ok((await page.locator('table.form').count()) >= 3, 'the report tables are there');
  await context.close();
});

/** Pages whose content is wider than the window (tables scroll inside their own regions instead). */
async function overflowing(width: number, modes: readonly string[]): Promise<string[]> {
  const context = await served.browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript(
    ([k, v]) => localStorage.setItem(k as string, v as string),
    [storageKey, JSON.stringify(modes)],
  );
  const page = await context.newPage();
  const wide: string[] = [];
  for (const p of types) {
    await page.goto(served.site.url + p.path);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) wide.push(`${p.type} (/${p.path}): ${scroll}px wide at ${width}px`);
  }
  await context.close();
  return wide;
}

test('every page type reflows at 320 px wide (400 % zoom) without sideways scrolling', async () => {
  assert.deepEqual(await overflowing(320, []), []);
});

test('in 大字 and 高对比 modes every page type reflows at 640 px wide (200 % zoom)', async () => {
  assert.deepEqual(await overflowing(640, displayModes), []);
});
