/**
 * Every page type, served by a plain static server at the domain root and under a sub-path, in
 * headless Chromium: every request the browser makes (page, scripts, styles, search index, data
 * fetches) goes to the site's own origin and, under a sub-path, stays under it; nothing fails; no
 * console error, uncaught error or Content-Security-Policy violation.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, requireChromium } from '../../scripts/lib/testkit/browser.ts';
import { interactiveStates, pageTypes } from '../../scripts/lib/testkit/pages.ts';
import { serveStatic } from '../../scripts/lib/testkit/server.ts';
import { distDir, subpathBase, subpathDistDir } from '../lib/html.ts';
import { watch } from '../lib/watch.ts';

let browser: Browser;

before(async () => {
  requireChromium();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Runs `fn` over `items`, `limit` at a time: most of a visit is waiting for the network to go quiet. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

async function visitAll(root: string, base: string) {
  const site = await serveStatic(root, base);
  const { origin } = new URL(site.url);
  const pages = [...(await pageTypes(root)), ...(await interactiveStates(root))];
  const problems: string[] = [];
  try {
    await pool(pages, 4, async (p) => {
      // A context per page, so each page's requests (its workers' too) are told apart.
      const context = await browser.newContext();
      const seen = await watch(context);
      const page = await context.newPage();
      const response = await page.goto(site.url + p.path);
      if (p.ready) await page.waitForSelector(p.ready);
      await page.waitForLoadState('networkidle');
      await context.close();
      const where = `${base}${p.path} (${p.type})`;
      const status = response?.status();
      if (status !== (p.type === '404' ? 404 : 200)) problems.push(`${where}: HTTP ${status}`);
      for (const r of seen.requests) {
        const url = new URL(r.url);
        if (url.origin !== origin) problems.push(`${where}: request to another origin: ${r.url}`);
        else if (!url.pathname.startsWith(base)) problems.push(`${where}: request outside ${base}: ${r.url}`);
      }
      const expected = p.type === '404' ? [`${site.url}${p.path}: HTTP 404`] : [];
      if (seen.failures.join() !== expected.join())
        problems.push(`${where}: failed: ${seen.failures.join(', ')}`);
      for (const e of seen.errors)
        if (!(p.type === '404' && /status of 404/.test(e))) problems.push(`${where}: console ${e}`);
      if (!seen.requests.some((r) => r.type === 'stylesheet'))
        problems.push(`${where}: no stylesheet loaded`);
    });
  } finally {
    await site.close();
  }
  assert.deepEqual(problems, []);
  return pages.length;
}

test('at the domain root: every page type requests only its own origin, and nothing fails', async (t) => {
  t.diagnostic(`${await visitAll(distDir, '/')} pages visited`);
});

test('under /touming/: every page type requests only files under the sub-path, and nothing fails', async (t) => {
  t.diagnostic(`${await visitAll(subpathDistDir, subpathBase)} pages visited`);
});

test('the search loads Pagefind and its WebAssembly under the Content-Security-Policy', async () => {
  const site = await serveStatic(distDir);
  const context = await browser.newContext();
  const seen = await watch(context);
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('行政复议')}`);
    await page.waitForSelector('#search-results li');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
    assert.ok(seen.requests.some((r) => r.url.endsWith('.pagefind') && r.url.includes('/wasm.')));
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
    await site.close();
  }
});
