import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termWordings as glossary } from '../catalogue/terms.ts';
import { wholeTermQuery, wholeTermWord } from './searchWholeTerms.ts';

test('every term of the form has its own index word, one the browser keeps whole', () => {
  const words = glossary.map(wholeTermWord);
  assert.equal(new Set(words).size, words.length, 'no two terms share a word');
  const split = new Intl.Segmenter('zh', { granularity: 'word' });
  for (const w of words) {
    assert.match(w, /^tm[0-9a-z]{7}$/);
    assert.deepEqual(
      [...split.segment(w)].map((s) => s.segment),
      [w],
      `${w} is one word`,
    );
  }
});

test('a query is looked up whole only when it is one of the terms, however it is spaced or quoted', () => {
  assert.deepEqual(wholeTermQuery('行政复议', glossary), {
    term: '行政复议',
    word: wholeTermWord('行政复议'),
  });
  assert.deepEqual(wholeTermQuery(' “行政 复议” ', glossary), {
    term: '行政复议',
    word: wholeTermWord('行政复议'),
  });
  assert.equal(wholeTermQuery('法律援助', glossary), undefined);
  assert.equal(wholeTermQuery('行政复议 行政诉讼', glossary), undefined);
  assert.equal(wholeTermQuery('行政', glossary), undefined);
});
