/**
 * Search on the built site, in headless Chromium: each query lists as matches exactly the pages
 * whose indexed text contains it (read from the built HTML, not from the search), ranked where
 * the term is central, and table figures are searchable as the numbers they are.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { byTag, distDir, type Element, loadPage, text } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';
import { contains, type IndexedPage, indexedPages, readResults } from './searchSite.ts';

const served = servedSite();

let pages: IndexedPage[];

before(async () => {
  pages = await indexedPages(distDir);
});

let searchPage: Page | undefined;

/** Searches as a visitor typing into the search page (opened once, so Pagefind loads once). */
async function search(q: string) {
  if (!searchPage) {
    searchPage = await served.browser.newPage();
    await searchPage.goto(`${served.site.url}search/`);
  }
  const page = searchPage;
  await page.evaluate(() => performance.clearMarks('touming:search-results'));
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  return readResults(page);
}

const expected = (q: string) => pages.filter((p) => contains(p, q));
const count = (p: IndexedPage, q: string) => p.text.split(q).length - 1;
const sorted = (paths: string[]) => [...paths].sort();
const terms = ['行政复议', '法律援助', '政府开放日', '三审三校', '利通普法', '信息处理费'];
const agencyNames = () => [...new Set(pages.filter((p) => p.year === undefined).map((p) => p.agency))];
const years = () => [...new Set(pages.flatMap((p) => (p.year ? [String(p.year)] : [])))];

test('each term, agency name and year lists as matches exactly the pages that contain it, and says how many', async () => {
  for (const q of [...terms, ...agencyNames(), ...years()]) {
    const want = expected(q);
    assert.ok(want.length > 0, `the content should have a page containing ${q}`);
    const { status, exact } = await search(q);
    assert.deepEqual(sorted(exact.map((r) => r.path)), sorted(want.map((p) => p.url)), `results for ${q}`);
    assert.match(status, new RegExp(`“${q}”共找到 ${want.length} 个结果`));
  }
});

test('a term only some reports use finds those reports and no others among the matches', async () => {
  // 政府开放日 and 利通普法 are in some reports only (checked against the built text above).
  for (const q of ['政府开放日', '利通普法']) {
    const want = expected(q);
    assert.ok(
      want.length > 0 && want.length < pages.filter((p) => p.year).length,
      `${q} is in some reports only`,
    );
    const { exact, partial } = await search(q);
    assert.deepEqual(sorted(exact.map((r) => r.path)), sorted(want.map((p) => p.url)));
    for (const r of partial) assert.ok(!want.some((p) => p.url === r.path), `${r.path} listed twice`);
  }
});

test('where one page uses the term at least twice as often as any other, it ranks first', async () => {
  let decided = 0;
  for (const q of [...terms, ...agencyNames(), ...years()]) {
    const [top, next] = expected(q).sort((a, b) => count(b, q) - count(a, q));
    if (!top || (next && count(top, q) < 2 * count(next, q))) continue;
    decided += 1;
    const { exact } = await search(q);
    assert.equal(exact[0]?.path, top.url, `${q}: ${top.url} has it ${count(top, q)} times`);
  }
  assert.ok(decided >= 2, 'the content should give at least two queries a clear first page');
});

test("an agency's name ranks its own pages before pages of other agencies that mention it", async () => {
  for (const name of agencyNames()) {
    const { exact } = await search(name);
    const own = exact.map((r) => r.facts[0] === name);
    assert.ok(own[0], `${name}: first result is its own`);
    assert.equal(own.indexOf(false) === -1 ? own.length : own.indexOf(false), own.filter(Boolean).length);
  }
});

test("a year ranks that year's reports before other years' reports that mention it", async () => {
  for (const year of years()) {
    const { exact } = await search(year);
    const reportYears = exact.map((r) => r.facts[1]).filter((f) => f?.endsWith('年度'));
    const firstOther = reportYears.findIndex((f) => f !== `${year}年度`);
    const lastOwn = reportYears.lastIndexOf(`${year}年度`);
    assert.ok(lastOwn >= 0, `${year}: its reports are found`);
    assert.ok(firstOther === -1 || firstOther > lastOwn, `${year}: ${reportYears.join(' ')}`);
  }
});

test('every result names its agency and year (or that it is the agency page) and highlights the query in an excerpt', async () => {
  // 法律援助 through Pagefind's words; 行政复议, a term of the form, through its own index word.
  for (const q of ['法律援助', '行政复议']) {
    const { exact } = await search(q);
    assert.ok(exact.length > 0);
    for (const r of exact) {
      assert.ok(agencyNames().includes(r.facts[0] ?? ''), `agency in ${r.facts.join(' · ')}`);
      assert.match(r.facts[1] ?? '', /^(\d{4}年度|机关主页)$/);
      assert.ok(r.marks.length > 0, `${r.path} excerpt has highlights`);
      for (const m of r.marks) assert.ok(q.includes(m.trim()), `highlight “${m}” is part of ${q}`);
    }
    if (q !== '行政复议') continue;
    // Found at the word it starts in, the term is marked whole, not as the piece Pagefind marks.
    const whole = exact.filter((r) => r.marks.includes(q)).length;
    assert.ok(
      whole >= exact.length / 2,
      `${q} is highlighted whole in most excerpts (${whole} of ${exact.length})`,
    );
    // Its excerpt is chosen around prose: never a run of table numbers (three or more in a row).
    for (const r of exact)
      assert.doesNotMatch(r.excerpt, /(?:^|\s)(?:\d[\d,.]*\s+){2,}\d/, `${r.path}: “${r.excerpt}”`);
  }
});

/** Pairs of numeric cells side by side in a table row of a built report page. */
async function adjacentFigures(): Promise<[string, string][]> {
  const pairs: [string, string][] = [];
  for (const report of pages.filter((p) => p.year)) {
    for (const tr of byTag(await loadPage(report.url.slice(1)), 'tr')) {
      const cells = tr.childNodes.filter((c): c is Element => 'tagName' in c && c.tagName === 'td');
      const figures = cells.map((td) => text(td.childNodes[0] ?? td).trim());
      for (const [i, b] of figures.entries()) {
        const a = figures[i - 1];
        if (a !== undefined && /^\d+$/.test(a) && /^\d+$/.test(b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

test('table figures are indexed as separate numbers: a figure finds its reports, adjacent cells run together find nothing', async () => {
  const pairs = await adjacentFigures();
  const joined = pairs.map(([a, b]) => a + b).find((n) => n.length >= 3 && expected(n).length === 0);
  assert.ok(joined, 'the reports should have adjacent numeric cells');
  assert.deepEqual((await search(joined)).exact, [], `${joined} must not be a word in the index`);
  const figure = pairs.flat().find((n) => n.length >= 2 && n !== joined);
  assert.ok(figure, 'the reports should have a figure of two or more digits in a table');
  const { exact } = await search(figure);
  assert.ok(expected(figure).length > 0);
  assert.deepEqual(
    sorted(exact.map((r) => r.path)),
    sorted(expected(figure).map((p) => p.url)),
    `figure ${figure}`,
  );
});
