/**
 * Two reports side by side: the three tables laid out as plain grids from the catalogue, and the
 * cells that differ. Pure, so the compare page's script and the tests share it.
 */
import {
  allCellPaths,
  formatCatalogue,
  printedLabel,
  qualifiedLabel,
  type ReportFormat,
  reportFormats,
  type Table2Block,
  type TableKey,
  table3Columns,
  table3RowLabel,
  table3RowsOf,
  table4Columns,
  table4Groups,
  tableCaption,
  tableName,
} from '../catalogue/index.ts';
import type { ReportData } from '../schemas/report.ts';
import { findCell } from './stats/aggregate.ts';

export interface GridSection {
  heading?: string;
  columns: { key: string; label: string }[];
  rows: { label: string; level: number; cells: string[] }[];
}

export interface Grid {
  table: TableKey;
  caption: string;
  sections: GridSection[];
}

/**
 * The three tables as grids of flat cell keys, in printed order, for reports of the given forms
 * (both when two reports of different forms are compared: table 二 then has both forms' blocks).
 */
export function comparisonGrids(formats: readonly ReportFormat[] = ['2021']): Grid[] {
  const distinct = reportFormats.filter((f) => formats.includes(f));
  const blocks: { block: Table2Block; format: ReportFormat }[] = distinct.flatMap((format) =>
    formatCatalogue(format).table2Blocks.map((block) => ({ block, format })),
  );
  const table2: Grid = {
    table: 'table2',
    caption: tableCaption('table2'),
    sections: blocks.map(({ block: b, format }) => ({
      heading: distinct.length > 1 ? `${b.label}（${format} 年版格式）` : b.label,
      columns: [...b.columns],
      rows: b.rows.map((r) => ({
        label: r.label,
        level: 0,
        cells: b.columns.map((c) => `table2.${r.key}.${c.key}`),
      })),
    })),
  };
  const table3: Grid = {
    table: 'table3',
    caption: tableCaption('table3'),
    sections: [
      {
        columns: [...table3Columns],
        rows: table3RowsOf(distinct).map((r) => {
          // Under a sub-heading, the row's label names it: （三）不予公开 1.属于国家秘密.
          const label = table3RowLabel(r);
          return {
            label,
            level: label === printedLabel(r) ? 0 : 1,
            cells: table3Columns.map((c) => `table3.${r.key}.${c.key}`),
          };
        }),
      },
    ],
  };
  const table4: Grid = {
    table: 'table4',
    caption: tableCaption('table4'),
    sections: [
      {
        columns: [...table4Columns],
        rows: table4Groups.map((g) => ({
          label: qualifiedLabel(g),
          level: 0,
          cells: table4Columns.map((c) => `table4.${g.key}.${c.key}`),
        })),
      },
    ],
  };
  return [table2, table3, table4];
}

export interface CellDiff {
  key: string;
  label: string;
  a: CellValue;
  b: CellValue;
  /** Each side as the page shows it: the number, 未填报, 未读取 or 不适用. */
  aText: string;
  bText: string;
  /** In words: +3, −2, or 未填报 → 5. */
  change: string;
}

/** A cell's value, `null` when not reported, `undefined` when the report's form has no such cell. */
export type CellValue = number | null | undefined;

/**
 * A cell as the page shows it: 不适用 when the report's form has no such cell, 未读取 when the
 * importer could not read it, 未填报 when the report left it blank, else the number.
 */
export function cellText(report: ReportData, key: string): string {
  const cell = findCell(report, key);
  if (cell === undefined) return '不适用';
  if (cell.value === null) return cell.unread === undefined ? '未填报' : '未读取';
  return String(cell.value);
}

function change(a: CellValue, b: CellValue, aText: string, bText: string): string {
  if (a === null || b === null || a === undefined || b === undefined) return `${aText} → ${bText}`;
  const d = Math.round((b - a) * 1e6) / 1e6;
  return d > 0 ? `+${d}` : `−${-d}`;
}

/** Each cell's label as the grids print it: 表三 （三）不予公开 1.属于国家秘密 自然人 (unambiguous, unlike a bare 1.). */
function gridLabels(formats: readonly ReportFormat[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const grid of comparisonGrids(formats)) {
    const table = tableName(grid.table);
    for (const s of grid.sections)
      for (const r of s.rows)
        r.cells.forEach((key, i) => {
          labels.set(key, `${table} ${r.label} ${s.columns[i]?.label ?? ''}`);
        });
  }
  return labels;
}

/** The value to show for a cell: `undefined` when the report's form has no such cell. */
export const cellValueOf = (report: ReportData, key: string): CellValue => findCell(report, key)?.value;

/**
 * Every cell whose value differs between report a and report b (blank vs 0 is a difference, and so
 * is a cell not read vs a blank); between reports of different forms, a cell only one form has is
 * listed too (不适用 on the other side).
 */
export function diffReports(a: ReportData, b: ReportData): CellDiff[] {
  const labels = gridLabels([a.format, b.format]);
  return allCellPaths().flatMap((c) => {
    const [va, vb] = [cellValueOf(a, c.key), cellValueOf(b, c.key)];
    if (va === undefined && vb === undefined) return [];
    const [aText, bText] = [cellText(a, c.key), cellText(b, c.key)];
    if (va === vb && aText === bText) return [];
    const label = labels.get(c.key) ?? c.label;
    return [{ key: c.key, label, a: va, b: vb, aText, bText, change: change(va, vb, aText, bText) }];
  });
}

/** The two reports the address names (?a=<report id>&b=<report id>), each only if `find` knows it. */
export function readSelection<T>(
  search: string,
  find: (id: string) => T | undefined,
): { a?: T | undefined; b?: T | undefined } {
  const params = new URLSearchParams(search);
  const pick = (name: string) => {
    const v = params.get(name);
    return v ? find(v) : undefined;
  };
  return { a: pick('a'), b: pick('b') };
}
