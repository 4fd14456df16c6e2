import { table3Columns, table3Printed } from '../../catalogue/index.ts';
import { checkEquation, gap, identityTerms, instancesOf } from '../equation.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

/** Per column: （七）总计 = the outcome rows （一）…（六） of the report's own form (21 in 2021, 19 in 2019). */
export const table3OutcomeTotal: Rule = {
  id: 'table3-outcome-total',
  title: '表三办理结果总计',
  severity: 'error',
  description: `表三每一列：本年度办理结果的「${table3Printed('outcomeTotal')}」，应等于予以公开、部分公开、不予公开、无法提供、不予处理、其他处理各项之和。`,
  check(report: RuleInput): Finding[] {
    return instancesOf(report.data, 'table3-outcome-total').flatMap((instance) => {
      const label = table3Columns.find((c) => c.key === instance.scope)?.label ?? instance.scope;
      const finding = checkEquation({
        rule: table3OutcomeTotal,
        report: report.id,
        left: { label: table3Printed('outcomeTotal'), terms: identityTerms(report.data, instance.left) },
        right: { label: '（一）至（六）各项之和', terms: identityTerms(report.data, instance.right) },
        subject: `「${label}」列办理结果总计是否等于各项办理结果之和`,
        failed: (l, r) =>
          `表三「${label}」列：办理结果总计为 ${l}，但各项办理结果相加为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
