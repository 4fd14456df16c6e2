import type { ColumnDef } from './types.ts';

/** The five results counted for each kind of case in table 四. */
export const table4Columns = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const satisfies readonly ColumnDef[];

export type Table4ColumnKey = (typeof table4Columns)[number]['key'];

/** Table 四 — 政府信息公开行政复议、行政诉讼情况: three groups of five numbers. */
export const table4Groups = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'litigationDirect', label: '未经复议直接起诉', group: '行政诉讼' },
  { key: 'litigationAfterReconsideration', label: '复议后起诉', group: '行政诉讼' },
] as const satisfies readonly ColumnDef[];

export type Table4GroupKey = (typeof table4Groups)[number]['key'];
