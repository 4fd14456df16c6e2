/**
 * 排名 as built, against numbers worked out by hand from the bundled reports (content/reports/), table
 * 三's 总计 column and table 四:
 *
 * 2024: 淮安市人民政府 (320800), 洪泽区人民政府 (320813), 红寺堡区司法局 (640303).
 *   本年新收: 淮安 3119, 洪泽 95, 红寺堡 0.
 *   公开率: 淮安 (1362 + 454) / 3050 = 1816/3050 = 59.54% → 59.5%; 洪泽 (50 + 9) / 95 = 59/95 = 62.1%;
 *     红寺堡 0/0 (under 10: listed apart). So 洪泽 first, 淮安 second.
 *   不予公开率: 淮安 2+31+5+6+8+12+9+105 = 178/3050 = 5.8%; 洪泽 1+1+1 = 3/95 = 3.2%.
 *   无法提供率: 淮安 769+11+1 = 781/3050 = 25.6%; 洪泽 31+1+0 = 32/95 = 33.7%: 洪泽 first.
 *   行政复议 (总计; every group adds up): 淮安 72+64+178+37 = 351, 红寺堡 1+1+1+1 = 4, 洪泽 1+1 = 2.
 *   行政诉讼: 淮安 26 + 20 = 46, 洪泽 1 + 3 = 4, 红寺堡 0.
 *   行政复议纠错率: 淮安 64 / (351 − 37) = 64/314 = 20.4% (ranked); 红寺堡 1 / (4 − 1) = 1/3 and
 *     洪泽 1 / (2 − 0) = 1/2 are under 10 finished cases: listed apart, larger denominator first.
 *   行政诉讼纠错率: 淮安 (4 + 1) / ((26 − 1) + (20 − 6)) = 5/39 = 12.8%; 洪泽 0/4 and 红寺堡 0/0 apart.
 * 2023: 沭阳县发展和改革局 (321322), 洪泽区人民政府, 偃师区司法局, 利通区司法局, 中卫市司法局.
 *   本年新收: 沭阳 26, 洪泽 21, 中卫 1, then 利通 0 and 偃师 0 tied at 4th (names in pinyin order: li < yan).
 *   公开率: 沭阳 26/26 = 100.0%, 洪泽 (0 + 4)/21 = 19.0%; 中卫 1/1, 偃师 0/0, 利通 0/0 under 10.
 *   洪泽 printed 行政复议 总计 0 though 维持 10 + 纠正 1 = 11: 行政复议 and its 纠错率 cannot be computed.
 * 2020: 上海市人民政府, a 2019-form report: 新收 29130; 公开率 (11220 + 576)/28406 = 41.5%; 行政复议纠错率
 *   42 / (813 − 68) = 42/745 = 5.6%; 行政诉讼纠错率 (21 + 2) / ((442 − 25) + (289 − 19)) = 23/687 = 3.3%.
 */
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { attr, byTag, distDir, type Element, elements, loadPage, text } from '../lib/html.ts';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
type Page = Awaited<ReturnType<typeof loadPage>>;
const section = (page: Page, key: string) =>
  byTag(page, 'section').find((s) => attr(s, 'id') === `m-${key}`) as Element;
const tableByCaption = (root: Element | Page, caption: RegExp) =>
  byTag(root, 'table').find((t) => caption.test(clean(text(byTag(t, 'caption')[0] as Element))));
/** A table's body rows as cell texts, the agency name without the place printed under it. */
const rows = (table: Element | undefined) => {
  assert.ok(table, 'table found');
  return byTag(byTag(table, 'tbody')[0] as Element, 'tr').map((tr) =>
    elements(tr)
      .filter((e) => e.tagName === 'th' || e.tagName === 'td')
      .map((c) => clean(text(byTag(c, 'a')[0] ?? c))),
  );
};
const ranked = (page: Page, key: string) => rows(tableByCaption(section(page, key), /排名/));

test('2024, site-wide: each measure ranked as worked out by hand, rates with their numerator/denominator', async () => {
  const page = await loadPage('rankings/2024/');
  assert.deepEqual(ranked(page, 'new-received'), [
    ['1', '淮安市人民政府', '3,119'],
    ['2', '洪泽区人民政府', '95'],
    ['3', '红寺堡区司法局', '0'],
  ]);
  assert.deepEqual(ranked(page, 'disclosure-rate'), [
    ['1', '洪泽区人民政府', '62.1%', '59/95'],
    ['2', '淮安市人民政府', '59.5%', '1,816/3,050'],
  ]);
  assert.deepEqual(ranked(page, 'denial-rate'), [
    ['1', '淮安市人民政府', '5.8%', '178/3,050'],
    ['2', '洪泽区人民政府', '3.2%', '3/95'],
  ]);
  assert.deepEqual(ranked(page, 'unavailable-rate'), [
    ['1', '洪泽区人民政府', '33.7%', '32/95'],
    ['2', '淮安市人民政府', '25.6%', '781/3,050'],
  ]);
  assert.deepEqual(ranked(page, 'reconsideration'), [
    ['1', '淮安市人民政府', '351'],
    ['2', '红寺堡区司法局', '4'],
    ['3', '洪泽区人民政府', '2'],
  ]);
  assert.deepEqual(ranked(page, 'litigation'), [
    ['1', '淮安市人民政府', '46'],
    ['2', '洪泽区人民政府', '4'],
    ['3', '红寺堡区司法局', '0'],
  ]);
  assert.deepEqual(ranked(page, 'reconsideration-correction'), [['1', '淮安市人民政府', '20.4%', '64/314']]);
  assert.deepEqual(ranked(page, 'litigation-correction'), [['1', '淮安市人民政府', '12.8%', '5/39']]);
  // Site-wide, those listed apart are counted and pointed to, not listed.
  assert.match(clean(text(section(page, 'disclosure-rate'))), /1 个机关分母不足 10 件，不参加排名。/);
  assert.match(clean(text(section(page, 'reconsideration-correction'))), /2 个机关分母不足 10 件/);
});

