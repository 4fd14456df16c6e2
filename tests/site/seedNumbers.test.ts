import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellPaths, table3Columns, table3Rows } from '../../src/catalogue/index.ts';
import { expectedCell, seedNumbers } from '../fixtures/seedNumbers.ts';
import { attr, byTag, type Element, loadPage, text } from '../lib/html.ts';

const clean = (s: string) => s.replace(/\s+/g, '');

for (const reportId of Object.keys(seedNumbers)) {
  describe(`report page ${reportId}`, async () => {
    const page = await loadPage(`agencies/${reportId}/`);
    const tds = byTag(page, 'td').filter((td) => attr(td, 'data-cell'));

    test('shows all 200 cells of tables 二, 三 and 四, each once', () => {
      const keys = tds.map((td) => attr(td, 'data-cell'));
      assert.deepEqual(
        [...keys].sort(),
        cellPaths()
          .map((c) => c.key)
          .sort(),
      );
    });

    test('every cell shows the number the seed prints', () => {
      for (const td of tds) {
        const key = attr(td, 'data-cell') as string;
        assert.equal(clean(text(td)), String(expectedCell(reportId, key)), key);
      }
    });

    test('table 三 rows read, left to right, the seed numbers under the right row label', () => {
      const table = byTag(page, 'table').find((t) => attr(t, 'id') === 'table3') as Element;
      const bodyRows = byTag(table, 'tbody').flatMap((b) => byTag(b, 'tr'));
      assert.equal(bodyRows.length, 25);
      bodyRows.forEach((tr, i) => {
        const row = table3Rows[i];
        const label = byTag(tr, 'th')
          .filter((th) => attr(th, 'scope') === 'row')
          .map((th) => clean(text(th)));
        assert.deepEqual(label, [clean(`${row?.marker}${row?.label}`)]);
        const numbers = byTag(tr, 'td').map((td) => clean(text(td)));
        const expected = table3Columns.map((c) =>
          String(expectedCell(reportId, `table3.${row?.key}.${c.key}`)),
        );
        assert.deepEqual(numbers, expected, row?.label ?? '');
      });
    });
  });
}
