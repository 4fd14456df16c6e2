/**
 * Two reports side by side: the three tables laid out as plain grids from the catalogue, and the
 * cells that differ. Pure, so the compare page's script and the tests share it.
 */
import {
  cellPaths,
  table2Blocks,
  table3Columns,
  table3Groups,
  table3Rows,
  table4Columns,
  table4Groups,
} from '../catalogue/index.ts';
import type { ReportData } from '../schemas/report.ts';
import { cellByKey } from './stats/aggregate.ts';

export interface GridSection {
  heading?: string;
  columns: { key: string; label: string }[];
  rows: { label: string; level: number; cells: string[] }[];
}

export interface Grid {
  table: 'table2' | 'table3' | 'table4';
  caption: string;
  sections: GridSection[];
}

const groupLabel = (key: string) => {
  const g = table3Groups.find((x) => x.key === key);
  return g && 'parent' in g ? `${g.marker}${g.label}` : '';
};

/** The three tables as grids of flat cell keys, in printed order. */
export function comparisonGrids(): Grid[] {
  const table2: Grid = {
    table: 'table2',
    caption: '表二　主动公开政府信息情况',
    sections: table2Blocks.map((b) => ({
      heading: b.label,
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
    caption: '表三　收到和处理政府信息公开申请情况',
    sections: [
      {
        columns: [...table3Columns],
        rows: table3Rows.map((r) => {
          const parent = 'parent' in r ? groupLabel(r.parent) : '';
          return {
            label: parent ? `${parent} ${r.marker}${r.label}` : `${r.marker}${r.label}`,
            level: parent ? 1 : 0,
            cells: table3Columns.map((c) => `table3.${r.key}.${c.key}`),
          };
        }),
      },
    ],
  };
  const table4: Grid = {
    table: 'table4',
    caption: '表四　政府信息公开行政复议、行政诉讼情况',
    sections: [
      {
        columns: [...table4Columns],
        rows: table4Groups.map((g) => ({
          label: 'group' in g ? `${g.group}·${g.label}` : g.label,
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
  a: number | null;
  b: number | null;
  /** In words: +3, −2, or 未填报 → 5. */
  change: string;
}

const shown = (v: number | null) => (v === null ? '未填报' : String(v));

function change(a: number | null, b: number | null): string {
  if (a === null || b === null) return `${shown(a)} → ${shown(b)}`;
  const d = Math.round((b - a) * 1e6) / 1e6;
  return d > 0 ? `+${d}` : `−${-d}`;
}

/** Each cell's label as the grids print it: 表三 （三）不予公开 1.属于国家秘密 自然人 (unambiguous, unlike a bare 1.). */
function gridLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const grid of comparisonGrids()) {
    const table = grid.caption.split('　')[0];
    for (const s of grid.sections)
      for (const r of s.rows)
        r.cells.forEach((key, i) => {
          labels.set(key, `${table} ${r.label} ${s.columns[i]?.label ?? ''}`);
        });
  }
  return labels;
}

/** Every cell whose value differs between report a and report b (blank vs 0 is a difference). */
export function diffReports(a: ReportData, b: ReportData): CellDiff[] {
  const labels = gridLabels();
  return cellPaths().flatMap((c) => {
    const [va, vb] = [cellByKey(a, c.key).value, cellByKey(b, c.key).value];
    const label = labels.get(c.key) ?? c.label;
    return va === vb ? [] : [{ key: c.key, label, a: va, b: vb, change: change(va, vb) }];
  });
}

/** The two report ids from the address (?a=…&b=…), kept only if they are reports the site has. */
export function readSelection(search: string, known: readonly string[]): { a?: string; b?: string } {
  const params = new URLSearchParams(search);
  const pick = (name: string) => {
    const v = params.get(name);
    return v && known.includes(v) ? v : undefined;
  };
  return { a: pick('a'), b: pick('b') };
}
