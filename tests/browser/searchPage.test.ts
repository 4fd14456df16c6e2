/**
 * The search page as a visitor uses it, in headless Chromium: filters narrow a search, the search
 * lives in the URL, the keyboard works, the header box on every page leads to it, it says what to
 * do without JavaScript, and it works when the site is served under a sub-path.
 */

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/testkit/server.ts';
import { decodeMeta, readIndexFile } from '../../src/integrations/pagefindFiles.ts';
import { wholeTermWord } from '../../src/utils/searchWholeTerms.ts';
import { attr, byTag, distDir, loadPage, subpathBase, subpathDistDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';
import { contains, type IndexedPage, indexedPages, readResults, wireProblems } from './searchSite.ts';

const served = servedSite();

let pages: IndexedPage[];

before(async () => {
  pages = await indexedPages(distDir);
});

const term = '行政复议';
const paths = (rs: { path: string }[]) => rs.map((r) => r.path).sort();
const urls = (ps: IndexedPage[]) => ps.map((p) => p.url).sort();

/** Runs `action` on an open search page and reads the search it triggers. */
async function searchAfter(page: Page, action: () => Promise<unknown>) {
  await page.evaluate(() => performance.clearMarks('touming:search-results'));
  await action();
  return readResults(page);
}

test('every built page has the header search box: a labelled GET form to the search page', async () => {
  const files = (await readdir(distDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  assert.ok(files.length > 5);
  for (const file of files) {
    const form = byTag(await loadPage(file), 'form').find((f) => attr(f, 'class') === 'site-search');
    assert.ok(form, `${file} has the search box`);
    assert.equal(attr(form, 'action'), '/search/');
    assert.equal(attr(form, 'method'), 'get');
    const input = byTag(form, 'input').find((i) => attr(i, 'name') === 'q');
    const label = byTag(form, 'label')[0];
    assert.ok(input && label && attr(label, 'for') === attr(input, 'id'), `${file}: the box is labelled`);
  }
});

test('a year filter narrows a search to that year, and a region filter to that province or city', async () => {
  const years = [...new Set(pages.flatMap((p) => (p.year ? [p.year] : [])))];
  assert.ok(years.length >= 2, 'the content should span at least two years');
  const page = await served.browser.newPage();
  const problems = wireProblems(page);
  await page.goto(`${served.site.url}search/?q=${encodeURIComponent(term)}`);
  const all = await readResults(page);
  const year = String(years[0]);
  const byYear = await searchAfter(page, () => page.selectOption('select[name="year"]', year));
  const want = pages.filter((p) => p.year === Number(year) && contains(p, term));
  assert.ok(want.length > 0 && want.length < all.exact.length, 'the year filter should leave some, not all');
  assert.deepEqual(paths(byYear.exact), urls(want));
  assert.match(new URL(page.url()).search, new RegExp(`year=${year}`));

  const city = '吴忠市';
  // One change, one search: clearing the year searches too, and its results must not be read as the city's.
  await searchAfter(page, () => page.selectOption('select[name="year"]', ''));
  const byCity = await searchAfter(page, () => page.selectOption('select[name="region"]', city));
  const inCity = await Promise.all(
    byCity.exact.map(async (r) => (await page.request.get(`${served.site.url}${r.path.slice(1)}`)).text()),
  );
  assert.deepEqual(problems, [], 'every index file the searches asked for arrived');
  assert.ok(
    byCity.exact.length > 0 && byCity.exact.length < all.exact.length,
    `${byCity.exact.length} of ${all.exact.length} results in ${city} (${byCity.status})`,
  );
  for (const html of inCity) assert.ok(html.includes(`data-value="${city}"`), 'every result is in the city');
  await page.close();
});

test('?q= and the filters in the URL restore a search on load, and typing a search puts it in the URL', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}search/`);
  const typed = await searchAfter(page, async () => {
    await page.fill('#search-q', '法律援助');
    await page.press('#search-q', 'Enter');
  });
  const shared = new URL(page.url());
  assert.equal(shared.searchParams.get('q'), '法律援助');
  assert.ok(typed.exact.length > 0);
  await page.close();

  const reloaded = await served.browser.newPage();
  await reloaded.goto(shared.href);
  const restored = await readResults(reloaded);
  assert.equal(await reloaded.inputValue('#search-q'), '法律援助');
  assert.deepEqual(paths(restored.exact), paths(typed.exact));
  assert.equal(restored.status, typed.status);
  assert.match(await reloaded.title(), /^法律援助 - 搜索/);
  await reloaded.close();

  const filtered = await served.browser.newPage();
  const year = String(pages.find((p) => p.year && contains(p, '法律援助'))?.year);
  await filtered.goto(
    `${served.site.url}search/?q=${encodeURIComponent('法律援助')}&year=${year}&sort=newest`,
  );
  const narrowed = await readResults(filtered);
  assert.equal(await filtered.inputValue('select[name="year"]'), year);
  assert.equal(await filtered.inputValue('select[name="sort"]'), 'newest');
  assert.deepEqual(
    paths(narrowed.exact),
    urls(pages.filter((p) => p.year === Number(year) && contains(p, '法律援助'))),
  );
  await filtered.close();
});

test('newest first and oldest first order the reports by year, across every part of the index', async () => {
  const page = await served.browser.newPage();
  const yearOf = (path: string) => pages.find((p) => p.url === path)?.year;
  const reports = pages.filter((p) => p.year !== undefined && contains(p, term));
  assert.ok(new Set(reports.map((p) => p.year)).size >= 2, 'the term should span several years');
  for (const [sort, order] of [
    ['newest', -1],
    ['oldest', 1],
  ] as const) {
    await page.goto(`${served.site.url}search/?q=${encodeURIComponent(term)}&sort=${sort}`);
    const shown = (await readResults(page)).exact.map((r) => yearOf(r.path)).filter((y) => y !== undefined);
    assert.equal(shown.length, reports.length, `${sort}: every report with the term is listed`);
    const inOrder = [...shown].sort((a, b) => order * (a - b));
    assert.deepEqual(shown, inOrder, `${sort}: years in order`);
  }
  await page.close();
});

test('the header search box on any page lands on the search page with results, and the keyboard walks them', async () => {
  const page = await served.browser.newPage();
  await page.goto(served.site.url);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-q');
  await page.keyboard.type(term);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  const { exact } = await readResults(page);
  assert.ok(exact.length >= 2);
  await page.focus('#search-q');
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
  assert.equal(await focused(), exact[0]?.path);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), exact[1]?.path);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === exact[0]?.path);
  assert.equal(await page.locator('h1').count(), 1);
  await page.close();
});

test('the search page speaks Chinese: labelled box, live result count, filters with Chinese names', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}search/?q=${encodeURIComponent(term)}`);
  await readResults(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal(await page.locator('label[for="search-q"]').textContent(), '关键词');
  assert.equal(await page.getAttribute('#search-status', 'role'), 'status');
  assert.match((await page.locator('#search-status').textContent()) ?? '', /共找到 \d+ 个结果/);
  const legends = await page.locator('.search-filters label').allTextContents();
  for (const name of ['年度', '地区', '机关', '机关类型', '排序']) {
    assert.ok(
      legends.some((l) => l.trim().startsWith(name)),
      `filter ${name}`,
    );
  }
  await page.close();
});

test('the search page with results and filters passes axe accessibility checks', async () => {
  const context = await served.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${served.site.url}search/?q=${encodeURIComponent(term)}&sort=newest`);
  await readResults(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
  );
  await context.close();
});

test('without JavaScript the search page says search needs it and links to the browse pages', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${served.site.url}search/?q=${encodeURIComponent(term)}`);
  const notice = page.locator('.search-noscript');
  assert.ok(await notice.isVisible());
  assert.match((await notice.textContent()) ?? '', /JavaScript/);
  const links = await notice
    .locator('a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  assert.deepEqual(links, ['/agencies/', '/years/']);
  // The page's own box (the header's is not shown here) still works as a plain form.
  assert.equal(await page.locator('#site-search-q').isVisible(), false);
  await page.fill('#search-q', '法律援助');
  await page.press('#search-q', 'Enter');
  await page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === '法律援助');
  await context.close();
});

