import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelParts } from '../catalogue/termMatches.ts';
import { attribute, escapeHtml } from './html.ts';
import { cellTd, termLabel } from './tableCellHtml.ts';

const key = 'table3.newReceived.natural';
const link = new Map([[key, { href: '/agencies/x/2023/source/#L12', where: '第 12 行' }]]);

test('a number cell shows the number as published, linked to its line in the original', () => {
  assert.equal(
    cellTd({ cell: { value: 1234 }, cellKey: key, links: link }),
    '<td id="cell-table3-newReceived-natural" data-cell="table3.newReceived.natural"><a href="/agencies/x/2023/source/#L12" aria-label="1,234，原文第 12 行">1,234</a></td>',
  );
  assert.equal(
    cellTd({ cell: { value: 0 }, cellKey: key, colspan: 2 }),
    '<td id="cell-table3-newReceived-natural" data-cell="table3.newReceived.natural" colspan="2">0</td>',
  );
});

test('a blank cell reads 未填报 with the mark the report printed, an unread one 未读取 with why', () => {
  assert.equal(
    cellTd({ cell: { value: null, raw: '/' }, cellKey: key }),
    '<td id="cell-table3-newReceived-natural" data-cell="table3.newReceived.natural" class="not-reported" title="原文填写“/”，未填报数字">未填报</td>',
  );
  assert.equal(
    cellTd({ cell: { value: null, unread: '两种拆分都满足勾稽关系' }, cellKey: key }),
    '<td id="cell-table3-newReceived-natural" data-cell="table3.newReceived.natural" class="unread" title="导入时未能读取这个数字（两种拆分都满足勾稽关系），请对照原文">未读取</td>',
  );
});

test('a cell a check failed on is marked, for eyes and for screen readers', () => {
  assert.equal(
    cellTd({ cell: { value: 5 }, cellKey: key, flagged: new Set([key]) }),
    '<td id="cell-table3-newReceived-natural" data-cell="table3.newReceived.natural" class="flagged" title="此单元格未通过数据核验，见“数据核验”">5<span class="visually-hidden">（未通过核验）</span></td>',
  );
});

test("text from a report never becomes markup: a note, a blank's mark and a reason are escaped", () => {
  const hostile = '<img src=x onerror=alert(1)> & "引号" \'单\'';
  const html = cellTd({ cell: { value: 3, note: hostile }, cellKey: key });
  assert.doesNotMatch(html, /<img/);
  assert.match(
    html,
    /<span class="cell-note">（&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;引号&quot; &#39;单&#39;）<\/span>/,
  );
  const unread = cellTd({ cell: { value: null, unread: '"><script>alert(1)</script>' }, cellKey: key });
  // Inside a quoted attribute only a quote could end it: it is escaped, and the cell ends as it should.
  assert.match(
    unread,
    /^<td [^>]*title="导入时未能读取这个数字（&quot;><script>alert\(1\)<\/script>），请对照原文">未读取<\/td>$/,
  );
  assert.doesNotMatch(unread.replace(/"[^"]*"/g, '""'), /<script/);
  assert.equal(escapeHtml('a<b>&"\''), 'a&lt;b&gt;&amp;&quot;&#39;');
  assert.equal(attribute('title', 'a"b&c'), ' title="a&quot;b&amp;c"');
  assert.equal(attribute('title', ''), ' title');
  assert.equal(attribute('title', undefined), '');
});

test("a label's terms link to the glossary, its other words stay text", () => {
  const html = termLabel(labelParts('行政复议'), '/glossary/');
  assert.match(html, /^<a class="term-link" href="\/glossary\/#term-[\w-]+">行政复议<\/a>$/);
  assert.equal(termLabel([{ text: '信息<内容>' }], '/glossary/'), '信息&lt;内容&gt;');
});
