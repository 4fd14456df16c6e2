/** The data dictionary: every CSV column and JSON cell key → Chinese label → what it holds. */
import {
  allCellPaths,
  cellKeys,
  headingChain,
  printedLabel,
  table2Blocks,
  table2Blocks2019,
  table3RowsOf,
  tableNames,
} from '../../catalogue/index.ts';
import { metaColumns, unitColumn } from './records.ts';
import { zhColumns } from './zhCsv.ts';

export interface DictionaryEntry {
  key: string;
  label: string;
  /** The column's header in the Chinese-headed CSV (data/csv/), e.g. 表三·三、本年度办理结果·（一）予以公开·自然人. */
  header: string;
  meaning: string;
}

const blank = '空白表示报告未填报或收录时未能读取（都不等于 0；是哪一种见 JSON 的 unread）';

/** Where a table 三 row sits in the form, e.g. 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密. */
function table3Path(rowKey: string): string {
  const row = table3RowsOf().find((r) => r.key === rowKey);
  return row ? [...headingChain(row.parent), printedLabel(row)].join(' › ') : rowKey;
}

const units = {
  count: '件数（整数 ≥ 0）',
  amount: '金额（万元，可有小数）',
  signedCount: '增减数（整数，减少为负数）',
  amountWithUnit: '金额（按原文单位，单位见 .unit 列，不换算）',
} as const;

/** Which forms have the cell: both, or only one (the other form's reports leave it empty). */
function forms(key: string): string {
  const in2021 = cellKeys('2021').has(key);
  const in2019 = cellKeys('2019').has(key);
  if (in2021 && in2019) return '';
  return in2021 ? '（仅 2021 年版格式）' : '（仅 2019 年版格式，即 2019、2020 年度报告）';
}

function meaning(
  table: string,
  row: string,
  column: string,
  label: string,
  kind: keyof typeof units,
): string {
  if (table === 'table2') {
    const block = [...table2Blocks, ...table2Blocks2019].find((b) =>
      b.rows.some((r) => r.key === row && b.columns.some((c) => c.key === column)),
    );
    return `${tableNames.table2} 主动公开 ${block?.label ?? ''}：${label.replace(`${tableNames.table2} `, '')}，${units[kind]}；${blank}`;
  }
  if (table === 'table3') {
    const who = column === 'total' ? '各类申请人合计' : `申请人为“${label.split(' ').at(-1)}”`;
    return `${tableNames.table3} ${table3Path(row)}：${who}的申请件数（整数 ≥ 0）；${blank}`;
  }
  return `${tableNames.table4} ${label.replace(`${tableNames.table4} `, '')} 的案件数（整数 ≥ 0）；${blank}`;
}

export function dataDictionary(): DictionaryEntry[] {
  // Both forms' columns, in the keyed CSV's order: the headers of a file holding both forms.
  const { headers } = zhColumns(['2021', '2019']);
  const entries: Omit<DictionaryEntry, 'header'>[] = [
    ...metaColumns.map((c) => ({ key: c.key, label: c.label, meaning: c.meaning })),
    ...allCellPaths().flatMap((c) => {
      const entry = {
        key: c.key,
        label: c.label,
        meaning: `${meaning(c.table, c.row, c.column, c.label, c.kind)}${forms(c.key)}`,
      };
      if (c.kind !== 'amountWithUnit') return [entry];
      const unit = {
        key: unitColumn(c),
        label: `${c.label} 单位`,
        meaning: `${c.label}的单位，如“元”“万元”，照原文${forms(c.key)}`,
      };
      return [entry, unit];
    }),
  ];
  return entries.map((e, i) => ({
    key: e.key,
    label: e.label,
    header: headers[i] as string,
    meaning: e.meaning,
  }));
}
