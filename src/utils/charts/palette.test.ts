import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrast, patterns, seriesColors, seriesStyle } from './palette.ts';

test('contrast is computed as WCAG defines it', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.equal(Math.round(contrast('#767676', '#ffffff') * 10) / 10, 4.5);
});

test('every series colour stands out from the white page by at least 3:1', () => {
  for (const c of seriesColors) assert.ok(contrast(c, '#ffffff') >= 3, `${c}: ${contrast(c, '#ffffff')}`);
});

test('no two of the first seven series share a colour or a pattern', () => {
  const styles = patterns.map((_, i) => seriesStyle(i));
  assert.equal(new Set(styles.map((s) => s.color)).size, 7);
  assert.equal(new Set(styles.map((s) => s.pattern)).size, 7);
});
