import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { astroBuild, copyContent } from '../lib/build.ts';

const reportFile = 'reports/640500-sifaju/2023.md';

/** Builds a copy of the content with one edit to the 中卫 2023 report, returning the build's result. */
async function buildWithEdit(edit: (text: string) => string) {
  const dir = await copyContent();
  const path = join(dir, reportFile);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, 'the edit must change the file');
  await writeFile(path, after);
  return { ...(await astroBuild(dir, join(dir, 'dist'))), path };
}

describe('bad content stops the build with a message naming the file and the field', {
  concurrency: 2,
}, () => {
  test('a negative cell', async () => {
    const r = await buildWithEdit((t) =>
      t.replace('newReceived: { natural: 1, commercial: 0', 'newReceived: { natural: 1, commercial: -2'),
    );
    assert.notEqual(r.code, 0);
    assert.match(r.output, /640500-sifaju\/2023/);
    assert.match(r.output, /table3\.newReceived\.commercial: a count cannot be negative/);
  });

  test('a non-numeric cell', async () => {
    const r = await buildWithEdit((t) =>
      t.replace('licensing: { decisions: 74 }', 'licensing: { decisions: 七十四 }'),
    );
    assert.notEqual(r.code, 0);
    assert.match(r.output, /640500-sifaju\/2023/);
    assert.match(r.output, /table2\.licensing\.decisions: expected a whole number ≥ 0.*got "七十四"/);
  });

  test('a missing row', async () => {
    const r = await buildWithEdit((t) => t.replace(/^ {2}carriedOver: .*\n/m, ''));
    assert.notEqual(r.code, 0);
    assert.match(r.output, /640500-sifaju\/2023/);
    assert.match(r.output, /table3\.carriedOver/);
  });

  test('an unknown agency', async () => {
    const r = await buildWithEdit((t) => t.replace('agency: 640500-sifaju', 'agency: 640500-nosuch'));
    assert.notEqual(r.code, 0);
    assert.match(r.output, /reports\/640500-sifaju\/2023\.md: agency: unknown agency "640500-nosuch"/);
  });

  test('a year that is not a number', async () => {
    const r = await buildWithEdit((t) => t.replace('year: 2023', 'year: 二〇二三'));
    assert.notEqual(r.code, 0);
    assert.match(r.output, /640500-sifaju\/2023/);
    assert.match(r.output, /2023\.md: year: Invalid input: expected number, received string/);
  });
});

describe('cells the report left blank', () => {
  test('build, and show as 未填报 with the source marker, never as 0; a remark stays beside its number', async () => {
    const r = await buildWithEdit((t) =>
      t
        .replace(
          'rules: { issued: 0, repealed: 0, inForce: 0 }',
          'rules: { issued: null, repealed: "/", inForce: 0 }',
        )
        .replace(
          'licensing: { decisions: 74 }',
          'licensing: { decisions: { value: 74, note: "其中当场办结70件" } }',
        ),
    );
    assert.equal(r.code, 0, r.output);
    const html = await readFile(join(r.outDir, 'agencies/640500-sifaju/2023/index.html'), 'utf8');
    const cell = (key: string) =>
      new RegExp(`<td [^>]*data-cell="${key.replace(/\./g, '\\.')}"[^>]*>(.*?)</td>`).exec(html)?.[0] ?? '';
    // Each cell's text may be a link to its line of the original (原文对照).
    assert.match(cell('table2.rules.issued'), /class="not-reported"[^>]*>(?:<a [^>]*>)?未填报</);
    assert.match(cell('table2.rules.repealed'), /原文填写“\/”/);
    assert.match(cell('table2.rules.repealed'), />未填报</);
    assert.match(cell('table2.rules.inForce'), />0</);
    assert.match(
      cell('table2.licensing.decisions'),
      />74(?:<\/a>)?<span class="cell-note">（其中当场办结70件）<\/span>/,
    );
  });
});
