/** The data dictionary: every CSV column and JSON cell key → Chinese label → what it holds. */
import { cellPaths, table2Blocks, table3Groups, table3Rows } from '../../catalogue/index.ts';
import { metaColumns } from './records.ts';

export interface DictionaryEntry {
  key: string;
  label: string;
  meaning: string;
}

const blank = '空白表示报告未填报（不等于 0）';

/** Where a table 三 row sits in the form, e.g. 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密. */
function table3Path(rowKey: string): string {
  const row = table3Rows.find((r) => r.key === rowKey);
  if (!row) return rowKey;
  const chain: string[] = [`${row.marker}${row.label}`];
  let parent = 'parent' in row ? (row.parent as string | undefined) : undefined;
  while (parent) {
    const g = table3Groups.find((x) => x.key === parent);
    if (!g) break;
    chain.unshift(`${g.marker}${g.label}`);
    parent = 'parent' in g ? (g.parent as string | undefined) : undefined;
  }
  return chain.join(' › ');
}

function meaning(table: string, row: string, column: string, label: string): string {
  if (table === 'table2') {
    const block = table2Blocks.find((b) => b.rows.some((r) => r.key === row));
    const unit = block?.kind === 'amount' ? '金额（万元，可有小数）' : '件数（整数 ≥ 0）';
    return `表二 主动公开 ${block?.label ?? ''}：${label.replace(/^表二 /, '')}，${unit}；${blank}`;
  }
  if (table === 'table3') {
    const who = column === 'total' ? '各类申请人合计' : `申请人为“${label.split(' ').at(-1)}”`;
    return `表三 ${table3Path(row)}：${who}的申请件数（整数 ≥ 0）；${blank}`;
  }
  return `表四 ${label.replace(/^表四 /, '')} 的案件数（整数 ≥ 0）；${blank}`;
}

export function dataDictionary(): DictionaryEntry[] {
  return [
    ...metaColumns.map((c) => ({ key: c.key, label: c.label, meaning: c.meaning })),
    ...cellPaths().map((c) => ({
      key: c.key,
      label: c.label,
      meaning: meaning(c.table, c.row, c.column, c.label),
    })),
  ];
}
