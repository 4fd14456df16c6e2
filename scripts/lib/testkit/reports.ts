/** Test fixtures: a valid, all-zero report built through the real schema, and helpers to break it. */
import { type ReportFormat, reportParts } from '../../../src/catalogue/index.ts';
import type { RuleInput, TableKey } from '../../../src/checks/types.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { zeroTables } from './tables.ts';

/** A body with a preamble stating the statistics period and the six parts' official headings. */
export function sixPartBody(year: number, prose: Partial<Record<number, string>> = {}): string {
  const preamble = `根据《中华人民共和国政府信息公开条例》规定，本报告所列数据统计期限为 ${year} 年 1 月 1 日至 ${year} 年 12 月 31 日。`;
  const parts = reportParts.map((p) => `## ${p.numeral}、${p.title}\n\n${prose[p.number] ?? ''}`.trim());
  return [preamble, ...parts].join('\n\n');
}

/**
 * An all-zero report of 示例区司法局 for `year` (default 2021) that passes every rule, in the form
 * its year used unless `format` says otherwise.
 */
export function makeReport(
  year = 2021,
  agency = '000000-shili',
  format: ReportFormat = year < 2021 ? '2019' : '2021',
): RuleInput {
  const data = reportSchema.parse({
    agency,
    year,
    format,
    title: `示例区司法局${year}年政府信息公开工作年度报告`,
    source: { file: `sources/${agency}/${year}.txt`, sha256: '0'.repeat(64), kind: 'text' },
    ...zeroTables(format),
  });
  return { id: `${agency}/${year}`, data, body: sixPartBody(year) };
}

/** Sets one cell in place (null = not reported) and returns the report, for chaining in tests. */
export function setCell(
  report: RuleInput,
  table: TableKey,
  row: string,
  column: string,
  value: number | null,
): RuleInput {
  const rows = report.data[table] as unknown as Record<string, Record<string, { value: number | null }>>;
  const cells = rows[row];
  if (!cells?.[column]) throw new Error(`no cell ${table}.${row}.${column}`);
  cells[column] = { value };
  return report;
}
