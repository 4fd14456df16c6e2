import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText, occurrences } from './searchText.ts';

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
