import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { buildFlags, defaultGrowingPercent, growingPercent } from './buildHeap.ts';

test("the heap's growth between collections is the default unless set, a whole number when set, and refused otherwise", () => {
  assert.equal(growingPercent(undefined), defaultGrowingPercent);
  assert.equal(growingPercent(' '), defaultGrowingPercent);
  assert.equal(growingPercent('0'), 0);
  assert.equal(growingPercent('100'), 100);
  for (const bad of ['-5', '1.5', 'fifty', '1000'])
    assert.throws(() => growingPercent(bad), /SITE_HEAP_GROWING_PERCENT must be a whole number/, bad);
});

test('a build counts external memory with the heap, and sets the step only when asked for one', () => {
  assert.deepEqual(buildFlags(0), ['--external-memory-accounted-in-global-limit']);
  assert.deepEqual(buildFlags(50), [
    '--external-memory-accounted-in-global-limit',
    '--heap-growing-percent=50',
  ]);
});

test("every flag a build sets is one this Node's V8 knows (an unknown flag would be ignored)", () => {
  const known = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  for (const flag of buildFlags(defaultGrowingPercent)) {
    const name = (flag.split('=')[0] as string).slice(2);
    assert.ok(known.includes(`--${name} `), `${name} is not among this V8's flags`);
  }
});
