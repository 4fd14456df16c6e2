/** Builds valid report frontmatter from the catalogue, for tests that then break one thing. */
import {
  formatCatalogue,
  type ReportFormat,
  table3Columns,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';

const zeros = (columns: readonly { key: string }[]) => Object.fromEntries(columns.map((c) => [c.key, 0]));

/** Every table of the given form with all cells 0. */
export function zeroTables(format: ReportFormat = '2021') {
  const { table2Blocks, table3Rows } = formatCatalogue(format);
  return {
    table2: Object.fromEntries(table2Blocks.flatMap((b) => b.rows.map((r) => [r.key, zeros(b.columns)]))),
    table3: Object.fromEntries(table3Rows.map((r) => [r.key, zeros(table3Columns)])),
    table4: Object.fromEntries(table4Groups.map((g) => [g.key, zeros(table4Columns)])),
  } as {
    table2: Record<string, Record<string, unknown>>;
    table3: Record<string, Record<string, unknown>>;
    table4: Record<string, Record<string, unknown>>;
  };
}

export function zeroReportInput(
  format: ReportFormat = '2021',
): Record<string, unknown> & ReturnType<typeof zeroTables> {
  return {
    agency: '640302-sifaju',
    year: format === '2019' ? 2020 : 2023,
    format,
    title: `利通区司法局${format === '2019' ? 2020 : 2023}年政府信息公开工作年度报告`,
    source: { file: 'sources/640302-sifaju/2023.txt', sha256: 'a'.repeat(64), kind: 'text' },
    ...zeroTables(format),
  };
}
