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

/**
 * The rows both forms print, by key: the 2019 form (table2-2019.ts) takes these, so that a row that
 * means the same has one definition.
 */
export const table2SharedRows = {
  rules: { key: 'rules', marker: '', label: '规章' },
  licensing: { key: 'licensing', marker: '', label: '行政许可' },
  penalties: { key: 'penalties', marker: '', label: '行政处罚' },
  coercion: { key: 'coercion', marker: '', label: '行政强制' },
  fees: { key: 'fees', marker: '', label: '行政事业性收费' },
} as const satisfies Record<string, RowDef>;

/** The printed heading of each block of either form: the item of 条例第二十条 it reports under. */
export const table2Items = {
  item1: '第二十条第（一）项',
  item5: '第二十条第（五）项',
  item6: '第二十条第（六）项',
  item8: '第二十条第（八）项',
  item9: '第二十条第（九）项',
} as const;

/** Table 二 — 主动公开政府信息情况, 2021 format: four blocks. */
export const table2Blocks = [
  {
    key: 'item1',
    label: table2Items.item1,
    kind: 'count',
    columns: documentColumns,
    rows: [
      table2SharedRows.rules,
      { key: 'normativeDocuments', marker: '', label: '行政规范性文件', aliases: ['规范性文件'] },
    ],
  },
  {
    key: 'item5',
    label: table2Items.item5,
    kind: 'count',
    columns: decisionColumns,
    rows: [table2SharedRows.licensing],
  },
  {
    key: 'item6',
    label: table2Items.item6,
    kind: 'count',
    columns: decisionColumns,
    rows: [table2SharedRows.penalties, table2SharedRows.coercion],
  },
  {
    key: 'item8',
    label: table2Items.item8,
    kind: 'amount',
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
    rows: [table2SharedRows.fees],
  },
] as const satisfies readonly Table2Block[];
