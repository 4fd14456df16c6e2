import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareProse } from './proseChanges.ts';
import { reuse, reuseMethod, reusePercent, reuseSentence } from './reuse.ts';

/** Two short reports of one agency, a year apart. */
const lastYear = `本报告根据条例（2019 年修订）编制。

## 一、总体情况

2022年，本局认真做好政府信息公开工作。

本局主动公开政府信息10条。

## 二、主动公开政府信息情况

## 五、存在的主要问题及改进情况

公开形式较为单一。

## 六、其他需要报告的事项

本年度未收取信息处理费。`;

const thisYear = `本报告根据条例(2019年修订)编制。

## 一、总体情况

2023年，本局认真做好政府信息公开工作。

本局今年新建了政务新媒体账号。

## 二、主动公开政府信息情况

## 五、存在的主要问题及改进情况

公开形式较为单一。

## 六、其他需要报告的事项

本年度未收取信息处理费。`;

test('reuse ratio of two short reports, worked out by hand', () => {
  // This year's paragraphs, counted as compared (whitespace out, full-width made half-width):
  //   前言 “本报告根据条例(2019年修订)编制。”  本报告根据条例 7 + ( 1 + 2019 4 + 年修订 3 + ) 1 + 编制 2 + 。1
  //        = 19 characters; last year's differs only in （）and a space: the same paragraph.       reused 19
  //   一   “2023年,本局认真做好政府信息公开工作。” 2023 4 + 年 1 + , 1 + 本局认真做好政府信息公开工作 14
  //        + 。1 = 21; against 2022's: 20 characters in common, 2 × 20 ÷ 42 ≈ 0.95 ≥ 0.9: nearly unchanged. reused 21
  //   一   “本局今年新建了政务新媒体账号。” 14 + 。1 = 15; nothing like it last year: added.           not reused
  //        (last year's “本局主动公开政府信息10条。” is removed: it counts for neither.)
  //   五   “公开形式较为单一。” 8 + 1 = 9, unchanged.                                                   reused 9
  //   六   “本年度未收取信息处理费。” 11 + 1 = 12, unchanged.                                          reused 12
  // Total 19 + 21 + 15 + 9 + 12 = 76; reused 19 + 21 + 9 + 12 = 61; 61 ÷ 76 = 0.8026… → 80%.
  const parts = compareProse(lastYear, thisYear);
  const r = reuse(parts);
  assert.deepEqual(r, { reused: 61, total: 76, ratio: 61 / 76 });
  assert.equal(reusePercent(r), 80);
  assert.equal(reuseSentence(r), '本报告正文约 80% 与上年相同。');
});

test('identical prose is 100%; a report with no prose has no ratio; the method is one line', () => {
  assert.equal(reusePercent(reuse(compareProse(thisYear, thisYear))), 100);
  assert.equal(reusePercent(reuse(compareProse(thisYear, '甲。'))), 0);
  const none = reuse(compareProse(thisYear, ''));
  assert.deepEqual(none, { reused: 0, total: 0, ratio: null });
  assert.equal(reuseSentence(none), '本报告没有可与上年比较的正文。');
  assert.ok(!reuseMethod.includes('\n') && reuseMethod.includes('90%'));
});

test('the percentage is rounded down: 29 of 100 is 29%, never 28% by a binary fraction, and 99.9% is 99%', () => {
  assert.equal(reusePercent({ reused: 29, total: 100, ratio: 0.29 }), 29);
  assert.equal(reusePercent({ reused: 999, total: 1000, ratio: 0.999 }), 99);
});
