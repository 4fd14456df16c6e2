/**
 * The region pages and the agencies index as built, against the content they were built from. The
 * expected regions, agencies and coverage are worked out here from the agencies' YAML and the
 * reports, not by the site's own region module: a province from the code's first two digits, a
 * city when the YAML names one (a county's city from the code's first four), a county when it
 * names one.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { type AgencyEntry, loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { attr, byTag, distDir, type Element, elements, loadPage, text } from '../lib/html.ts';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

let agencies: AgencyEntry[];
let reports: ReportEntry[];
/** Region code → the agencies in it (at any depth), and its name. */
const regions = new Map<string, { name: string; parent?: string; agencies: Set<string> }>();

before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  ({ agencies, reports } = content);
  for (const a of agencies) {
    const { province, city, county, code } = a.data.region;
    const chain: [string, string][] = [[`${code.slice(0, 2)}0000`, province]];
    if (city) chain.push([county ? `${code.slice(0, 4)}00` : code, city]);
    if (county) chain.push([code, county]);
    chain.forEach(([c, name], i) => {
      const r = regions.get(c) ?? {
        name,
        ...(i > 0 ? { parent: chain[i - 1]?.[0] } : {}),
        agencies: new Set(),
      };
      r.agencies.add(a.id);
      regions.set(c, r);
    });
  }
});

const links = (node: Element) => byTag(node, 'a').map((a) => attr(a, 'href') ?? '');
const main = async (path: string) => byTag(await loadPage(path), 'main')[0] as Element;
const agencyLinks = (node: Element) =>
  [...new Set(links(node).flatMap((h) => /^\/agencies\/([^/]+)\/$/.exec(h)?.[1] ?? []))].sort();
const yearsOf = (id: string) => reports.filter((r) => r.data.agency === id).map((r) => r.data.year);

test('the bundled content spans every level: provinces, cities, counties, a county without an agency of its city', () => {
  assert.deepEqual([...regions.keys()].sort(), [
    '310000',
    '320000',
    '320800',
    '320813',
    '321300',
    '321322',
    '410000',
    '410300',
    '410307',
    '640000',
    '640300',
    '640302',
    '640303',
    '640500',
  ]);
});

