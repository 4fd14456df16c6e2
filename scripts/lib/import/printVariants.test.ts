/**
 * The same report printed another way reads as the same numbers: digits set full-width, a unit
 * printed after each number, sub-rows numbered ①, （1） or 1) instead of the form's 1. — in the
 * bundled reports, real web pages and converters' markdown, one line per row or the whole table on
 * one line. Each variant is made from the real file; the cells must equal those of the file as printed.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { repoAgencies, repoContent, seedNames, seedPath } from '../testkit/import.ts';
import { type Imported, importReport } from './importReport.ts';
import { unifyDigits } from './normalize.ts';

const agencies = await repoAgencies();
const shapes = new URL('../../../tests/fixtures/shapes/', import.meta.url).pathname;

const inputs: { name: string; path: string; ext: string }[] = [
  ...seedNames.map((name) => ({ name: `seed ${name}`, path: seedPath(name), ext: 'txt' })),
  // Labels moved one row up: read only by re-pairing the whole table, which needs its last row.
  { name: 'md-label-above', path: `${shapes}huaian-2024.md-label-above.md`, ext: 'txt' },
  // The whole report on one line: rows are found by their labels and ordinals.
  { name: 'get-md (one line)', path: `${shapes}hongze-2023.get-md.md`, ext: 'txt' },
  { name: '上海 2019 (web page)', path: `${shapes}shanghai-bgt-2019.content.html`, ext: 'html' },
  {
    name: '沭阳 2023 (web page)',
    path: `${repoContent}sources/321322-fazhanhegaigeju/2023.html`,
    ext: 'html',
  },
];

const run = (text: string, ext: string): Imported =>
  importReport({ bytes: Buffer.from(text), ext, options: { allowPartial: true }, agencies });

/** Every cell as `table.row.column` → its value (null when not reported or not read). */
function cells(r: Imported): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const t of ['table2', 'table3', 'table4'] as const)
    for (const [row, cols] of Object.entries(r.tables?.[t] ?? {}))
      for (const [col, cell] of Object.entries(cols)) out.set(`${t}.${row}.${col}`, cell.value);
  return out;
}

/** The cells of `variant` that differ from the original's, leaving out `except` (cells the variant changes on purpose). */
function differences(original: Imported, variant: Imported, except = (_key: string) => false): string[] {
  const before = cells(original);
  const after = cells(variant);
  assert.ok(before.size >= 150, `the original reads (${before.size} cells)`);
  const out: string[] = [];
  for (const [key, value] of before)
    if (!except(key) && after.get(key) !== value) out.push(`${key}: ${value} → ${after.get(key)}`);
  return out;
}

/** Each input varied by `vary` (an input it leaves unchanged is skipped; most must change). */
async function eachInput(vary: (text: string, ext: string) => string, except?: (key: string) => boolean) {
  let varied = 0;
  for (const input of inputs) {
    const text = await readFile(input.path, 'utf8');
    const variant = vary(text, input.ext);
    if (variant === text) continue;
    varied++;
    const found = differences(run(text, input.ext), run(variant, input.ext), except);
    assert.deepEqual(found, [], input.name);
  }
  assert.ok(varied >= inputs.length - 1, `${varied} of ${inputs.length} inputs varied`);
}

/** Text outside markup: a web page's tags and attributes are left as they are. */
const outsideTags = (text: string, ext: string, f: (s: string) => string) =>
  ext === 'html' ? text.replace(/(^|>)([^<]*)/g, (_m, a: string, s: string) => a + f(s)) : f(text);

test('full-width digits are read as the digits they are, with offsets unchanged', () => {
  assert.equal(unifyDigits('行政许可 １２３ ４５．６７ 第１．条'), '行政许可 123 45.67 第1．条');
  const s = '２０２３年 ０ 1';
  assert.equal(unifyDigits(s).length, s.length);
});

test('a report set in full-width digits reads as the same numbers, web pages’ tables included', async () => {
  const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  await eachInput((text, ext) => outsideTags(text, ext, wide));
});

test('numbers printed with a unit (12件) read as the same numbers, rows after the last label included', async () => {
  // Every number standing alone as a cell gets 件; an amount in 万元 then is a count and is refused.
  const withUnit = (s: string) => s.replace(/(?<=^|[ \t|>])(\d+)(?=$|[ \t|<\n])/gm, '$1件');
  await eachInput(
    (text, ext) =>
      ext === 'html' ? text.replace(/(<td[^>]*>(?:<[^>]+>)*\s*)(\d+)(?=\s*<)/g, '$1$2件') : withUnit(text),
    (key) => key.startsWith('table2.fees') || key.startsWith('table2.procurement'),
  );
});

test('sub-rows numbered ①, （1） or 1) instead of 1. are the same rows, also with the table on one line', async () => {
  const circled = (d: string) => String.fromCharCode(0x2460 + Number(d) - 1);
  for (const marker of [circled, (d: string) => `（${d}）`, (d: string) => `${d})`]) {
    const renumber = (s: string) =>
      s.replace(
        /(^|[\s|>])([1-8])[.．、](?=\s*[\u4e00-\u9fff])/gm,
        (_m, a: string, d: string) => a + marker(d),
      );
    await eachInput((text, ext) => outsideTags(text, ext, renumber));
  }
});

test('zeros printed as a not-reported mark (-, /, —) read as not reported, every other number as printed', async () => {
  for (const mark of ['-', '/', '—']) {
    for (const name of seedNames) {
      const text = await readFile(seedPath(name), 'utf8');
      const original = cells(run(text, 'txt'));
      const marked = run(text.replace(/(?<=^|[ \t|])0(?=$|[ \t|\n])/gm, mark), 'txt');
      const unread = (['table2', 'table3', 'table4'] as const).flatMap((t) =>
        Object.entries(marked.tables?.[t] ?? {}).flatMap(([row, cols]) =>
          Object.entries(cols).flatMap(([col, c]) => (c.unread ? [`${t}.${row}.${col}`] : [])),
        ),
      );
      // Not reported, not unread: the mark is read as printed.
      assert.deepEqual(unread, [], `${mark} ${name}`);
      const after = cells(marked);
      for (const [key, value] of original)
        assert.equal(after.get(key), value === 0 ? null : value, `${mark} ${name} ${key}`);
    }
  }
});
