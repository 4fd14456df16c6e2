import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellsLineByLine, lineSegments, textSegments } from './segments.ts';
import { settleSoftBlanks } from './tables/observe.ts';
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

// LibreOffice's text export of a table: one cell a line, nothing between cells.
const exported = [
  '（一）予以公开',
  '26',
  '',
  '',
  '',
  '',
  '',
  '26',
  '二、上年结转',
  '1327',
  '69',
  '0',
  '0',
  '3',
  '1',
  '1400',
];
// pdftotext's plain mode: an empty line after every cell.
const plain = ['（一）予以公开', '', '26', '', '3', '', '0', '', '0', '', '1', '', '0', '', '30', ''];

test('a document printing numbers on neighbouring lines is read one cell a line; one with an empty line after every cell is not', () => {
  assert.equal(cellsLineByLine(exported), true);
  assert.equal(cellsLineByLine(plain), false);
  // A table whose numbers pdftotext streamed onto neighbouring lines is still mostly spaced (洪泽 2023: 91 to 79).
  assert.equal(cellsLineByLine([...plain, ...plain, ...plain, '1', '2', '3', '4', '5', '6']), false);
});

test('one cell a line: each number is one cell, empty lines between numbers are blanks kept only where the row needs them', () => {
  const seven = () => 7;
  const values = (segs: Segment[]) => segs.flatMap((s) => (s.kind === 'values' ? s.values : []));
  const read = settleSoftBlanks(textSegments(exported, 1), seven);
  assert.deepEqual(show(read), [
    '（一）予以公开',
    ['26'],
    [''],
    [''],
    [''],
    [''],
    [''],
    ['26'],
    '二、上年结转',
    ['1327'],
    ['69'],
    ['0'],
    ['0'],
    ['3'],
    ['1'],
    ['1400'],
  ]);
  assert.ok(values(read).every((v) => v.bound && !v.doubt));
  // More numbers than the row, an empty line among them: a row whose label is lost runs on, and which
  // numbers are whose cannot be told.
  const runOn = settleSoftBlanks(
    textSegments(['（一）予以公开', '26', '', '1', '2', '3', '4', '5', '6', '7'], 1),
    seven,
  );
  assert.deepEqual(
    values(runOn).map((v) => v.raw),
    ['26', '1', '2', '3', '4', '5', '6', '7'],
  );
  assert.ok(values(runOn).every((v) => v.doubt));
  // pdftotext's spacing is never a cell.
  assert.deepEqual(
    values(textSegments(plain, 1)).map((v) => v.raw),
    ['26', '3', '0', '0', '1', '0', '30'],
  );
});

test('a row of dashes set apart is a row of not-reported cells; a rule of three spaced dashes, or of dashes run together, is no row', () => {
  assert.deepEqual(
    lineSegments('- - - - - - -', 7).map((s) => (s.kind === 'values' ? s.values.map((v) => v.raw) : s.text)),
    [['-', '-', '-', '-', '-', '-', '-']],
  );
  for (const rule of ['- - -', '-------', '* * *']) assert.deepEqual(lineSegments(rule, 7), [], rule);
});
