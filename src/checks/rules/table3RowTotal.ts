import { checkEquation, gap, identityTerms, instancesOf } from '../equation.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

/** Per row of the report's own form: 总计 = the six applicant columns. */
export const table3RowTotal: Rule = {
  id: 'table3-row-total',
  title: '表三各行总计',
  severity: 'error',
  description:
    '表三每一行：「总计」列应等于自然人与五类法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。',
  check(report: RuleInput): Finding[] {
    return instancesOf(report.data, 'table3-row-total').flatMap((instance) => {
      const left = identityTerms(report.data, instance.left);
      const rowLabel = left[0]?.cell.rowLabel ?? instance.scope;
      const finding = checkEquation({
        rule: table3RowTotal,
        report: report.id,
        left: { label: left[0]?.cell.columnLabel ?? instance.scope, terms: left },
        right: { label: '六类申请人之和', terms: identityTerms(report.data, instance.right) },
        subject: `「${rowLabel}」行总计是否等于各类申请人之和`,
        failed: (l, r) => `表三「${rowLabel}」行：总计为 ${l}，但各类申请人相加为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
