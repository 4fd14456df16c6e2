import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Column, headerSegments, type Piece } from './geometry.ts';

const piece = (text: string, x0: number, x1: number, y = 700): Piece => ({
  text,
  x0,
  x1,
  y,
  size: 10,
  page: 1,
  start: 0,
  end: text.length,
  line: 1,
});
const column = (x0: number, x1: number, ruled?: boolean): Column => ({
  x0,
  x1,
  center: (x0 + x1) / 2,
  ruled,
});
const texts = (pieces: Piece[], columns: Column[]) =>
  headerSegments(pieces, columns, 10).map((s) => (s.kind === 'text' ? s.text : ''));

// Table 二's first block of the 2019 form: a long header on one line across its own, wider cell.
const header = [
  piece('信息内容', 20, 60),
  piece('对外公开总数量', 202, 298),
  piece('本年新制作数量', 102, 148, 705),
  piece('本年新公开数量', 152, 198, 705),
];

test('a long header within its own ruled cell is that column’s, read in the columns’ order', () => {
  const ruled = [column(100, 150, true), column(150, 200, true), column(200, 300, true)];
  assert.deepEqual(texts(header, ruled), ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
});

test('without borders, a header wider than the columns’ pitch but over one column’s numbers is that column’s', () => {
  const numbers = [column(118, 132), column(168, 182), column(238, 262)];
  assert.deepEqual(texts(header, numbers), [
    '信息内容',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
  ]);
});

test('a header over several columns (法人或其他组织) is read before the columns’ own', () => {
  const numbers = [column(118, 132), column(168, 182), column(238, 262)];
  const spanning = [
    piece('法人或其他组织', 110, 270, 720),
    piece('商业企业', 110, 140),
    piece('科研机构', 160, 190),
  ];
  assert.deepEqual(texts(spanning, numbers), ['法人或其他组织', '商业企业', '科研机构']);
});

test('a header whose cell’s borders stand a few points off the numbers’ cells (LibreOffice) is still its column’s', () => {
  const ruled = [column(318.1, 417.7, true), column(417.7, 472.8, true), column(472.8, 567, true)];
  const header = [
    piece('信息内容', 60, 108),
    piece('上一年项目数量', 322.2, 406.2),
    piece('本年增/减', 412.4, 466.4),
    piece('处理决定数量', 483.3, 555.3),
  ];
  assert.deepEqual(texts(header, ruled), ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']);
});
