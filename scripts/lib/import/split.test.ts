import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CellGroup, maxSplits, type SplitToken, splitCells as split } from './split.ts';

/** The ways as plain values, for comparing. */
const splitCells = (tokens: readonly SplitToken[], groups: readonly CellGroup[]) => {
  const r = split(tokens, groups);
  return { ...r, ways: r.ways.map((w) => w.map((c) => c.value)) };
};

const row3: CellGroup[] = [{ size: 7, total: true }];
const table4: CellGroup[] = [1, 2, 3].map(() => ({ size: 5, total: true }));
const digits = (...d: string[]): SplitToken[] => d.map((x) => ({ digits: x }));

test('a table-三 row run together splits only where 总计 is the sum of the six', () => {
  assert.deepEqual(splitCells(digits('310040035'), row3).ways, [[31, 0, 0, 4, 0, 0, 35]]);
});

test('seven digits for seven cells is the one way, whatever they add up to', () => {
  assert.deepEqual(splitCells(digits('0000000'), row3).ways, [[0, 0, 0, 0, 0, 0, 0]]);
  assert.deepEqual(splitCells(digits('1000001'), row3).ways, [[1, 0, 0, 0, 0, 0, 1]]);
});

test('a row whose printed total is not the sum of its cells has no way', () => {
  assert.deepEqual(splitCells(digits('1000002'), row3).ways, []);
});

test('a cell never starts with 0: 0 then 5 is two cells', () => {
  // 1 0 5 0 0 0 6 — "05" is not a number a report prints.
  assert.deepEqual(splitCells(digits('1050006'), row3).ways, [[1, 0, 5, 0, 0, 0, 6]]);
});

test('cuts fall between tokens: separated tokens stay apart', () => {
  assert.deepEqual(splitCells(digits('12', '0', '0', '0', '3', '0', '15'), row3).ways, [
    [12, 0, 0, 0, 3, 0, 15],
  ]);
  // "12" cannot be two cells when the other six tokens already fill the row.
  assert.deepEqual(splitCells(digits('12', '0', '0', '0', '3', '15'), row3).ways, []);
});

test('several ways that all add up are all listed, for the identities to choose from', () => {
  assert.deepEqual(splitCells(digits('1100002'), row3).ways, [[1, 1, 0, 0, 0, 0, 2]]);
  assert.deepEqual(splitCells(digits('111000012'), row3).ways, [
    [1, 1, 10, 0, 0, 0, 12],
    [1, 11, 0, 0, 0, 0, 12],
    [11, 1, 0, 0, 0, 0, 12],
  ]);
});

test('table 四 run together: fifteen cells, each group of five ending in its total', () => {
  // 2 1 0 0 3 | 0 0 0 0 0 | 5 0 0 0 5: one way.
  assert.deepEqual(splitCells(digits('21003000005000 5'.replace(' ', '')), table4).ways, [
    [2, 1, 0, 0, 3, 0, 0, 0, 0, 0, 5, 0, 0, 0, 5],
  ]);
  // 10 1 0 0 11 …: "1010011" is also 1 0 10 0 11 — the group totals cannot tell them apart.
  assert.deepEqual(splitCells(digits('10100110000050005'), table4).ways, [
    [1, 0, 10, 0, 11, 0, 0, 0, 0, 0, 5, 0, 0, 0, 5],
    [10, 1, 0, 0, 11, 0, 0, 0, 0, 0, 5, 0, 0, 0, 5],
  ]);
});

test('an atom (a blank or a mark) is one cell, and a group with one cannot be checked', () => {
  const tokens: SplitToken[] = [{ atom: null }, ...digits('12')];
  // Three cells from a blank and "12": only "1" "2" — a blank group total is never checked.
  assert.deepEqual(splitCells(tokens, [{ size: 3, total: true }]).ways, [[null, 1, 2]]);
});

test('rows without a total (表二) list every way, and too many are cut off and said so', () => {
  const ways = splitCells(digits('1225'), [{ size: 3, total: false }]).ways;
  assert.deepEqual(ways, [
    [1, 2, 25],
    [1, 22, 5],
    [12, 2, 5],
  ]);
  const many = splitCells(digits('1234567891234567'), [{ size: 4, total: false }]);
  assert.equal(many.ways.length, maxSplits);
  assert.equal(many.truncated, true);
});

test('each cell of a way says which digits of which token it was read from', () => {
  const [way] = split(digits('31004', '0035'), row3).ways;
  assert.deepEqual(
    way?.map((c) => [c.token, c.from, c.to]),
    [
      [0, 0, 2],
      [0, 2, 3],
      [0, 3, 4],
      [0, 4, 5],
      [1, 0, 1],
      [1, 1, 2],
      [1, 2, 4],
    ],
  );
});
