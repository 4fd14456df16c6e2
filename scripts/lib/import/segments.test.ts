import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineSegments } from './segments.ts';
import type { Segment } from './types.ts';

const show = (segs: Segment[]) => segs.map((s) => (s.kind === 'text' ? s.text : s.values.map((v) => v.raw)));

test('space-separated numbers after a label are values; the label keeps its inner spacing', () => {
  assert.deepEqual(show(lineSegments('规章 0 0 0', 1)), ['规章', ['0', '0', '0']]);
  assert.deepEqual(show(lineSegments('结果 维持 纠正', 1)), ['结果 维持 纠正']);
  assert.deepEqual(show(lineSegments('0 0 0 0 0 0', 1)), [['0', '0', '0', '0', '0', '0']]);
});

test('tab-separated: an empty cell between numbers is a blank value, padding around them is not', () => {
  assert.deepEqual(show(lineSegments('一、本年新收\t\t0\t\t3\t/\t', 1)), [
    '一、本年新收',
    ['0', '', '3', '/'],
  ]);
  assert.deepEqual(show(lineSegments('行政许可\t74\t\t', 1)), ['行政许可', ['74']]);
  assert.deepEqual(show(lineSegments('\t(三) 不予公开\t1.属于国家秘密\t0\t1', 1)), [
    '(三) 不予公开 1.属于国家秘密',
    ['0', '1'],
  ]);
});

test('a markdown table row is read cell by cell; its separator row and rules give nothing', () => {
  assert.deepEqual(show(lineSegments('| 规章 | 0 | 1 | 13 |', 1)), ['规章', ['0', '1', '13']]);
  assert.deepEqual(lineSegments('|---|---|---|', 1), []);
  assert.deepEqual(lineSegments('------\t------', 1), []);
  assert.deepEqual(lineSegments('- 3 -', 1), []);
});

test('each value records its line and where it stands in the line', () => {
  const [, values] = lineSegments('规章 0 12 3', 7);
  assert.equal(values?.kind, 'values');
  if (values?.kind === 'values') assert.deepEqual(values.values[1], { raw: '12', line: 7, start: 5, end: 7 });
});

test('a remark after its number stays with the number', () => {
  assert.deepEqual(show(lineSegments('行政规范性文件 3 1 22 （其中修订16件）', 1)), [
    '行政规范性文件',
    ['3', '1', '22 （其中修订16件）'],
  ]);
});
