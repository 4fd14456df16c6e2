import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSeed, replaceOnce } from '../testkit/import.ts';
import { textSegments } from './segments.ts';
import { readTable4 } from './table4.ts';

function read(text: string) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*四、政府信息公开行政复议/.test(l));
  const end = lines.findIndex((l) => /^\s*五、存在的主要问题/.test(l));
  const r = readTable4(textSegments(lines.slice(start + 1, end), start + 2), (n) => lines[n - 1] ?? '');
  return {
    ...r,
    errors: r.problems.filter((p) => p.severity === 'error'),
    warnings: r.problems.filter((p) => p.severity === 'warning'),
    row: (group: string) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map(
        (c) => r.cells.get(`${group}.${c}`)?.cell.value,
      ),
  };
}

test('seed 003: four reconsideration cases, one of each result, under a markdown separator row', async () => {
  const r = read(await readSeed('003'));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(r.row('reconsideration'), [1, 1, 1, 1, 4]);
  assert.deepEqual(r.row('litigationDirect'), [0, 0, 0, 0, 0]);
  assert.deepEqual(r.row('litigationAfterReconsideration'), [0, 0, 0, 0, 0]);
});

test('seeds 000 and 004: a header broken character by character still names every column', async () => {
  for (const seed of ['000', '004'] as const) {
    const r = read(await readSeed(seed));
    assert.deepEqual(r.problems, [], seed);
    assert.equal(r.cells.size, 15, seed);
  }
});

test('fourteen numbers is an error, not a guess at which one is missing', async () => {
  const r = read(
    replaceOnce(
      await readSeed('003'),
      '1\t1\t1\t1\t4\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      '1\t1\t1\t4\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    ),
  );
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['cell-count'],
  );
  assert.match(r.errors[0]?.message ?? '', /expected 15 numbers.*found 14/);
  assert.equal(r.cells.size, 0);
});

test('three labelled rows of five are read by their group labels', () => {
  const text = [
    '四、政府信息公开行政复议、行政诉讼情况',
    '结果维持 结果纠正 其他结果 尚未审结 总计',
    '复议后起诉 0 0 0 0 0',
    '行政复议 2 1 0 0 3',
    '未经复议直接起诉 0 1 0 0 1',
    '五、存在的主要问题及改进情况',
  ].join('\n');
  const r = read(text);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.row('reconsideration'), [2, 1, 0, 0, 3]);
  assert.deepEqual(r.row('litigationDirect'), [0, 1, 0, 0, 1]);
});

test('no numbers at all is an error', () => {
  const r = read('四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n五、存在的主要问题及改进情况');
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['no-numbers'],
  );
});