test('a page for exactly each province, city and county that has agencies, and the index links them all', async () => {
  const dirs = (await readdir(join(distDir, 'regions'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  assert.deepEqual(dirs, [...regions.keys()].sort());
  const index = links(await main('regions/'));
  for (const code of regions.keys()) assert.ok(index.includes(`/regions/${code}/`), code);
});

test('each region page is named, lists exactly its agencies, links its parent, sub-regions and rankings', async () => {
  for (const [code, region] of regions) {
    const page = await loadPage(`regions/${code}/`);
    const body = byTag(page, 'main')[0] as Element;
    assert.match(clean(text(byTag(body, 'h1')[0] as Element)), new RegExp(`${region.name}$`), code);
    assert.deepEqual(agencyLinks(body), [...region.agencies].sort(), `${code}: agencies`);
    const hrefs = links(body);
    assert.ok(hrefs.includes(`/rankings/${code}/`), `${code}: rankings`);
    if (region.parent) assert.ok(hrefs.includes(`/regions/${region.parent}/`), `${code}: parent`);
    const children = [...regions].filter(([, r]) => r.parent === code).map(([c]) => c);
    for (const child of children) assert.ok(hrefs.includes(`/regions/${child}/`), `${code}: child ${child}`);
    assert.equal(byTag(page, 'html')[0]?.attrs.find((a) => a.name === 'lang')?.value, 'zh-CN');
  }
});

test('each region page’s coverage: per year, how many have a report, and who has none when others do', async () => {
  for (const [code, region] of regions) {
    const body = await main(`regions/${code}/`);
    const ids = [...region.agencies];
    const years = [...new Set(ids.flatMap(yearsOf))].sort();
    const table = byTag(body, 'table').find((t) =>
      clean(text(byTag(t, 'caption')[0] as Element)).endsWith('各年度收录报告的机关数'),
    );
    const gapItems = byTag(body, 'li').filter((li) => attr(li, 'data-year'));
    if (years.length === 0) {
      assert.equal(table, undefined);
      continue;
    }
    assert.ok(table, `${code}: the coverage table`);
    const rows = byTag(byTag(table, 'tbody')[0] as Element, 'tr').map((tr) =>
      elements(tr)
        .filter((e) => e.tagName === 'th' || e.tagName === 'td')
        .map((c) => clean(text(c))),
    );
    const want = years.map((y) => {
      const have = ids.filter((id) => yearsOf(id).includes(y)).length;
      return [`${y}年`, String(have), String(ids.length - have), String(ids.length)];
    });
    assert.deepEqual(rows, want, `${code}: coverage`);
    const gaps = years
      .map((y) => [String(y), ids.filter((id) => !yearsOf(id).includes(y)).sort()] as const)
      .filter(([, missing]) => missing.length > 0);
    assert.deepEqual(
      gapItems.map((li) => [attr(li, 'data-year'), agencyLinks(li)]),
      gaps,
      `${code}: who has no report for a year others have`,
    );
  }
});

test('宁夏, by hand: 2022 only 利通区; 2023 利通区 and 中卫市; 2024 only 红寺堡区', async () => {
  const body = await main('regions/640000/');
  const gaps = byTag(body, 'li')
    .filter((li) => attr(li, 'data-year'))
    .map((li) => [attr(li, 'data-year'), agencyLinks(li)]);
  assert.deepEqual(gaps, [
    ['2022', ['640303-sifaju', '640500-sifaju']],
    ['2023', ['640303-sifaju']],
    ['2024', ['640302-sifaju', '640500-sifaju']],
  ]);
  // The county's own table links each report it has and says 未收录 for the years it lacks.
  const litong = await main('regions/640302/');
  const reportsLinked = links(litong).filter((h) => /^\/agencies\/640302-sifaju\/\d{4}\/$/.test(h));
  assert.deepEqual(reportsLinked.sort(), ['/agencies/640302-sifaju/2022/', '/agencies/640302-sifaju/2023/']);
  const jiangsu = await main('regions/320000/');
  const sub = byTag(jiangsu, 'table').find((t) =>
    clean(text(byTag(t, 'caption')[0] as Element)).startsWith('江苏省的下级地区'),
  ) as Element;
  const subRows = byTag(byTag(sub, 'tbody')[0] as Element, 'tr').map((tr) =>
    elements(tr)
      .filter((e) => e.tagName === 'th' || e.tagName === 'td')
      .map((c) => clean(text(c))),
  );
  // 淮安市: its government (2024) and 洪泽区 (2023, 2024); 宿迁市: 沭阳县 (2023).
  assert.deepEqual(subRows, [
    ['淮安市', '2', '1 / 2', '2 / 2'],
    ['宿迁市', '1', '1 / 1', '0 / 1'],
  ]);
});

test('the agencies index: every agency once, in a group that links its region, with its kind for the filter', async () => {
  const body = await main('agencies/');
  assert.deepEqual(agencyLinks(body), agencies.map((a) => a.id).sort());
  const form = byTag(body, 'form').find((f) => attr(f, 'id') === 'agency-filters') as Element;
  assert.ok(form && attr(form, 'hidden') !== undefined, 'the filter form waits for its script');
  for (const group of elements(body).filter((e) => attr(e, 'class') === 'agency-group')) {
    const chain = (attr(group, 'data-chain') ?? '').split(' ');
    const seat = chain.at(-1) as string;
    for (const li of byTag(group, 'li')) {
      const id = agencyLinks(li)[0] as string;
      const agency = agencies.find((a) => a.id === id) as AgencyEntry;
      assert.equal(attr(li, 'data-kind'), agency.data.kind, id);
      assert.equal(seat, agency.data.region.code, `${id} sits in its own region`);
      for (const c of chain) assert.ok(regions.get(c)?.agencies.has(id), `${id} in ${c}`);
    }
    // A city's or county's group heading leads to its page and its city's; the province's own agencies are under its h2.
    assert.deepEqual(
      links(byTag(group, 'h3')[0] as Element),
      chain.slice(1).map((c) => `/regions/${c}/`),
    );
  }
  // Without JavaScript every region with agencies is a link away.
  for (const code of regions.keys()) assert.ok(links(body).includes(`/regions/${code}/`), code);
});
