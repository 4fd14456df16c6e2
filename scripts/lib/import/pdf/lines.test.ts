import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageLines } from './lines.ts';

test('two numbers set apart by less than half a character are two cells (a table without padding), a number’s own pieces one', () => {
  const item = (str: string, x: number, w: number) => ({ str, x, y: 700, w, size: 12 });
  // Chromium's print of a table without padding: 13612 ends 5.4 pt (0.45 of a character) before 252.
  const page = {
    number: 1,
    width: 595,
    height: 842,
    items: [item('13612', 345.9, 30), item('252', 381.4, 18)],
  };
  assert.deepEqual(
    pageLines(page)[0]?.runs.map((r) => r.text),
    ['13612', '252'],
  );
  // Pieces of one number (kerned apart by a fraction of a character) and a number with its unit stay one.
  const kerned = { ...page, items: [item('136', 345.9, 18), item('12', 364.9, 12), item('件', 377.5, 12)] };
  assert.deepEqual(
    pageLines(kerned)[0]?.runs.map((r) => r.text),
    ['13612件'],
  );
});
