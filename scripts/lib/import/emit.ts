/**
 * The report file: frontmatter written by this small emitter (fixed key order, one flow mapping per
 * table row, catalogue order), then the Markdown body. Same input, same bytes.
 */
import {
  formatCatalogue,
  type ReportFormat,
  table3Columns,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import type { Cell } from '../../../src/schemas/cell.ts';
import type { Readings } from '../../../src/schemas/reading.ts';

export type TableCells = Record<string, Record<string, Cell>>;

export interface ReportOut {
  agency: string;
  year: number;
  format: ReportFormat;
  title: string;
  source: {
    file: string;
    sha256: string;
    kind: 'text' | 'html' | 'pdf';
    url?: string;
    /** When the agency published it (YYYY-MM-DD), when the source says. */
    published?: string;
    /** The day it was imported (YYYY-MM-DD). */
    imported?: string;
  };
  /** How each row was read, and where. */
  read?: Readings;
  table2: TableCells;
  table3: TableCells;
  table4: TableCells;
}

/** A number as YAML reads it back: plain digits, never exponent notation. */
function number(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n}`);
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

/**
 * One cell: `0`, `null`, `{ value: null, raw: "/" }`, `{ value: 22, note: "其中修订16件" }` or
 * `{ value: 2792220.8, unit: "元" }`.
 */
export function emitCell(c: Cell): string {
  const v = c.value === null ? 'null' : number(c.value);
  if (c.note === undefined && c.raw === undefined && c.unit === undefined && c.unread === undefined) return v;
  const parts = [`value: ${v}`];
  if (c.unit !== undefined) parts.push(`unit: ${JSON.stringify(c.unit)}`);
  if (c.note !== undefined) parts.push(`note: ${JSON.stringify(c.note)}`);
  if (c.raw !== undefined) parts.push(`raw: ${JSON.stringify(c.raw)}`);
  if (c.unread !== undefined) parts.push(`unread: ${JSON.stringify(c.unread)}`);
  return `{ ${parts.join(', ')} }`;
}

function emitRows(
  name: string,
  table: TableCells,
  rows: readonly { key: string; columns: readonly { key: string }[] }[],
): string[] {
  return [
    `${name}:`,
    ...rows.map((r) => {
      const cells = r.columns.map((c) => {
        const cell = table[r.key]?.[c.key];
        if (!cell) throw new Error(`${name}.${r.key}.${c.key} missing`);
        return `${c.key}: ${emitCell(cell)}`;
      });
      return `  ${r.key}: { ${cells.join(', ')} }`;
    }),
  ];
}

/** `read:` one line per row (or cell): `  table3.newReceived: { how: label, line: 52 }`. */
function emitReadings(read: Readings | undefined): string[] {
  const entries = Object.entries(read ?? {});
  if (!entries.length) return [];
  return [
    'read:',
    ...entries.map(([key, r]) => {
      const at = r.page !== undefined ? `, page: ${r.page}` : r.line !== undefined ? `, line: ${r.line}` : '';
      return `  ${key}: { how: ${r.how}${at} }`;
    }),
  ];
}

/** The whole report file, its tables in the order of its form's catalogue. */
export function emitReport(r: ReportOut, body: string): string {
  const { table2Blocks, table3Rows } = formatCatalogue(r.format);
  const lines = [
    '---',
    `agency: ${r.agency}`,
    `year: ${r.year}`,
    `format: '${r.format}'`,
    `title: ${JSON.stringify(r.title)}`,
    'source:',
    `  file: ${r.source.file}`,
    `  sha256: ${r.source.sha256}`,
    `  kind: ${r.source.kind}`,
    ...(r.source.url ? [`  url: ${JSON.stringify(r.source.url)}`] : []),
    // Quoted: YAML would read a bare 2024-01-19 as a timestamp.
    ...(r.source.published ? [`  published: "${r.source.published}"`] : []),
    ...(r.source.imported ? [`  imported: "${r.source.imported}"`] : []),
    ...emitReadings(r.read),
    ...emitRows(
      'table2',
      r.table2,
      table2Blocks.flatMap((b) => b.rows.map((row) => ({ key: row.key, columns: b.columns }))),
    ),
    ...emitRows(
      'table3',
      r.table3,
      table3Rows.map((row) => ({ key: row.key, columns: table3Columns })),
    ),
    ...emitRows(
      'table4',
      r.table4,
      table4Groups.map((g) => ({ key: g.key, columns: table4Columns })),
    ),
    '---',
  ];
  return `${lines.join('\n')}\n\n${body}`;
}