test('the minimum sample: rates under 10 cases are listed apart below the ranking, larger denominator first', async () => {
  const page = await loadPage('rankings/640000/2024/');
  assert.match(clean(text(page)), /分母不足 10 件/);
  const huaian = await loadPage('rankings/320800/2024/');
  const small = (key: string) => rows(tableByCaption(section(huaian, key), /分母不足 10 件、不参加排名/));
  assert.deepEqual(small('reconsideration-correction'), [['洪泽区人民政府', '50.0%', '1/2']]);
  assert.deepEqual(small('litigation-correction'), [['洪泽区人民政府', '0.0%', '0/4']]);
  const site = await loadPage('rankings/2024/');
  assert.ok(!tableByCaption(site, /分母不足 10 件、不参加排名/), 'site-wide: counted, not listed');
  const ningxia = await loadPage('rankings/640300/2024/');
  assert.deepEqual(rows(tableByCaption(section(ningxia, 'reconsideration-correction'), /分母不足/)), [
    ['红寺堡区司法局', '33.3%', '1/3'],
  ]);
  assert.deepEqual(rows(tableByCaption(section(ningxia, 'disclosure-rate'), /分母不足/)), [
    ['红寺堡区司法局', '—', '0/0'],
  ]);
  // The section says the rule, and where the 口径 is.
  assert.match(clean(text(section(huaian, 'disclosure-rate'))), /分母不足 10 件的机关不参加排名/);
});

test('2023: ties share a rank; a table 四 group that does not add up is 无法计算 with the reason, never 0', async () => {
  const page = await loadPage('rankings/2023/');
  assert.deepEqual(ranked(page, 'new-received'), [
    ['1', '沭阳县发展和改革局', '26'],
    ['2', '洪泽区人民政府', '21'],
    ['3', '中卫市司法局', '1'],
    ['4', '利通区司法局', '0'],
    ['4', '偃师区司法局', '0'],
  ]);
  assert.deepEqual(ranked(page, 'disclosure-rate'), [
    ['1', '沭阳县发展和改革局', '100.0%', '26/26'],
    ['2', '洪泽区人民政府', '19.0%', '4/21'],
  ]);
  assert.match(clean(text(section(page, 'disclosure-rate'))), /3 个机关分母不足 10 件/);
  const jiangsu = await loadPage('rankings/320000/2023/');
  const none = rows(tableByCaption(section(jiangsu, 'reconsideration'), /无法计算/));
  assert.deepEqual(none, [
    ['洪泽区人民政府', '表四“行政复议”不平衡：总计 0，而结果维持、结果纠正、其他结果、尚未审结之和为 11'],
  ]);
  assert.ok(!ranked(jiangsu, 'reconsideration').some((r) => r[1] === '洪泽区人民政府'));
});

test('2020: a 2019-form report is ranked by the same catalogue rows', async () => {
  const page = await loadPage('rankings/2020/');
  assert.deepEqual(ranked(page, 'new-received'), [['1', '上海市人民政府', '29,130']]);
  assert.deepEqual(ranked(page, 'disclosure-rate'), [['1', '上海市人民政府', '41.5%', '11,796/28,406']]);
  assert.deepEqual(ranked(page, 'reconsideration-correction'), [['1', '上海市人民政府', '5.6%', '42/745']]);
  assert.deepEqual(ranked(page, 'litigation-correction'), [['1', '上海市人民政府', '3.3%', '23/687']]);
});

test('every province, city and county with agencies has rankings/<code>/, and each of its years a page', async () => {
  // From content/agencies: 上海市; 江苏省, 淮安市, 洪泽区, 宿迁市, 沭阳县; 河南省, 洛阳市, 偃师区; 宁夏, 吴忠市,
  // 利通区, 红寺堡区, 中卫市.
  const codes = [
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
  ];
  for (const code of codes) await access(join(distDir, 'rankings', code, 'index.html'));
  const wuzhong = await loadPage('rankings/640300/');
  const years = byTag(tableByCaption(wuzhong, /各年度排名/) as Element, 'a').map((a) => attr(a, 'href'));
  assert.deepEqual(years, ['/rankings/640300/2024/', '/rankings/640300/2023/', '/rankings/640300/2022/']);
  for (const y of years) await access(join(distDir, y ?? '', 'index.html'));
});

