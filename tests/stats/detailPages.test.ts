/**
 * The 数据质量, 统计 and 数据下载 pages stay small however many reports the site holds: they count,
 * and link one page per province that lists the detail. Nothing is lost on the way: every finding
 * of findings.json and every agency × year coverage cell is on a page reached from the main page.
 */
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { type AgencyEntry, loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { assertFindingsOnProvincePages, coverageOnPages, provincePages } from '../lib/detailPages.ts';
import {
  attr,
  byTag,
  distDir,
  type Element,
  loadPage,
  subpathBase,
  subpathDistDir,
  text,
} from '../lib/html.ts';

let agencies: AgencyEntry[];
let reports: ReportEntry[];
const roots = [
  [distDir, '/'],
  [subpathDistDir, subpathBase],
] as const;

before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  ({ agencies, reports } = content);
});

test('every agency × year coverage cell is on one province page linked from 统计, in words, with its report', async () => {
  const years = [...new Set(reports.map((r) => r.data.year))];
  const has = new Set(reports.map((r) => r.id));
  for (const [root, base] of roots) {
    const pages = await provincePages(root, 'stats/', '各省级地区各年度报告的收录情况', base);
    const cells = await coverageOnPages(root, pages, base);
    const expected = agencies.flatMap((a) => years.map((y) => `${a.id} ${y}`));
    assert.deepEqual([...cells.keys()].sort(), expected.sort(), root);
    for (const key of expected) {
      const [agency, year] = key.split(' ');
      const want = has.has(`${agency}/${year}`)
        ? [{ text: '已收录', href: `${base}agencies/${agency}/${year}/` }]
        : [{ text: '未收录' }];
      assert.deepEqual(cells.get(key), want, key);
    }
  }
});

test('every finding of findings.json is on one province page linked from 数据质量, once', async () => {
  for (const [root, base] of roots) {
    const reportsWithFindings = await assertFindingsOnProvincePages(root, base);
    assert.ok(reportsWithFindings > 0, 'the content has findings to look for');
  }
});

test('the main pages list no report: their rows are bounded by provinces and years, not reports', async () => {
  const provinces = new Set(agencies.map((a) => a.data.region.province)).size;
  const years = new Set(reports.map((r) => r.data.year)).size;
  const bodyRows = (page: Awaited<ReturnType<typeof loadPage>>, caption: string) => {
    const table = byTag(page, 'table').find((t) =>
      text(byTag(t, 'caption')[0] as Element).startsWith(caption),
    );
    assert.ok(table, caption);
    return byTag(byTag(table, 'tbody')[0] as Element, 'tr').length;
  };
  const reportLinks = (page: Awaited<ReturnType<typeof loadPage>>) =>
    byTag(byTag(page, 'main')[0] as Element, 'a')
      .map((a) => attr(a, 'href') ?? '')
      .filter((h) => /\/agencies\/[^/]+\/\d{4}\/|\/data\/reports\//.test(h));

  const quality = await loadPage('quality/');
  assert.equal(bodyRows(quality, '各省级地区的核验发现'), provinces);
  assert.equal(bodyRows(quality, '各年度报告的核验发现'), years);
  assert.equal(byTag(quality, 'li').filter((li) => attr(li, 'data-rule')).length, 0, 'no finding listed');
  assert.deepEqual(reportLinks(quality), []);

  const stats = await loadPage('stats/');
  assert.equal(bodyRows(stats, '各省级地区各年度报告的收录情况'), provinces);
  assert.ok(bodyRows(stats, '各省级地区2024年概况') <= provinces);
  assert.deepEqual(reportLinks(stats), []);

  // One example of the per-report files, not a list of them.
  assert.ok(reportLinks(await loadPage('data/')).length <= 1);
});

test('every report page links its own JSON file, which exists', async () => {
  for (const r of reports) {
    const links = byTag(await loadPage(`agencies/${r.id}/`), 'a').map((a) => attr(a, 'href') ?? '');
    assert.ok(links.includes(`/data/reports/${r.id}.json`), r.id);
    await access(join(distDir, `data/reports/${r.id}.json`));
  }
});
