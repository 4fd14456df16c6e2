/**
 * Where each cell of a report stands in its original, read again by the importer's own front end and
 * table readers: the document line (and the offsets in it) every number was read from. The content
 * records only a row's line or PDF page (`read:`); the site's source view (src/loaders/sourceView.ts)
 * uses this to point a cell at the very line of a PDF page, or at the one paragraph or table row of a
 * web page saved on a single line — and only where the numbers read again are the published ones.
 */
import type { ReportFormat } from '../../../src/catalogue/index.ts';
import type { SourceDoc } from './document.ts';
import { layoutOf } from './layout.ts';
import { readTables } from './readTables.ts';
import { findTitle } from './title.ts';
import type { CellRead, TableName } from './types.ts';

const tableKeys: Record<TableName, string> = { 表二: 'table2', 表三: 'table3', 表四: 'table4' };

/** Every cell the readers read from the document, keyed by its flat key (`table3.newReceived.natural`). */
export function cellPlaces(doc: SourceDoc, format: ReportFormat): Map<string, CellRead> {
  // As importReport reads the tables: the title first, then the tables' regions, then their rows.
  const { lines } = doc;
  const titled = findTitle(lines);
  const { layout } = layoutOf(lines, titled?.end ?? 0, (n) => lines[n - 1] ?? '');
  const out = new Map<string, CellRead>();
  for (const [name, read] of Object.entries(readTables(doc, layout, format)) as [
    TableName,
    { cells: Map<string, CellRead> },
  ][])
    if (layout.tables[name]) for (const [key, cell] of read.cells) out.set(`${tableKeys[name]}.${key}`, cell);
  return out;
}
