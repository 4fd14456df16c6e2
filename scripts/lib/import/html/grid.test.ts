import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { textOf } from './dom.ts';
import { buildGrid } from './grid.ts';

type Element = DefaultTreeAdapterTypes.Element;

function grid(html: string) {
  const table = parseFragment(html, { sourceCodeLocationInfo: true }).childNodes.find(
    (n): n is Element => 'tagName' in n && n.tagName === 'table',
  ) as Element;
  const g = buildGrid(table, textOf);
  return { ...g, texts: g.rows.map((r) => r.map((c) => `${c.text}@${c.col}`)) };
}

test('rowspan and colspan place every later cell in the column a browser puts it', () => {
  const g = grid(`<table>
    <tr><td rowspan="2" colspan="2">合并</td><td>a</td></tr>
    <tr><td>b</td></tr>
    <tr><td>c</td><td colspan="2">d</td></tr>
  </table>`);
  assert.deepEqual(g.texts, [['合并@0', 'a@2'], ['b@2'], ['c@0', 'd@1']]);
  assert.equal(g.columns, 3);
});

test('rowspan="0" runs to the last row; spans beyond the table are cut off; nonsense spans count as 1', () => {
  const g = grid(`<table><tbody>
    <tr><td rowspan="0">组</td><td>1</td></tr>
    <tr><td>2</td></tr>
    <tr><td rowspan="9">3</td><td colspan="x">4</td></tr>
  </tbody></table>`);
  assert.deepEqual(g.texts, [['组@0', '1@1'], ['2@1'], ['3@1', '4@2']]);
  assert.deepEqual(
    g.cells.map((c) => c.rowspan),
    [3, 1, 1, 1, 1],
  );
});

test('rows of thead, tbody and tfoot are read in document order; a nested table’s rows are not the outer table’s', () => {
  const g = grid(`<table>
    <thead><tr><th>表头</th></tr></thead>
    <tbody><tr><td><table><tr><td>内</td></tr></table></td></tr></tbody>
    <tfoot><tr><td>表尾</td></tr></tfoot>
  </table>`);
  assert.deepEqual(
    g.rows.map((r) => r.length),
    [1, 1, 1],
  );
  assert.equal(g.rows[0]?.[0]?.text, '表头');
  assert.equal(g.rows[2]?.[0]?.text, '表尾');
});

test('a cell’s paragraphs and &nbsp; runs join into its text without spaces inside Chinese words', () => {
  const g = grid(
    '<table><tr><td><p>商业</p><p>企业</p></td><td>本年&nbsp;&nbsp;制发件数</td><td> 2&nbsp;</td></tr></table>',
  );
  assert.deepEqual(
    g.rows[0]?.map((c) => c.text),
    ['商业企业', '本年制发件数', '2'],
  );
});
