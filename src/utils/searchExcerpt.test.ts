import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, type ExcerptPiece, excerptPieces, markTerm, termExcerpt } from './searchExcerpt.ts';

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

/** An excerpt as text, marks in brackets; the content as Pagefind stores it, words split by U+200B. */
const shown = (pieces: ExcerptPiece[] | undefined) =>
  pieces?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
const words = (text: string) => [...text].join('\u200b');

test("a term's excerpt is prose about it, not the tables' numbers around a heading", () => {
  const heading = '0 0 0 0 0 95 0 12 3 四、政府信息公开行政复议、行政诉讼情况. 1 1 0 0 2 3 4 5 ';
  const prose = '五、存在的主要问题。本年度共收到行政复议申请2件，均维持原行政行为，未发生行政诉讼案件。';
  assert.equal(shown(termExcerpt(words(heading), '行政复议')), '…四、政府信息公开[行政复议]、行政诉讼情况.…');
  assert.equal(
    shown(termExcerpt(words(heading + prose), '行政复议')),
    '本年度共收到[行政复议]申请2件，均维持原行政行为，未发生行政诉讼案件。',
  );
  // Cut mid-sentence: an ellipsis says so; every occurrence in the excerpt is marked.
  assert.equal(
    shown(termExcerpt(`${'前'.repeat(30)}行政复议和行政复议${'后'.repeat(80)}`, '行政复议')),
    `…${'前'.repeat(20)}[行政复议]和[行政复议]${'后'.repeat(55)}…`,
  );
  // Cut before the term at the last clause within reach, not mid-word; the sentence goes on before it.
  assert.equal(
    shown(termExcerpt('对申请人也告知其申请渠道，无因政府信息公开导致行政复议案件。', '行政复议')),
    '…无因政府信息公开导致[行政复议]案件。',
  );
  // Latin letters match in any case and are shown as printed.
  assert.equal(shown(termExcerpt('办理 Q&A 与 FAQ', 'faq')), '办理 Q&A 与 [FAQ]');
});

test("a term's excerpt leaves it to Pagefind's where the text does not hold the term as written", () => {
  assert.equal(termExcerpt('行政 复议', '行政复议'), undefined);
  assert.equal(termExcerpt('没有这个词', '行政复议'), undefined);
  assert.equal(termExcerpt('行政复议', ''), undefined);
});
