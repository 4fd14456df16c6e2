import { type Table2Block, table2Items, table2SharedRows } from './table2.ts';
import type { ColumnDef } from './types.ts';

const documentColumns = [
  { key: 'newlyMade', label: '本年新制作数量' },
  { key: 'newlyPublished', label: '本年新公开数量' },
  { key: 'publishedTotal', label: '对外公开总数量' },
] as const satisfies readonly ColumnDef[];

const previousYear = { key: 'previousYear', label: '上一年项目数量' } as const;
/** A decrease is printed as a negative number (“减用负值表示，如-8”). */
const change = {
  key: 'change',
  label: '本年增/减',
  kind: 'signedCount',
  aliases: ['本年增减', '本年增（减）'],
} as const;
/** Same quantity as the 2021 form's 本年处理决定数量, so it shares the key `decisions`. */
const decisions = { key: 'decisions', label: '处理决定数量' } as const;

/**
 * Table 二 — 主动公开政府信息情况, 2019 format (国办公开办函〔2019〕60号, reports for 2019–2020):
 * five blocks. Rows that mean the same as in the 2021 form keep its keys.
 */
export const table2Blocks2019 = [
  {
    key: 'item1',
    label: table2Items.item1,
    kind: 'count',
    columns: documentColumns,
    rows: [
      table2SharedRows.rules,
      { key: 'normativeDocuments', marker: '', label: '规范性文件', aliases: ['行政规范性文件'] },
    ],
  },
  {
    key: 'item5',
    label: table2Items.item5,
    kind: 'count',
    columns: [previousYear, change, decisions],
    rows: [table2SharedRows.licensing, { key: 'otherServices', marker: '', label: '其他对外管理服务事项' }],
  },
  {
    key: 'item6',
    label: table2Items.item6,
    kind: 'count',
    columns: [previousYear, change, decisions],
    rows: [table2SharedRows.penalties, table2SharedRows.coercion],
  },
  {
    key: 'item8',
    label: table2Items.item8,
    kind: 'count',
    columns: [previousYear, change],
    rows: [table2SharedRows.fees],
  },
  {
    key: 'item9',
    label: table2Items.item9,
    kind: 'count',
    columns: [
      { key: 'projects', label: '采购项目数量' },
      { key: 'amount', label: '采购总金额', kind: 'amountWithUnit' },
    ],
    rows: [{ key: 'procurement', marker: '', label: '政府集中采购' }],
  },
] as const satisfies readonly Table2Block[];
