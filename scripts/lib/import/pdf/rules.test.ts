import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeRules } from './rules.ts';
import { minimalPdf } from './testPdf.ts';
import { readPdfText } from './text.ts';

const font = { Font: { F1: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' } };
/** Four figures on four lines: a page with fewer is prose, not searched for borders. */
const text = [300, 320, 340, 360].map((y) => `BT /F1 10 Tf 300 ${y} Td (12) Tj ET`).join(' ');

async function bordersOf(content: string) {
  const read = await readPdfText(minimalPdf([{ content: `${content} ${text}`, resources: font }]));
  assert.ok(read.ok);
  const b = read.pages[0]?.borders;
  assert.ok(b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    vertical: b.vertical.map((r) => [round(r.x), round(r.y0), round(r.y1)]),
    horizontal: b.horizontal.map((r) => [round(r.y), round(r.x0), round(r.x1)]),
  };
}

test('stroked lines are borders in page points, through the transform in force and back out of it', async () => {
  assert.deepEqual(await bordersOf('q 2 0 0 2 10 0 cm 50 100 m 50 200 l S Q 100 100 m 300 100 l S'), {
    vertical: [[110, 200, 400]],
    horizontal: [[100, 100, 300]],
  });
});

test('a thin filled rectangle is a border along its middle; a wide fill, a curve or a clip is none', async () => {
  assert.deepEqual(
    await bordersOf(
      '60 100 0.5 80 re f 20 20 200 100 re f 400 100 m 400 150 400 150 420 200 c S 500 100 m 500 300 l W n',
    ),
    { vertical: [[60.3, 100, 180]], horizontal: [] },
  );
});

test('a stroked rectangle is four borders; a form’s matrix moves what it draws', async () => {
  const form =
    '<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 200 0] /Length 19 >>\nstream\n0 0 m 0 50 l S\nendstream';
  const read = await readPdfText(
    minimalPdf([
      {
        content: `10 10 40 30 re S /Fm1 Do ${text}`,
        resources: { ...font, XObject: { Fm1: form } },
      },
    ]),
  );
  assert.ok(read.ok);
  const b = read.pages[0]?.borders;
  assert.deepEqual(
    b?.vertical.map((r) => [r.x, r.y0, r.y1]),
    [
      [10, 10, 40],
      [50, 10, 40],
      [200, 0, 50],
    ],
  );
  assert.deepEqual(
    b?.horizontal.map((r) => [r.y, r.x0, r.x1]),
    [
      [10, 10, 50],
      [40, 10, 50],
    ],
  );
});

test('a border drawn cell by cell is one border; borders apart stay apart', () => {
  assert.deepEqual(
    mergeRules([
      { x: 10, y0: 0, y1: 20 },
      { x: 10.4, y0: 20, y1: 40 },
      { x: 10, y0: 60, y1: 80 },
      { x: 30, y0: 0, y1: 20 },
    ]),
    [
      { x: 10, y0: 0, y1: 40 },
      { x: 10, y0: 60, y1: 80 },
      { x: 30, y0: 0, y1: 20 },
    ],
  );
});

test('a page without text, or with fewer than four figures (prose), is not searched for borders', async () => {
  for (const content of [
    '50 100 m 50 200 l S',
    '50 100 m 50 200 l S BT /F1 10 Tf 300 300 Td (In 2023, 12 of 40) Tj ET',
  ]) {
    const read = await readPdfText(minimalPdf([{ content, resources: font }]));
    assert.ok(read.ok);
    assert.equal(read.pages[0]?.borders, undefined);
  }
});

test('a page drawing more lines than any table has (a chart, a hatch) is read without borders', async () => {
  // 500 columns of 9 separate strokes each: 4,500 borders.
  const strokes = Array.from({ length: 4500 }, (_, i) => {
    const x = 20 + (i % 500) * 1.1;
    const y = 100 + Math.floor(i / 500) * 50;
    return `${x.toFixed(1)} ${y} m ${x.toFixed(1)} ${y + 30} l`;
  });
  const read = await readPdfText(
    minimalPdf([{ content: `${strokes.join(' ')} S ${text}`, resources: font }]),
  );
  assert.ok(read.ok);
  assert.equal(read.pages[0]?.borders, undefined);
});
