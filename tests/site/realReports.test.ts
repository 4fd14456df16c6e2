/**
 * The real reports bundled as imported (issue #13), on the built site: 洪泽区 2023 → 2024 checked
 * across years on their own numbers, 洪泽区 2023's own inconsistency shown as a finding, and every
 * original published byte for byte, a web page (上海市 2020, a kiosk script holding the report's HTML)
 * only as text that no browser runs.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { contentDir, loadContent, type ReportEntry } from '../../scripts/lib/content.ts';
import { table3Columns } from '../../src/catalogue/index.ts';
import { carryOverMatchesLastYear } from '../../src/checks/rules/carryOverMatchesLastYear.ts';
import { documentsInForceFollowLastYear } from '../../src/checks/rules/documentsInForceFollowLastYear.ts';
import type { Finding } from '../../src/checks/types.ts';
import { type ReportData, reportSchema } from '../../src/schemas/report.ts';
import { publishedSource } from '../../src/utils/sources.ts';
import { attr, byTag, distDir, type Element, loadPage, subpathDistDir, text } from '../lib/html.ts';

const clean = (s: string) => s.replace(/\s+/g, '');
const hongze = '320813-renminzhengfu';
const shanghai = '310000-renminzhengfu/2020';

let reports: ReportEntry[];
before(async () => {
  const content = await loadContent();
  assert.deepEqual(content.errors, []);
  reports = content.reports;
});

/** A report as the site publishes it (data/reports/<id>.json), through the schema. */
async function published(id: string): Promise<ReportData> {
  const json = JSON.parse(await readFile(join(distDir, `data/reports/${id}.json`), 'utf8'));
  return reportSchema.parse(json.report);
}

/** Each table cell of a built report page by its key: its text (without the 未通过核验 mark), flagged or not. */
async function cells(id: string): Promise<Map<string, { text: string; flagged: boolean }>> {
  const page = await loadPage(`agencies/${id}/`);
  return new Map(
    byTag(page, 'td')
      .filter((td) => attr(td, 'data-cell'))
      .map((td) => [
        attr(td, 'data-cell') as string,
        {
          text: clean(text(td)).replace('（未通过核验）', ''),
          flagged: /\bflagged\b/.test(attr(td, 'class') ?? ''),
        },
      ]),
  );
}

const panel = async (id: string) =>
  clean(
    text(
      byTag(await loadPage(`agencies/${id}/`), 'section').find((s) => attr(s, 'id') === 'checks') as Element,
    ),
  );

const findingsOf = async (id: string): Promise<Finding[]> =>
  JSON.parse(await readFile(join(distDir, 'data/findings.json'), 'utf8')).findings[id] ?? [];

describe('洪泽区 2023 → 2024, checked across years on the real numbers', () => {
  test('2024’s 上年结转 is 2023’s 结转下年度, column by column, as both pages print them', async () => {
    const [mine, theirs] = [await cells(`${hongze}/2024`), await cells(`${hongze}/2023`)];
    for (const c of table3Columns) {
      const carried = mine.get(`table3.carriedOver.${c.key}`)?.text;
      assert.match(carried ?? '', /^\d+$/, `2024 上年结转 ${c.label} is a number`);
      assert.equal(carried, theirs.get(`table3.carriedForward.${c.key}`)?.text, c.label);
    }
  });

  test('the cross-year rules run on the published reports and pass; they would catch a difference', async () => {
    const [report, previous] = [
      { id: `${hongze}/2024`, data: await published(`${hongze}/2024`), body: '' },
      { id: `${hongze}/2023`, data: await published(`${hongze}/2023`), body: '' },
    ];
    assert.deepEqual(carryOverMatchesLastYear.check(report, { previous }), []);
    // 现行有效 8 = 2023’s 5 + 制发 3 − 废止 0 (行政规范性文件); 规章 0 throughout.
    assert.deepEqual(documentsInForceFollowLastYear.check(report, { previous }), []);
    const changed = structuredClone(previous);
    changed.data.table3.carriedForward.natural = { value: 1 };
    assert.deepEqual(
      carryOverMatchesLastYear.check(report, { previous: changed }).map((f) => [f.status, f.message]),
      [
        [
          'failed',
          '表三「自然人」列：本年报告的上年结转为 0，但 2023 年报告的结转下年度继续办理为 1，相差 1。',
        ],
      ],
    );
  });

  test('the build found nothing across the years, and the 2024 page says the check was made', async () => {
    const rules = new Set([carryOverMatchesLastYear.id, documentsInForceFollowLastYear.id]);
    assert.deepEqual(
      (await findingsOf(`${hongze}/2024`)).filter((f) => rules.has(f.rule)),
      [],
    );
    assert.match(await panel(`${hongze}/2024`), /与上一年度报告的衔接已核对，未发现问题/);
    // 2023 has no 2022 report here to check against.
    assert.match(await panel(`${hongze}/2023`), /本站未收录该机关上一年度的报告，跨年度衔接暂无法核对/);
  });
});

