import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  indexExcludeSelectors,
  indexedCopy,
  isIndexedPage,
  pageUrl,
  separateElements,
  withoutAnchors,
} from './searchHtml.ts';

test('adjacent table cells and inline elements get a space between them; text inside elements is untouched', () => {
  assert.equal(
    separateElements('<tr><th>2022</th><th>2023</th></tr><td>74</td><td>13</td>'),
    '<tr><th>2022</th> <th>2023</th> </tr> <td>74</td> <td>13</td>',
  );
  assert.equal(separateElements('<span>12</span><span>34</span>'), '<span>12</span> <span>34</span>');
  assert.equal(
    separateElements('<p>一是<strong>加强</strong>宣传</p>'),
    '<p>一是<strong>加强</strong>宣传</p>',
  );
  assert.equal(separateElements('12<br>34<br/> 56'), '12<br> 34<br/> 56');
});

test('only pages that mark their content are indexed', () => {
  assert.equal(isIndexedPage('<article data-pagefind-body>'), true);
  assert.equal(isIndexedPage('<div data-pagefind-body="">'), true);
  assert.equal(isIndexedPage('<p>data-pagefind-body is an attribute</p>'), false);
});

test("a page's bytes are told indexed exactly as its text is, whatever the characters around the mark", () => {
  const utf8 = new TextEncoder();
  assert.equal(isIndexedPage(utf8.encode('<article data-pagefind-body>')), true);
  assert.equal(isIndexedPage(utf8.encode('<p>data-pagefind-body is an attribute</p>')), false);
  assert.equal(isIndexedPage(utf8.encode('<p>\u3000data-pagefind-body\u00a0</p>')), true);
  const piece = fc.constantFrom(
    'data-pagefind-body',
    'data-pagefind-bod',
    'd',
    ' ',
    '\n',
    '\u3000',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '=',
    '>',
    '<div',
    '中',
    '𠀀',
    'x',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(isIndexedPage(utf8.encode(text)), isIndexedPage(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

test('a built file maps to the address it is served at', () => {
  assert.equal(pageUrl('agencies/640500-sifaju/2023/index.html'), '/agencies/640500-sifaju/2023/');
  assert.equal(pageUrl('index.html'), '/');
  assert.equal(pageUrl('404.html'), '/404.html');
});

test("the indexed copy drops element ids, which Pagefind would store as anchors, but keeps headings' ids and every text", () => {
  assert.equal(
    withoutAnchors(
      '<td id="cell-table3.granted.natural" data-cell="table3.granted.natural" class="n">21</td>',
    ),
    '<td data-cell="table3.granted.natural" class="n">21</td>',
  );
  assert.equal(
    withoutAnchors('<p class="x" id="stated-1-2">id="a" 是正文</p>'),
    '<p class="x">id="a" 是正文</p>',
  );
  assert.equal(withoutAnchors('<h2 id="part-3">三、收到</h2>'), '<h2 id="part-3">三、收到</h2>');
  assert.equal(withoutAnchors('<div data-id="k" valid="x">'), '<div data-id="k" valid="x">');
  assert.equal(
    withoutAnchors('<table class="form" id="table3" data-format="2021">'),
    '<table class="form" data-format="2021">',
  );
});

test('the indexed copy keeps the ids the exclusions select by, so an excluded panel stays out of the index', () => {
  const byId = indexExcludeSelectors.filter((s) => s.startsWith('#'));
  assert.ok(byId.length > 0);
  for (const selector of byId) {
    const tag = `<section class="x" id="${selector.slice(1)}">`;
    assert.equal(withoutAnchors(tag), tag);
  }
  assert.equal(
    indexedCopy('<section id="checks"><h2 id="checks-h">数据核验</h2><p id="note">通过</p></section>'),
    '<section id="checks"><h2 id="checks-h">数据核验</h2> <p>通过</p> </section>',
  );
  assert.equal(withoutAnchors('<div id="k">', new Set(['k'])), '<div id="k">');
});
