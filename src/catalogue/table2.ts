import type { CellKind, ColumnDef, RowDef } from './types.ts';

/** One block of table 二: the rows reported under one item of 条例第二十条. */
export interface Table2Block {
  readonly key: string;
  /** The printed block heading, e.g. 第二十条第（一）项. */
  readonly label: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  /** What the block's cells hold: counts, or an amount in 万元. */
  readonly kind: CellKind;
}

const documentColumns = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数', aliases: ['本年度止件数'] },
  { key: 'inForce', label: '现行有效件数' },
] as const satisfies readonly ColumnDef[];

const decisionColumns = [
  { key: 'decisions', label: '本年处理决定数量' },
] as const satisfies readonly ColumnDef[];

/** Table 二 — 主动公开政府信息情况, 2021 format: four blocks. */
export const table2Blocks = [
  {
    key: 'item1',
    label: '第二十条第（一）项',
    kind: 'count',
    columns: documentColumns,
    rows: [
      { key: 'rules', marker: '', label: '规章' },
      { key: 'normativeDocuments', marker: '', label: '行政规范性文件', aliases: ['规范性文件'] },
    ],
  },
  {
    key: 'item5',
    label: '第二十条第（五）项',
    kind: 'count',
    columns: decisionColumns,
    rows: [{ key: 'licensing', marker: '', label: '行政许可' }],
  },
  {
    key: 'item6',
    label: '第二十条第（六）项',
    kind: 'count',
    columns: decisionColumns,
    rows: [
      { key: 'penalties', marker: '', label: '行政处罚' },
      { key: 'coercion', marker: '', label: '行政强制' },
    ],
  },
  {
    key: 'item8',
    label: '第二十条第（八）项',
    kind: 'amount',
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
    rows: [{ key: 'fees', marker: '', label: '行政事业性收费' }],
  },
] as const satisfies readonly Table2Block[];
