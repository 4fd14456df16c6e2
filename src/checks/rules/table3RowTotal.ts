import { formatCatalogue, table3ApplicantColumns } from '../../catalogue/index.ts';
import { cellValue, table3Cell } from '../cells.ts';
import { checkEquation, gap } from '../equation.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

/** Per row of the report's own form: 总计 = the six applicant columns. */
export const table3RowTotal: Rule = {
  id: 'table3-row-total',
  title: '表三各行总计',
  severity: 'error',
  description:
    '表三每一行：「总计」列应等于自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。',
  check(report: RuleInput): Finding[] {
    return formatCatalogue(report.data.format).table3Rows.flatMap((row) => {
      const term = (column: Parameters<typeof table3Cell>[1]) => {
        const cell = table3Cell(row.key as Parameters<typeof table3Cell>[0], column);
        return { cell, value: cellValue(report.data, cell) };
      };
      const total = term('total');
      const finding = checkEquation({
        rule: table3RowTotal,
        report: report.id,
        left: { label: '总计', terms: [total] },
        right: { label: '六类申请人之和', terms: table3ApplicantColumns.map((c) => term(c.key)) },
        subject: `「${total.cell.rowLabel}」行总计是否等于各类申请人之和`,
        failed: (l, r) =>
          `表三「${total.cell.rowLabel}」行：总计为 ${l}，但各类申请人相加为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
