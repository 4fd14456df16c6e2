/**
 * `npm run bench:search [-- --dist dist --base / 查询…]`: runs searches on the built site in
 * headless Chromium, as a first-time visitor would (fresh browser profile per query), and prints
 * per query the results, the time from navigation to the first results on screen, and the bytes
 * fetched (all, and the search index's share).
 */
import { parseArgs } from 'node:util';
import { chromiumPath, hasChromium, launchBrowser } from '../tests/lib/browser.ts';
import { serveStatic } from '../tests/lib/server.ts';

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
  options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const queries = positionals.length > 0 ? positionals : defaults;
if (!hasChromium())
  throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);

const site = await serveStatic(new URL(`../${values.dist}/`, import.meta.url).pathname, values.base);
const browser = await launchBrowser();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  const rows = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(
        request
          .sizes()
          .then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
      );
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(q)}`);
    const ms = await page.evaluate(async () => {
      const name = 'touming:search-results';
      while (performance.getEntriesByName(name).length === 0) await new Promise((r) => setTimeout(r, 5));
      return (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime;
    });
    const titles = await page.locator('.search-result-title').allTextContents();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(sizes);
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
    await context.close();
  }
  console.log('\n| query | results | first results (ms) | bytes fetched (all) | of which search index |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.query} | ${r.results} | ${r.ms} | ${kb(r.total)} | ${kb(r.index)} |`);
} finally {
  await browser.close();
  await site.close();
}
