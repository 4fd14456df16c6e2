import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termWordings as glossary } from '../catalogue/terms.ts';
import { normaliseText, occurrences } from './searchText.ts';
import { normaliseWords, termPositions, wholeTermQuery, wholeTermWord } from './searchWholeTerms.ts';

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
  assert.equal(wholeTermQuery('行政复议', glossary), wholeTermWord('行政复议'));
  assert.equal(wholeTermQuery(' “行政 复议” ', glossary), wholeTermWord('行政复议'));
  assert.equal(wholeTermQuery('法律援助', glossary), undefined);
  assert.equal(wholeTermQuery('行政复议 行政诉讼', glossary), undefined);
  assert.equal(wholeTermQuery('行政', glossary), undefined);
});

test('a term’s positions are the words its occurrences start in, as many as the text has', () => {
  const cases: [string[], string, number[]][] = [
    [['行政', '复', '议', '、', '行政诉讼'], '行政复议', [0]],
    [['未', '发生', '行政复议', '案件', '。', '行政', '复议'], '行政复议', [2, 5]],
    [['对', '行政复', '议决定'], '行政复议', [1]],
    [['四', '、', '行政 ', '复议 ', '情况'], '行政复议', [2]],
    [['Ab ', 'CD', 'ab', 'cd'], 'ab cd', [0]],
    [['依申请公开', '的', '依申请', '公开'], '依申请公开', [0, 2]],
    [['信息', '处理', '费', '信息处理费'], '信息处理费', [0, 3]],
    [['行政复议行政复议'], '行政复议', [0]],
    [['复议'], '行政复议', []],
  ];
  for (const [words, term, want] of cases) {
    assert.deepEqual(termPositions(words, term), want, `${words.join('|')} / ${term}`);
    if (words.length > 1)
      assert.equal(want.length, occurrences(words.join('\u200b'), term), 'counted as the search page counts');
  }
});

test('a page’s words normalise to the text the search page compares, each character with its word', () => {
  const alphabet = ['行', '政', '复', '议', 'A', 'b', ' ', '\u3000', '\n', '\u200b', '。', '1', '𠀀', 'İ'];
  let seed = 11;
  const pick = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return alphabet[seed % alphabet.length] as string;
  };
  for (let n = 0; n < 500; n++) {
    const content = Array.from({ length: 1 + (n % 40) }, pick).join('');
    const { text, wordAt } = normaliseWords(content);
    assert.equal(text, normaliseText(content), JSON.stringify(content));
    assert.equal(wordAt.length, text.length);
    for (let i = 1; i < wordAt.length; i++) assert.ok((wordAt[i] as number) >= (wordAt[i - 1] as number));
  }
});
