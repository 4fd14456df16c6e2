/**
 * Where each cell of a report stands in its original, read again by the importer's own front end and
 * table readers: the document line (and the offsets in it) every number was read from. The content
 * records only a row's line or PDF page (`read:`); the site's source view (src/data/sourceView.ts)
 * uses this to point a cell at the very line of a PDF page, or at the one paragraph or table row of a
 * web page saved on a single line — and only where the numbers read again are the published ones.
 */
import type { ReportFormat } from '../../../src/catalogue/index.ts';
import type { SourceDoc } from './document.ts';
import { layoutOf } from './layout.ts';
import { textSegments } from './segments.ts';
import { readTable2 } from './table2.ts';
import { readTable3 } from './table3.ts';
import { readTable4 } from './table4.ts';
import { findTitle } from './title.ts';
import type { CellRead, TableName } from './types.ts';

/** Every cell the readers read from the document, keyed by its flat key (`table3.newReceived.natural`). */
export function cellPlaces(doc: SourceDoc, format: ReportFormat): Map<string, CellRead> {
  // As importReport reads the tables: the title first, then the tables' regions, then their rows.
  const { lines } = doc;
  const lineText = (n: number) => lines[n - 1] ?? '';
  const titled = findTitle(lines);
  const { layout } = layoutOf(lines, titled?.end ?? 0, lineText);
  const segmentsOf = (name: TableName) => {
    const [start, end] = layout.tables[name] ?? [0, 0];
    return doc.tableSegments
      ? doc.tableSegments(start, end)
      : textSegments(lines.slice(start, end), start + 1);
  };
  const out = new Map<string, CellRead>();
  const add = (table: string, read: ReturnType<typeof readTable4>) => {
    for (const [key, cell] of read.cells) out.set(`${table}.${key}`, cell);
  };
  if (layout.tables.表二) add('table2', readTable2(segmentsOf('表二'), lineText, format));
  if (layout.tables.表三) add('table3', readTable3(segmentsOf('表三'), lineText, format));
  if (layout.tables.表四) add('table4', readTable4(segmentsOf('表四'), lineText));
  return out;
}
