/**
 * `npm run bench:search [-- --dist dist --base / 查询…]`: runs searches on the built site in
 * headless Chromium, as a first-time visitor would (fresh browser profile per query), and prints
 * per query the results, the time from navigation to the first results on screen, and the bytes
 * fetched (all, and the search index's share).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchBrowser } from './lib/testkit/browser.ts';
import { serveStatic } from './lib/testkit/server.ts';

const defaults = [
  '行政复议',
  '法律援助',
  '政府开放日',
  '三审三校',
  '利通普法',
  '信息处理费',
  '中卫市司法局',
  '2022',
];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    files: { type: 'boolean', default: false },
  },
});
const queries = positionals.length > 0 ? positionals : defaults;
if (!hasChromium())
  throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);

const root = new URL(`../${values.dist}/`, import.meta.url).pathname;
const site = await serveStatic(root, values.base);

/** Size of the file the static server answers a path with (a folder's index.html, else 404.html). */
async function sentBytes(dir: string, path: string): Promise<{ url: string; bytes: number }> {
  const rel = decodeURIComponent(path.slice(values.base.length));
  for (const file of [join(dir, rel), join(dir, rel, 'index.html'), join(dir, '404.html')]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return { url: path, bytes: info.size };
  }
  return { url: path, bytes: 0 };
}
const browser = await launchBrowser();
/** Time to results for each query typed into a search page that is already open (Pagefind loaded). */
async function warmTimes(browser: Browser, url: string, list: string[]): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${url}search/`);
  await page.waitForLoadState('networkidle');
  const times: number[] = [];
  for (const q of list) {
    times.push(
      await page.evaluate(async (q) => {
        const name = 'touming:search-results';
        performance.clearMarks(name);
        const input = document.getElementById('search-q') as HTMLInputElement;
        input.value = q;
        const started = performance.now();
        input.form?.requestSubmit();
        while (performance.getEntriesByName(name).length === 0) await new Promise((r) => setTimeout(r, 2));
        return (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime - started;
      }, q),
    );
  }
  await page.close();
  return times;
}

/** Fetched files summed by kind: the file's extension, or the Pagefind file type. */
function byKind(fetched: { url: string; bytes: number }[]): [string, number, number][] {
  const kinds = new Map<string, [number, number]>();
  for (const f of fetched) {
    const kind =
      /\.(pf_\w+|js|css|json|html|svg|pagefind)$/.exec(f.url)?.[1] ??
      (f.url.endsWith('/') ? 'html' : 'other');
    const [n, bytes] = kinds.get(kind) ?? [0, 0];
    kinds.set(kind, [n + 1, bytes + f.bytes]);
  }
  return [...kinds].map(([kind, [n, bytes]]) => [kind, n, bytes]);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  const rows = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const before = site.requests.length;
    await page.goto(`${site.url}search/?q=${encodeURIComponent(q)}`);
    const ms = await page.evaluate(async () => {
      const name = 'touming:search-results';
      while (performance.getEntriesByName(name).length === 0) await new Promise((r) => setTimeout(r, 5));
      return (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime;
    });
    const titles = await page.locator('.search-result-title').allTextContents();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await page.waitForLoadState('networkidle');
    // What the server sent, file by file (the worker's fetch is invisible to page events).
    const fetched = await Promise.all(site.requests.slice(before).map((path) => sentBytes(root, path)));
    const total = fetched.reduce((n, f) => n + f.bytes, 0);
    const index = fetched.filter((f) => f.url.includes('/pagefind/')).reduce((n, f) => n + f.bytes, 0);
    rows.push({
      query: q,
      results: Number(/共找到 (\d+)/.exec(status)?.[1] ?? 0),
      ms: Math.round(ms),
      total,
      index,
    });
    console.log(
      `\n${q}: ${status} — first results ${Math.round(ms)} ms, fetched ${kb(total)} (search ${kb(index)})`,
    );
    for (const [i, t] of titles.entries()) console.log(`  ${i + 1}. ${t}`);
    if (values.files)
      for (const [kind, n, bytes] of byKind(fetched)) console.log(`  ${kind}: ${n} files, ${kb(bytes)}`);
    await context.close();
  }
  const warm = await warmTimes(browser, site.url, queries);
  console.log(
    '\n| query | results | first visit: ms to first results | bytes fetched (all) | of which search | next query: ms |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [i, r] of rows.entries())
    console.log(
      `| ${r.query} | ${r.results} | ${r.ms} | ${kb(r.total)} | ${kb(r.index)} | ${Math.round(warm[i] ?? 0)} |`,
    );
} finally {
  await browser.close();
  await site.close();
}
