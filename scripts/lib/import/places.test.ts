import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { readingOf } from '../../../src/schemas/reading.ts';
import { loadContent } from '../content.ts';
import { repoContent } from '../testkit/import.ts';
import { pdfDocument } from './pdf/document.ts';
import { cellPlaces } from './places.ts';
import { documentOf } from './source.ts';

const { reports } = await loadContent(repoContent);

/**
 * Every bundled report read again: each cell's number where `read:` says — the same PDF page, the
 * same HTML source line, the recorded text line or just below it (a row's last number wrapped).
 */
for (const id of [
  '640302-sifaju/2023',
  '410307-sifaju/2023',
  '321322-fazhanhegaigeju/2023',
  '320813-renminzhengfu/2023',
]) {
  test(`${id}: read again, every cell is the published number, where read: records it`, async () => {
    const report = reports.find((r) => r.id === id);
    assert.ok(report);
    const { file, kind } = report.data.source;
    const bytes = new Uint8Array(await readFile(join(repoContent, file)));
    const doc = kind === 'pdf' ? await pdfDocument(bytes) : documentOf({ bytes, ext: kind }, []);
    assert.ok('lines' in doc);
    const places = cellPlaces(doc, report.data.format);
    let read = 0;
    for (const [table, rows] of Object.entries({
      table2: report.data.table2,
      table3: report.data.table3,
      table4: report.data.table4,
    }))
      for (const [row, cells] of Object.entries(
        rows as Record<string, Record<string, { value: number | null }>>,
      ))
        for (const [column, cell] of Object.entries(cells)) {
          const key = `${table}.${row}.${column}`;
          const place = places.get(key);
          const recorded = readingOf(report.data.read, key);
          if (!place) continue;
          read++;
          assert.equal(place.cell.value, cell.value, key);
          assert.equal(place.how, recorded.how, key);
          const at: { line?: number; page?: number } = doc.locate?.(place.line) ?? { line: place.line };
          if (recorded.page !== undefined) assert.equal(at.page, recorded.page, key);
          else {
            const line = at.line ?? 0;
            assert.ok(
              line >= (recorded.line ?? 0) && line <= (recorded.line ?? 0) + 1,
              `${key}: line ${line}`,
            );
          }
        }
    assert.ok(read >= 75, `${read} cells read again`);
  });
}
