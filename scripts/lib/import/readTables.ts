/**
 * The three tables of a laid-out document, each read by its reader from the rows of its region: the
 * front end's own table rows when it has them (HTML, PDF), else the text lines tokenized. Used by the
import and by the source view's re-reading (places.ts), so both read a table the same way.
 */
import { type ReportFormat, tableNames } from '../../../src/catalogue/index.ts';
import type { SourceDoc } from './document.ts';
import type { Layout } from './layout.ts';
import { textSegments } from './segments.ts';
import { readTable2 } from './table2.ts';
import { readTable3 } from './table3.ts';
import { readTable4 } from './table4.ts';
import type { TableName, TableRead } from './types.ts';

export function readTables(
  doc: SourceDoc,
  layout: Layout,
  format: ReportFormat,
): Record<TableName, TableRead> {
  const { lines } = doc;
  const lineText = (n: number) => lines[n - 1] ?? '';
  const segmentsOf = (name: TableName) => {
    const [start, end] = layout.tables[name] ?? [0, 0];
    return doc.tableSegments
      ? doc.tableSegments(start, end)
      : textSegments(lines.slice(start, end), start + 1);
  };
  return {
    [tableNames.table2]: readTable2(segmentsOf(tableNames.table2), lineText, format),
    [tableNames.table3]: readTable3(segmentsOf(tableNames.table3), lineText, format),
    [tableNames.table4]: readTable4(segmentsOf(tableNames.table4), lineText),
  };
}
