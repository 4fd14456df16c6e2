import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultGrowingPercent, growingPercent } from './buildHeap.ts';

test("the heap's growth between collections is the default unless set, a whole number when set, and refused otherwise", () => {
  assert.equal(growingPercent(undefined), defaultGrowingPercent);
  assert.equal(growingPercent(' '), defaultGrowingPercent);
  assert.equal(growingPercent('0'), 0);
  assert.equal(growingPercent('100'), 100);
  for (const bad of ['-5', '1.5', 'fifty', '1000'])
    assert.throws(() => growingPercent(bad), /SITE_HEAP_GROWING_PERCENT must be a whole number/, bad);
});
