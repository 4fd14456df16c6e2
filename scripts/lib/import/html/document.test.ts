import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  form2019Fixture,
  importText,
  replaceOnce,
  repoAgencies,
  repoContent,
  values,
} from '../../testkit/import.ts';
import { importReport } from '../importReport.ts';
import { htmlDocument } from './document.ts';
import { flattenHtml } from './dom.ts';

const samplePath = join(repoContent, 'sources/321322-fazhanhegaigeju/2023.html');
const sample = () => readFile(samplePath, 'utf8');

async function importHtml(html: string, options = {}) {
  return importReport({
    bytes: Buffer.from(html, 'utf8'),
    ext: '.html',
    options,
    agencies: await repoAgencies(),
  });
}

test('page chrome, scripts, styles and hidden elements are not text; <br> and block elements end lines', () => {
  const { blocks, title } = flattenHtml(`<!doctype html><html><head><title>某局2023年年度报告-网站</title>
    <style>p{}</style></head><body><nav>首页 政务公开</nav><header>头部</header>
    <div>第一行<br>第&nbsp;&nbsp;二&#12288;行<span style="display: none">隐藏</span><script>var x = '脚本';</script></div>
    <p hidden>也隐藏</p><footer>版权所有</footer><p>2023 年</p></body></html>`);
  assert.equal(title, '某局2023年年度报告-网站');
  assert.deepEqual(
    blocks.map((b) => (b.kind === 'text' ? b.text : 'table')),
    ['第一行', '第二行', '2023年'],
  );
});

test('the report is found inside the page shell: title before it, footers and related links after it left out', async () => {
  const page = (await sample())
    .replace('<ucapcontent>', '<ucapcontent><p>发布时间：2024-01-17</p>')
    .replace(
      '</ucapcontent>',
      '</ucapcontent><div class="xggj"><p>相关链接：沭阳县发展和改革局2022年政府信息公开年度报告</p></div>',
    );
  const doc = htmlDocument(page);
  assert.equal(doc.lines[0], '沭阳县发展和改革局2023年政府信息公开年度报告');
  assert.ok(!doc.lines.some((l) => l.includes('相关链接')));
  assert.equal(doc.url, 'http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml');
  assert.equal(doc.locate?.(1).line, 227, 'the title’s line in the page source');
});

test('only the <title> naming the report: taken up to 报告, with a warning', async () => {
  const page = replaceOnce(await sample(), /<h1 class="article-title"[^>]*>.*?<\/h1>/, '<h1>信息公开</h1>');
  const doc = htmlDocument(page);
  assert.equal(doc.lines[0], '沭阳县发展和改革局2023年政府信息公开年度报告');
  assert.deepEqual(
    doc.problems.map((p) => p.code),
    ['title-from-head'],
  );
});

test('a <title> with the site’s name or section around the report’s title gives the report’s title', async () => {
  const cases = [
    [
      '宿迁市沭阳县人民政府门户网站_沭阳县发展和改革局2023年政府信息公开年度报告',
      '沭阳县发展和改革局2023年政府信息公开年度报告',
    ],
    [
      '沭阳县人民政府 - 沭阳县发展和改革局2023年政府信息公开年度报告',
      '沭阳县发展和改革局2023年政府信息公开年度报告',
    ],
    [
      '【信息公开年报】沭阳县发展和改革局2023年政府信息公开年度报告',
      '沭阳县发展和改革局2023年政府信息公开年度报告',
    ],
    [
      '沭阳县发展和改革局2023年政府信息公开年度报告 | 沭阳县人民政府',
      '沭阳县发展和改革局2023年政府信息公开年度报告',
    ],
    // A dash between the agency and the year is no separator of the site's.
    ['沭阳县发展和改革局 - 2023年政府信息公开年度报告', '沭阳县发展和改革局2023年政府信息公开年度报告'],
    ['沭阳县发展和改革局—2023年政府信息公开年度报告', '沭阳县发展和改革局2023年政府信息公开年度报告'],
  ] as const;
  for (const [title, expected] of cases) {
    const page = replaceOnce(
      replaceOnce(await sample(), /<h1 class="article-title"[^>]*>.*?<\/h1>/, '<h1>信息公开</h1>'),
      /<title>[^<]*报告[^<]*<\/title>/,
      `<title>${title}</title>`,
    );
    assert.equal(htmlDocument(page).lines[0], expected, title);
  }
});

