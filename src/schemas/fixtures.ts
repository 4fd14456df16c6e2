/** Builds valid report frontmatter from the catalogue, for tests that then break one thing. */
import { table2Blocks, table3Columns, table3Rows, table4Columns, table4Groups } from '../catalogue/index.ts';

const zeros = (columns: readonly { key: string }[]) => Object.fromEntries(columns.map((c) => [c.key, 0]));

export function zeroReportInput(): Record<string, unknown> & {
  table2: Record<string, Record<string, unknown>>;
  table3: Record<string, Record<string, unknown>>;
  table4: Record<string, Record<string, unknown>>;
} {
  return {
    agency: '640302-sifaju',
    year: 2023,
    format: '2021',
    title: '利通区司法局2023年政府信息公开工作年度报告',
    source: { file: 'sources/640302-sifaju/2023.txt', sha256: 'a'.repeat(64), kind: 'text' },
    table2: Object.fromEntries(table2Blocks.flatMap((b) => b.rows.map((r) => [r.key, zeros(b.columns)]))),
    table3: Object.fromEntries(table3Rows.map((r) => [r.key, zeros(table3Columns)])),
    table4: Object.fromEntries(table4Groups.map((g) => [g.key, zeros(table4Columns)])),
  };
}
