import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSeed, repoAgencies } from '../testkit/import.ts';
import { importReport } from './importReport.ts';
import { isoDate, labelledDate, plausiblePublished } from './published.ts';

test('a printed date is read as a calendar day in any of the ways pages print it', () => {
  assert.equal(isoDate('2024-01-19 10:42:00'), '2024-01-19');
  assert.equal(isoDate('2024/1/9'), '2024-01-09');
  assert.equal(isoDate('2024.01.19'), '2024-01-19');
  assert.equal(isoDate('2024年1月19日'), '2024-01-19');
  assert.equal(isoDate('2024 年 1 月 19 日'), '2024-01-19');
  assert.equal(isoDate('2023-02-30'), undefined, 'no 30 February');
  assert.equal(isoDate('2024-13-01'), undefined);
  assert.equal(isoDate('第2024号'), undefined);
});

test('only a labelled line gives a publication date: a date in a sentence or a signing date does not', () => {
  assert.equal(labelledDate('发布时间：2024-01-19 10:20 来源：区司法局 浏览次数：12'), '2024-01-19');
  assert.equal(labelledDate('发布日期: 2021年3月30日'), '2021-03-30');
  assert.equal(labelledDate('公开日期：2024/01/19'), '2024-01-19');
  assert.equal(labelledDate('2024年1月19日'), undefined, 'a signature date is not a publication');
  assert.equal(labelledDate('成文日期：2024-01-10'), undefined, 'written is not published');
  assert.equal(labelledDate('本机关于2024年1月19日发布了年度报告。'), undefined);
  assert.equal(labelledDate(`${'很长的一段正文'.repeat(30)}发布时间：2024-01-19`), undefined);
});

test('a publication date before the year ended or after the import is not kept, with a warning', () => {
  const from = 'line 2';
  assert.deepEqual(plausiblePublished({ date: '2024-01-19', from }, 2023, '2026-12-04'), {
    date: '2024-01-19',
    problems: [],
  });
  const early = plausiblePublished({ date: '2023-06-01', from }, 2023, '2026-12-04');
  assert.equal(early.date, undefined);
  assert.match(early.problems[0]?.message ?? '', /line 2 gives 2023-06-01 .*not kept/);
  const future = plausiblePublished({ date: '2027-01-01', from }, 2023, '2026-12-04');
  assert.equal(future.date, undefined);
});

const agencies = await repoAgencies();
const importText = (text: string) =>
  importReport({
    bytes: new TextEncoder().encode(text),
    ext: '.txt',
    options: { importedOn: '2026-12-04' },
    agencies,
  });

test('the importer keeps a date labelled before the first part, and the day of the import', async () => {
  const seed = await readSeed('002');
  const [title, ...rest] = seed.split('\n');
  const r = importText([title, '发布时间：2024-01-22 09:30　来源：本机关', ...rest].join('\n'));
  assert.deepEqual(r.errors, []);
  assert.equal(r.report?.source.published, '2024-01-22');
  assert.equal(r.report?.source.imported, '2026-12-04');
  assert.match(r.text ?? '', /^ {2}published: "2024-01-22"\n {2}imported: "2026-12-04"$/m);
});

test('a labelled date inside the report’s parts is not its publication', async () => {
  const seed = await readSeed('002');
  const at = seed.indexOf('二、');
  const r = importText(`${seed.slice(0, at)}\n${seed.slice(at).replace('\n', '\n发布日期：2024-01-22\n')}`);
  assert.equal(r.report?.source.published, undefined);
  assert.equal(r.report?.source.imported, '2026-12-04');
});

test('a web page’s publication meta tag gives the date; a page-generation time does not', () => {
  const page = (head: string) =>
    importReport({
      bytes: new TextEncoder().encode(
        `<!doctype html><html><head>${head}<title>利通区司法局2023年政府信息公开工作年度报告</title></head><body><h1>利通区司法局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度工作平稳。</p></body></html>`,
      ),
      ext: '.html',
      options: { importedOn: '2026-12-04', allowPartial: true },
      agencies,
    });
  assert.equal(
    page('<meta name="PubDate" content="2024-01-19 10:42">').report?.source.published,
    '2024-01-19',
  );
  assert.equal(
    page('<meta property="article:published_time" content="2024-01-20T08:00:00+08:00">').report?.source
      .published,
    '2024-01-20',
  );
  assert.equal(
    page('<meta name="others" content="页面生成时间 2024-05-28 15:46:43">').report?.source.published,
    undefined,
  );
});