test('a row with a cell written twice (26 26, blanks, 26) is refused, naming the row: which cell is extra cannot be told', async () => {
  const page = await sample();
  // The first number cell of 一、本年新收…: written twice, the row has eight cells for the form's seven.
  const row = /<tr>(?:(?!<tr>)[\s\S])*?本年新收[\s\S]*?<\/tr>/.exec(page)?.[0] ?? '';
  const first = /<td\b[^>]*>(?:(?!<\/td>)[\s\S])*?>26<(?:(?!<\/td>)[\s\S])*<\/td>/.exec(row)?.[0] ?? '';
  assert.ok(first, 'the row’s 26');
  const r = await importHtml(replaceOnce(page, row, row.replace(first, first + first)));
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.table, e.row]),
    [['unread', '表三', '一、本年新收政府信息公开申请数量']],
  );
  assert.match(r.errors[0]?.message ?? '', /1 cell more than the rows around it/);
  // Read by dropping a blank, 26 went to 商业企业: no number of the row is taken.
  const cells = Object.values(r.tables?.table3.newReceived ?? {});
  assert.equal(cells.length, 7);
  for (const c of cells) assert.deepEqual([c.value, /cell more/.test(c.unread ?? '')], [null, true]);
});

test('a missing table row is refused by its label, naming the row, with nothing shifted', async () => {
  const page = replaceOnce(await sample(), /<tr>(?:(?!<tr>)[\s\S])*?重复申请[\s\S]*?<\/tr>/, '');
  const r = await importHtml(page);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.table, e.row]),
    [['missing-row', '表三', '2.重复申请']],
  );
});

test('a row-group heading printed as its own row, instead of a cell spanning rows, reads the same', async () => {
  const original = await sample();
  const page = replaceOnce(
    replaceOnce(original, /<td rowspan="22"[^>]*>[\s\S]*?<\/td>/, ''),
    /<tr>(\s*<td colspan="2"[^>]*>\s*<p[^>]*><span[^>]*>（<\/span><span[^>]*>一<\/span>)/,
    '<tr><td colspan="10">三、本年度办理结果</td></tr><tr>$1',
  );
  const [a, b] = await Promise.all([importHtml(original), importHtml(page)]);
  assert.deepEqual(b.errors, []);
  assert.deepEqual(values(b.report?.table3), values(a.report?.table3));
});

test('a "/" cell is not reported and keeps its mark; a number in a cell spanning columns is one cell', async () => {
  const page = replaceOnce(
    await sample(),
    /(没有现成信息需要另行制作<\/font>[\s\S]*?<td[^>]*>\s*<p[^>]*><span[^>]*>)0/,
    '$1/',
  );
  const r = await importHtml(page);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.report?.table3.unavailableNeedsCreation?.natural, { value: null, raw: '/' });
  assert.deepEqual(r.report?.table2.licensing, { decisions: { value: 0 } });
});

test('&nbsp; runs inside a label do not make it a loose match', async () => {
  const page = replaceOnce(await sample(), '>行政许可<', '>行政&nbsp;&nbsp;许&nbsp;可<');
  const r = await importHtml(page);
  assert.deepEqual(r.errors, []);
  assert.ok(!r.warnings.some((w) => w.code === 'loose-label'));
});

test('a page that is not a report says so', async () => {
  const r = await importHtml('<!doctype html><html><body><p>首页</p><p>政务公开</p></body></html>');
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['no-report'],
  );
});

test('a 2019-form report as a web page: its own tables, an empty cell beside a label not taken for a number', async () => {
  // The fixture's tab-separated rows as table rows, its other lines as paragraphs, inside a page shell.
  const text = await readFile(form2019Fixture, 'utf8');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const blocks: string[] = [];
  let rows: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('\t') || line.startsWith('第二十条')) {
      rows.push(
        `<tr>${line
          .split('\t')
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
      );
      continue;
    }
    if (rows.length) blocks.push(`<table border="1">${rows.join('')}</table>`);
    rows = [];
    if (line.trim()) blocks.push(`<p>${esc(line)}</p>`);
  }
  const page = `<!doctype html><html><body><nav><p>首页</p></nav><div id="zoom">${blocks.join('\n')}</div><footer>版权所有</footer></body></html>`;
  const [fromHtml, fromText] = [await importHtml(page), await importText(text)];
  assert.deepEqual(fromHtml.errors, []);
  assert.equal(fromHtml.report?.format, '2019');
  for (const table of ['table2', 'table3', 'table4'] as const)
    assert.deepEqual(fromHtml.report?.[table], fromText.report?.[table], table);
});
