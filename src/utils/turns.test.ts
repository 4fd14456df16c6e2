import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTurns } from './turns.ts';

test('no more than the limit hold a turn at once, and the rest get theirs in the order they asked', async () => {
  const turns = createTurns(2);
  const order: number[] = [];
  let holding = 0;
  let most = 0;
  const work = async (n: number) => {
    await turns.take();
    holding += 1;
    most = Math.max(most, holding);
    order.push(n);
    await new Promise((r) => setTimeout(r, 1));
    holding -= 1;
    turns.give();
  };
  await Promise.all([0, 1, 2, 3, 4, 5, 6].map(work));
  assert.equal(most, 2);
  assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6]);
  // Every turn was given back: two can be taken at once again, and a third waits.
  assert.equal(turns.take(), undefined);
  assert.equal(turns.take(), undefined);
  assert.ok(turns.take() instanceof Promise);
});

test('a turn given back that was never taken, or a limit below one, is a bug and says so', () => {
  assert.throws(() => createTurns(1).give(), /never taken/);
  assert.throws(() => createTurns(0), /limit/);
  assert.throws(() => createTurns(1.5), /limit/);
});
