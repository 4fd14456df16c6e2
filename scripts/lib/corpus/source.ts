/**
 * The "original" kept beside a generated report (content/sources/<id>/<year>.txt): the report as
 * text extracted from a PDF would read, tables as tab-separated rows under their part headings, so
 * the site publishes a source of realistic size for every report.
 */
import {
  printedLabel,
  table2Blocks,
  table3Columns,
  table3Rows,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import type { Cell } from '../../../src/schemas/cell.ts';
import type { TableCells } from '../import/emit.ts';
import type { Tables } from './tables.ts';

const text = (c: Cell | undefined) =>
  c === undefined || c.value === null ? (c?.raw ?? '') : String(c.value);
const row = (label: string, table: TableCells, key: string, columns: readonly { key: string }[]) =>
  [label, ...columns.map((c) => text(table[key]?.[c.key]))].join('\t');

function tableText(part: number, tables: Tables): string[] {
  if (part === 2)
    return table2Blocks.flatMap((b) => [
      b.label,
      ['信息内容', ...b.columns.map((c) => c.label)].join('\t'),
      ...b.rows.map((r) => row(r.label, tables.table2, r.key, b.columns)),
    ]);
  if (part === 3)
    return [
      ['', ...table3Columns.map((c) => c.label)].join('\t'),
      ...table3Rows.map((r) => row(printedLabel(r), tables.table3, r.key, table3Columns)),
    ];
  if (part === 4)
    return [
      table4Groups.map((g) => g.label).join('\t'),
      table4Groups.flatMap(() => table4Columns.map((c) => c.label)).join('\t'),
      table4Groups.flatMap((g) => table4Columns.map((c) => text(tables.table4[g.key]?.[c.key]))).join('\t'),
    ];
  return [];
}

export function sourceText(title: string, body: string, tables: Tables): string {
  const lines = [title, ''];
  for (const line of body.split('\n')) {
    const heading = /^## ([二三四])、/.exec(line);
    lines.push(line.replace(/^## /, ''));
    if (heading) lines.push(...tableText(' 一二三四'.indexOf(heading[1] as string), tables));
  }
  return `${lines.join('\n')}\n`;
}