test('the 口径 are on one page, and every ranking section links to its measure there', async () => {
  const measures = await loadPage('rankings/measures/');
  const ids = new Set(elements(measures).map((e) => attr(e, 'id')));
  for (const path of ['rankings/', 'rankings/2024/', 'rankings/320800/', 'rankings/320800/2024/']) {
    const page = await loadPage(path);
    const links = byTag(page, 'a')
      .map((a) => attr(a, 'href') ?? '')
      .filter((h) => h.startsWith('/rankings/measures/'));
    assert.ok(links.length > 0, `${path} links to the 口径`);
    for (const l of links) {
      const anchor = l.split('#')[1];
      if (anchor) assert.ok(ids.has(anchor), `${path}: ${l}`);
    }
  }
  assert.match(clean(text(measures)), /最小样本：10 件/);
});

test('sortable without JavaScript: the page links a view sorted by each measure; tables are real tables', async () => {
  const page = await loadPage('rankings/320800/2024/');
  const nav = byTag(page, 'nav').find((n) => attr(n, 'aria-label') === '排序依据') as Element;
  const targets = byTag(nav, 'a').map((a) => attr(a, 'href'));
  assert.equal(targets.length, 8);
  for (const t of targets) assert.ok(section(page, (t ?? '').replace('#m-', '')), `${t} is a section`);
  for (const table of byTag(page, 'table')) {
    assert.equal(byTag(table, 'caption').length, 1);
    for (const th of byTag(table, 'th')) assert.ok(['col', 'row'].includes(attr(th, 'scope') ?? ''));
  }
  assert.equal(attr(byTag(page, 'html')[0] as Element, 'lang'), 'zh-CN');
});

test('the CSV of a year has every agency with its numbers, blank where it cannot be computed', async () => {
  const csv = await readFile(join(distDir, 'rankings/2023.csv'), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.equal(lines.length, 1 + 5);
  const hongze = lines.find((l) => l.startsWith('320813-renminzhengfu')) ?? '';
  assert.match(hongze, /无法计算：表四“行政复议”不平衡/);
});

test('no ranking page is over 200 KB compressed', async () => {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(join(distDir, 'rankings'), { recursive: true })).filter((f) =>
    f.endsWith('.html'),
  );
  assert.ok(files.length > 10);
  for (const f of files) {
    const size = gzipSync(await readFile(join(distDir, 'rankings', f))).length;
    assert.ok(size < 200 * 1024, `${f}: ${size} B`);
  }
});

test('统计: the year-over-year sentence compares only the agencies with a report in both years, with the coverage', async () => {
  // 2023: 洪泽, 沭阳, 偃师, 利通, 中卫 (5); 2024: 淮安, 洪泽, 红寺堡 (3); both: 洪泽 alone, 新收 21 → 95.
  // The naive sums (48 → 3,214, “多3,166件”) would compare different agencies.
  const page = await loadPage('stats/');
  const takeaway = byTag(page, 'p').find(
    (p) => attr(p, 'class') === 'takeaway' && /新收/.test(text(p)),
  ) as Element;
  assert.equal(
    clean(text(takeaway)),
    '2024年3份报告合计新收政府信息公开申请3,214件。在2023年和2024年都有报告的1个机关中，本年新收比2023年多74件（21件→95件）；2023年有报告的机关5个，2024年3个，两年都有的1个。',
  );
  const table = tableByCaption(page, /2023年与2024年对比：两年都有报告的1个机关/);
  assert.deepEqual(rows(table).slice(0, 2), [
    ['本年新收（件）', '21', '95', '多74件', '1 / 1'],
    ['公开率', '19.0%4/21', '62.1%59/95', '上升43.1个百分点', '1 / 1'],
  ]);
  // 洪泽's 2023 行政复议 does not add up: not compared.
  assert.deepEqual(rows(table)[4], ['行政复议（件）', '—', '—', '无法比较', '0 / 1']);
});

test('统计: beside each chart, the agency with the largest figure each year and its share, linked to the year’s rankings', async () => {
  const page = await loadPage('stats/');
  // 2024 applications (新收 + 上年结转): 淮安 3119 + 34 = 3153 of 3214 + 34 = 3248: 97.1%.
  const table = tableByCaption(page, /政府信息公开申请数量：各年度数字最大的机关/);
  assert.deepEqual(rows(table).at(-1), [
    '2024',
    '3,248',
    '2',
    '淮安市人民政府',
    '3,153（97.1%）',
    '2024年排名',
  ]);
  assert.match(clean(text(page)), /2024年的合计中，淮安市人民政府一个机关占97\.1%/);
});
