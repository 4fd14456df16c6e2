import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Random } from './random.ts';

const draws = (r: Random, n = 50) => Array.from({ length: n }, () => r.float());

test('the same seed and label give the same stream; another seed or label another', () => {
  assert.deepEqual(draws(new Random(1, 'a')), draws(new Random(1, 'a')));
  assert.notDeepEqual(draws(new Random(1, 'a')), draws(new Random(2, 'a')));
  assert.notDeepEqual(draws(new Random(1, 'a')), draws(new Random(1, 'b')));
  for (const x of draws(new Random(3), 1000)) assert.ok(x >= 0 && x < 1);
});

test('whole numbers stay in range, samples are distinct, splits add up to the total', () => {
  const r = new Random(9);
  for (let i = 0; i < 500; i++) {
    const n = r.int(-2, 5);
    assert.ok(Number.isInteger(n) && n >= -2 && n <= 5);
  }
  const s = r.sample([1, 2, 3, 4, 5, 6], 4);
  assert.equal(new Set(s).size, 4);
  for (const total of [0, 1, 7, 250, 9999]) {
    const parts = r.split(total, [40, 8, 1, 1, 14, 0.5]);
    assert.equal(parts.length, 6);
    assert.equal(
      parts.reduce((a, b) => a + b, 0),
      total,
    );
    assert.ok(parts.every((p) => Number.isInteger(p) && p >= 0));
  }
});
