import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml, plainExcerpt } from './markdown.ts';

test('renders paragraphs and sub-headings', () => {
  assert.equal(
    markdownToHtml('第一段。\n\n### （二）依申请公开'),
    '<p>第一段。</p>\n<h3>（二）依申请公开</h3>',
  );
});

test('never passes markup from a report through: raw HTML is dropped, text is escaped', () => {
  const html = markdownToHtml('<script>alert(1)</script>\n\n甲<img src=x onerror=alert(1)>乙 \\<b\\>');
  assert.doesNotMatch(html, /<script|<img|onerror=/);
  assert.match(html, /&#x3C;b>/);
});

test('an excerpt is the first paragraph, shortened', () => {
  assert.equal(
    plainExcerpt('## 一、总体情况\n\n根据条例，现发布本报告。\n\n第二段'),
    '根据条例，现发布本报告。',
  );
  assert.equal(plainExcerpt('甲'.repeat(200), 10), `${'甲'.repeat(9)}…`);
});
