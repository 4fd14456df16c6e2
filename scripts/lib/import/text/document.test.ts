import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { repoAgencies, repoContent } from '../../testkit/import.ts';
import { type Imported, importReport } from '../importReport.ts';
import { dropInlineMarkup } from './document.ts';

test('inline markup a converter kept is dropped; a tag broken over lines leaves every later line its number', () => {
  const gfm = '<span\nstyle="font-family: 微软雅黑;">一、总体情况</span><span\nstyle="">\n正文';
  assert.equal(dropInlineMarkup(gfm), '一、总体情况\n\n\n正文');
  // Inside a pipe table's row the row stays one line; the breaks the tag held follow it.
  assert.equal(
    dropInlineMarkup('| <span style="a">0</span><span\nstyle="b"></span> | 1 |\n| x |'),
    '| 0 | 1 |\n\n| x |',
  );
  assert.equal(
    dropInlineMarkup('[一、总体情况]{style="font-family:\n微软雅黑;"}[]{style="x"}\n正文'),
    '一、总体情况\n\n正文',
  );
  // Text without such markup is left as it is, angle brackets and all.
  for (const plain of ['收费<100元的申请', '[1] 注释', 'a\nb']) assert.equal(dropInlineMarkup(plain), plain);
});

test('pandoc’s markdown of a web page (gfm with raw spans, its own bracketed spans, strict), and pipe tables without outer pipes, read as the page itself', async () => {
  const agencies = await repoAgencies();
  const shapes = new URL('../../../../tests/fixtures/shapes/', import.meta.url).pathname;
  const read = async (file: string, ext: string) =>
    importReport({ bytes: await readFile(file), ext, options: { allowPartial: true }, agencies });
  const cells = (r: Imported) =>
    (['table2', 'table3', 'table4'] as const).flatMap((t) =>
      Object.entries(r.tables?.[t] ?? {}).flatMap(([row, cols]) =>
        Object.entries(cols).map(([col, c]) => `${t}.${row}.${col}=${c.value}`),
      ),
    );
  const page = await read(`${repoContent}sources/321322-fazhanhegaigeju/2023.html`, 'html');
  assert.equal(cells(page).length, 200);
  for (const md of [
    'shuyang-2023.pandoc-gfm.md',
    'shuyang-2023.pandoc-markdown.md',
    'shuyang-2023.pandoc-strict.md',
    // A pipe table without its outer pipes (GFM allows it, html2text writes it) reads as with them.
    'shuyang-2023.bare-pipes.md',
  ]) {
    const r = await read(`${shapes}${md}`, 'md');
    assert.deepEqual(r.errors, [], md);
    assert.equal(r.report?.agency, '321322-fazhanhegaigeju', md);
    assert.deepEqual(cells(r), cells(page), md);
  }
});
