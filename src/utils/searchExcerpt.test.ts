import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, excerptPieces, markTerm } from './searchExcerpt.ts';

test('an excerpt splits into plain and highlighted pieces', () => {
  assert.deepEqual(excerptPieces('提供<mark>法律援助</mark> 12 件，<mark>法律</mark>咨询'), [
    { text: '提供', mark: false },
    { text: '法律援助', mark: true },
    { text: ' 12 件，', mark: false },
    { text: '法律', mark: true },
    { text: '咨询', mark: false },
  ]);
});

test('escaped markup in an excerpt stays text and other tags are dropped, so nothing becomes HTML', () => {
  assert.deepEqual(excerptPieces('&lt;script&gt;x&lt;/script&gt; <b>粗</b>&amp;<mark>a&quot;b</mark>'), [
    { text: '<script>x</script> 粗&', mark: false },
    { text: 'a"b', mark: true },
  ]);
});

test('numeric entities decode; unknown ones are kept as written', () => {
  assert.equal(decodeEntities('&#20013;&#x536B;&bogus;'), '中卫&bogus;');
});

test('a term indexed whole is marked whole in the excerpt, every time, and only it', () => {
  const pieces = excerptPieces('未发生<mark>行政</mark>复议案件；行政诉讼 0 件；<mark>行政</mark>复议');
  assert.deepEqual(markTerm(pieces, '行政复议'), [
    { text: '未发生', mark: false },
    { text: '行政复议', mark: true },
    { text: '案件；行政诉讼 0 件；', mark: false },
    { text: '行政复议', mark: true },
  ]);
  const cut = excerptPieces('……<mark>行政</mark>复');
  assert.deepEqual(markTerm(cut, '行政复议'), cut, 'cut short by the excerpt: Pagefind’s marks stay');
});
