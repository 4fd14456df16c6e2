/**
 * A portal built in parts (README, "Scale"): the bundled reports split by province with SITE_REGION
 * into two builds under their own sub-paths, each search page merging the other part's index
 * (SITE_MERGE_INDEXES). Served from one host, a search in Chromium finds pages of both parts, each
 * linked under its own part, and exactly the pages whose text has the query.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, requireChromium } from '../../scripts/lib/testkit/browser.ts';
import { type StaticSite, serveSites } from '../../scripts/lib/testkit/server.ts';
import { astroBuild, repoRoot } from '../lib/build.ts';
import { contains, type IndexedPage, indexedPages, readResults } from './searchSite.ts';

const parts = [
  { region: '宁夏回族自治区', base: '/ningxia/', prefix: '64' },
  { region: '河南省', base: '/henan/', prefix: '41' },
];
let work: string;
let browser: Browser;
let site: StaticSite;
let pages: (IndexedPage & { part: string })[];

before(async () => {
  requireChromium();
  // Inside the project: Astro stages a build whose output lies outside it in the shared .astro/,
  // where two builds at once would overwrite each other.
  await mkdir(join(repoRoot, 'tmp'), { recursive: true });
  work = await mkdtemp(join(repoRoot, 'tmp/split-'));
  // The two parts build as separate CI jobs would (taking turns on this checkout's .astro/, see astroBuild).
  const builds = await Promise.all(
    parts.map((p) =>
      astroBuild(join(repoRoot, 'content'), join(work, p.prefix), {
        SITE_REGION: p.region,
        SITE_BASE: p.base,
        SITE_MERGE_INDEXES: parts.map((q) => q.base).join(','),
      }),
    ),
  );
  for (const b of builds) assert.equal(b.code, 0, b.output);
  pages = (
    await Promise.all(
      parts.map(async (p) =>
        (await indexedPages(join(work, p.prefix))).map((page) => ({ ...page, part: p.base })),
      ),
    )
  ).flat();
  site = await serveSites(parts.map((p) => ({ root: join(work, p.prefix), base: p.base })));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('each part holds only its own region’s agencies and reports', () => {
  for (const p of parts) {
    const own = pages.filter((page) => page.part === p.base);
    assert.ok(own.length > 0, `${p.base} indexed pages`);
    for (const page of own) assert.match(page.url, new RegExp(`^/agencies/${p.prefix}\\d{4}-`), page.url);
  }
});

test('a search on one part’s page finds the matching pages of both parts, under their own sub-paths', async () => {
  const query = '司法局';
  const expected = pages
    .filter((p) => contains(p, query))
    .map((p) => `${p.part}${p.url.slice(1)}`)
    .sort();
  assert.ok(parts.every((p) => expected.some((url) => url.startsWith(p.base))));
  for (const from of parts) {
    const page = await browser.newPage();
    await page.goto(
      `${site.url.replace(parts[0]?.base ?? '/', from.base)}search/?q=${encodeURIComponent(query)}`,
    );
    const { exact } = await readResults(page);
    assert.deepEqual(exact.map((r) => r.path).sort(), expected, `searching from ${from.base}`);
    // The other part's results lead to its pages, which the host serves.
    const other = exact.find((r) => !r.path.startsWith(from.base));
    assert.ok(other);
    const response = await page.goto(new URL(other.path, site.url).href);
    assert.equal(response?.status(), 200);
    await page.close();
  }
});

test('the filters of one part’s search page offer the other part’s places and agencies, and filter by them', async () => {
  const [ningxia, henan] = parts;
  assert.ok(ningxia && henan);
  const henanPages = pages.filter((p) => p.part === henan.base && p.year !== undefined);
  const agency = henanPages[0]?.agency;
  assert.ok(agency, 'a 河南 report to filter by');
  const page = await browser.newPage();
  const from = site.url.replace(parts[0]?.base ?? '/', ningxia.base);
  await page.goto(`${from}search/?region=${encodeURIComponent(henan.region)}`);
  const { exact } = await readResults(page);
  assert.equal(
    await page.inputValue('select[name="region"]'),
    henan.region,
    'the other part’s province is offered',
  );
  assert.deepEqual(
    exact.map((r) => r.path).sort(),
    pages
      .filter((p) => p.part === henan.base)
      .map((p) => `${p.part}${p.url.slice(1)}`)
      .sort(),
    'listing by the other part’s province finds all its pages',
  );
  const agencies = await page.locator('select[name="agency"] option').allTextContents();
  assert.ok(agencies.includes(agency), `${agency} is offered on ${ningxia.base}`);
  const regions = await page.locator('select[name="region"] option').allTextContents();
  assert.ok(
    regions.some((r) => r.startsWith(ningxia.region)),
    'its own province is still offered',
  );
  await page.close();
});
