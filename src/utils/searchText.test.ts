import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText, normaliseWords, occurrences, termPositions } from './searchText.ts';

test('Pagefind word marks and the layout spaces between Chinese characters do not count', () => {
  assert.equal(normaliseText('吴\u200b忠\u200b市  红寺堡\n区 2023 年'), '吴忠市红寺堡区 2023 年');
  assert.equal(normaliseText('Ab  CD'), 'ab cd');
});

test('a phrase is counted wherever it occurs, across word marks', () => {
  assert.equal(occurrences('吴\u200b忠市司法局；吴忠 市', '吴忠市'), 2);
  assert.equal(occurrences('行政复议', '行政诉讼'), 0);
  assert.equal(occurrences('a+b (x)', 'A+B (X)'), 1);
});

test('a number counts only as a whole number, not inside a longer one', () => {
  assert.equal(occurrences('2022年 12022 20223 2022', '2022'), 2);
  assert.equal(occurrences('74条', '7'), 0);
});

test('an empty query occurs nowhere', () => {
  assert.equal(occurrences('任何文字', '  '), 0);
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
    assert.deepEqual(
      termPositions(normaliseWords(words.join('\u200b')), term),
      want,
      `${words.join('|')} / ${term}`,
    );
    if (words.length > 1)
      assert.equal(want.length, occurrences(words.join('\u200b'), term), 'counted as the search page counts');
  }
});

test('a page’s words normalise to the text the search compares, each character with its word', () => {
  const alphabet = ['行', '政', '复', '议', 'A', 'b', ' ', '\u3000', '\n', '\u200b', '。', '1', '𠀀', 'İ'];
  let seed = 11;
  const pick = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return alphabet[seed % alphabet.length] as string;
  };
  // The rules, written as patterns: word marks out, spaces run together, lower case, no space
  // between two Chinese characters, none at either end.
  const expected = (content: string) =>
    content
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '')
      .trim();
  for (let n = 0; n < 500; n++) {
    const content = Array.from({ length: 1 + (n % 40) }, pick).join('');
    const { text, wordAt } = normaliseWords(content);
    assert.equal(text, expected(content), JSON.stringify(content));
    assert.equal(normaliseText(content), text);
    // Each character kept is from the word the word marks before it say.
    const kept: number[] = [];
    let word = 0;
    for (const ch of content) {
      if (ch === '\u200b') word++;
      else if (!/\s/.test(ch)) kept.push(...Array.from(ch.toLowerCase().split(''), () => word));
    }
    assert.deepEqual(
      [...wordAt].filter((_, i) => text[i] !== ' '),
      kept,
      JSON.stringify(content),
    );
  }
});