describe('洪泽区 2023, the source’s own inconsistency', () => {
  test('表四 行政复议 总计 is shown as printed, 0, beside 维持 10 and 纠正 1, and flagged', async () => {
    const shown = await cells(`${hongze}/2023`);
    const cell = (column: string) => shown.get(`table4.reconsideration.${column}`);
    assert.equal(cell('upheld')?.text, '10');
    assert.equal(cell('corrected')?.text, '1');
    assert.equal(cell('total')?.text, '0');
    assert.equal(cell('total')?.flagged, true);
    // The 2024 report’s tables add up: only 新收 总计 is flagged there, against its prose (17 件).
    const flagged2024 = [...(await cells(`${hongze}/2024`))].filter(([, c]) => c.flagged).map(([k]) => k);
    assert.deepEqual(flagged2024, ['table3.newReceived.total']);
  });

  test('the 数据核验 panel and findings.json state it with both sides', async () => {
    assert.match(
      await panel(`${hongze}/2023`),
      /表四「行政复议」：总计为0，但结果维持、结果纠正、其他结果、尚未审结相加为11，相差11。/,
    );
    const finding = (await findingsOf(`${hongze}/2023`)).find(
      (f) => f.rule === 'table4-group-total' && f.cells[0]?.row === 'reconsideration',
    );
    assert.deepEqual(
      [finding?.status, finding?.severity, finding?.left.value, finding?.right.value],
      ['failed', 'error', 0, 11],
    );
    const jiangsu = await readFile(join(distDir, 'quality/320000/index.html'), 'utf8');
    assert.match(jiangsu, new RegExp(`data-agency="${hongze}" data-year="2023"`));
  });
});

describe('every original is published byte for byte, a web page only as text', () => {
  test('sources/ holds exactly each report’s original under its published name, and no page or script', async () => {
    for (const root of [distDir, subpathDistDir]) {
      const files = (await readdir(join(root, 'sources'), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(root.length));
      assert.deepEqual(files.sort(), reports.map((r) => publishedSource(r.data.source.file)).sort(), root);
      for (const f of files) assert.doesNotMatch(f, /\.(x?html?|shtml|m?js)$/i, `${root}${f}`);
    }
    for (const r of reports) {
      const original = await readFile(join(contentDir, r.data.source.file));
      assert.equal(createHash('sha256').update(original).digest('hex'), r.data.source.sha256, r.id);
      const copy = await readFile(join(distDir, publishedSource(r.data.source.file)));
      assert.ok(copy.equals(original), `${r.id}: the published copy is the original`);
    }
  });

  test('上海市 2020: the saved kiosk script is kept as the page it holds and published as .html.txt', async () => {
    const report = reports.find((r) => r.id === shanghai);
    assert.equal(report?.data.source.file, 'sources/310000-renminzhengfu/2020.html');
    assert.equal(report?.data.source.kind, 'html');
    const files = await readdir(join(distDir, 'sources/310000-renminzhengfu'));
    assert.deepEqual(files, ['2020.html.txt']);
    const page = await loadPage(`agencies/${shanghai}/`);
    const links = byTag(page, 'a').map((a) => attr(a, 'href'));
    assert.ok(links.includes('/sources/310000-renminzhengfu/2020.html.txt'));
    assert.ok(!links.some((h) => /\/sources\/.*\.(html|js)$/.test(h ?? '')));
  });
});
