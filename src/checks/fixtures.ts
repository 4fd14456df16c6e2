/** Test fixtures: a valid, all-zero report built through the real schema, and helpers to break it. */
import {
  reportParts,
  table2Blocks,
  table3Columns,
  table3Rows,
  table4Columns,
  table4Groups,
} from '../catalogue/index.ts';
import { reportSchema } from '../schemas/report.ts';
import type { RuleInput, TableKey } from './types.ts';

const zeros = (columns: readonly { key: string }[]) => Object.fromEntries(columns.map((c) => [c.key, 0]));

/** A body with a preamble stating the statistics period and the six parts' official headings. */
export function sixPartBody(year: number, prose: Partial<Record<number, string>> = {}): string {
  const preamble = `根据《中华人民共和国政府信息公开条例》规定，本报告所列数据统计期限为 ${year} 年 1 月 1 日至 ${year} 年 12 月 31 日。`;
  const parts = reportParts.map((p) => `## ${p.numeral}、${p.title}\n\n${prose[p.number] ?? ''}`.trim());
  return [preamble, ...parts].join('\n\n');
}

/** An all-zero report of 示例区司法局 for `year` (default 2021) that passes every rule. */
export function makeReport(year = 2021, agency = '000000-shili'): RuleInput {
  const data = reportSchema.parse({
    agency,
    year,
    format: '2021',
    title: `示例区司法局${year}年政府信息公开工作年度报告`,
    source: { file: `sources/${agency}/${year}.txt`, sha256: '0'.repeat(64), kind: 'text' },
    table2: Object.fromEntries(table2Blocks.flatMap((b) => b.rows.map((r) => [r.key, zeros(b.columns)]))),
    table3: Object.fromEntries(table3Rows.map((r) => [r.key, zeros(table3Columns)])),
    table4: Object.fromEntries(table4Groups.map((g) => [g.key, zeros(table4Columns)])),
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