test('under a sub-path the index, the results and their links all stay under it', async () => {
  const sub = await serveStatic(subpathDistDir, subpathBase);
  try {
    const page = await served.browser.newPage();
    await page.goto(`${sub.url}search/?q=${encodeURIComponent(term)}`);
    const { exact } = await readResults(page);
    assert.ok(exact.length > 0);
    for (const r of exact) assert.ok(r.path.startsWith(subpathBase), r.path);
    assert.ok(sub.requests.some((p) => p.startsWith(`${subpathBase}pagefind/`)));
    assert.ok(!sub.requests.some((p) => !p.startsWith(subpathBase)), 'nothing fetched outside the sub-path');
    const response = await page.goto(`${sub.url.replace(/\/touming\/$/, '')}${exact[0]?.path}`);
    assert.equal(response?.status(), 200);
    await page.close();
  } finally {
    await sub.close();
  }
});

/** The index chunk files a page fetches, by name. */
function chunkRequests(page: Page): Set<string> {
  const fetched = new Set<string>();
  page.on('request', (r) => {
    const name = /\/index\/([^/]+)\.pf_index$/.exec(new URL(r.url()).pathname)?.[1];
    if (name) fetched.add(name);
  });
  return fetched;
}

test('a term of the form is looked up by its own index word: one chunk, none of its pieces’', async () => {
  const folder = join(distDir, 'pagefind');
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8'));
  const meta = decodeMeta(await readIndexFile(join(folder, `pagefind.${entry.languages.zh.hash}.pf_meta`)));
  const holding = (word: string) =>
    meta.chunks
      .filter((c) => (c.from <= word || word.startsWith(c.from)) && (word <= c.to || word.startsWith(c.to)))
      .map((c) => c.hash);
  const own = holding(wholeTermWord(term));
  assert.equal(own.length, 1, `one chunk holds ${wholeTermWord(term)}`);
  const page = await served.browser.newPage();
  const fetched = chunkRequests(page);
  await page.goto(`${served.site.url}search/?q=${encodeURIComponent(term)}`);
  const { exact } = await readResults(page);
  assert.deepEqual(paths(exact), urls(pages.filter((p) => contains(p, term))));
  assert.deepEqual([...fetched], own, `${term} fetched its own word's chunk only`);
  const piece = holding('行政').filter((h) => !own.includes(h));
  assert.ok(piece.length > 0, 'the piece 行政 sits in another chunk');
  await page.close();
});
