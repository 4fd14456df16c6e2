import { table3Columns, table3Printed } from '../../catalogue/index.ts';
import { checkEquation, gap, identityTerms, instancesOf } from '../equation.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

/** Table 三's own printed identity, per column: 一 + 二 = 三（七）总计 + 四. */
export const table3Balance: Rule = {
  id: 'table3-balance',
  title: '表三收结平衡',
  severity: 'error',
  description:
    '表三每一列：本年新收申请数加上年结转数，应等于本年度办理结果总计加结转下年度继续办理数。这是表格自身注明的勾稽关系。',
  check(report: RuleInput): Finding[] {
    return instancesOf(report.data, 'table3-balance').flatMap((instance) => {
      const label = table3Columns.find((c) => c.key === instance.scope)?.label ?? instance.scope;
      const finding = checkEquation({
        rule: table3Balance,
        report: report.id,
        left: { label: '一 + 二', terms: identityTerms(report.data, instance.left) },
        right: {
          label: `${table3Printed('outcomeTotal')} + 四`,
          terms: identityTerms(report.data, instance.right),
        },
        subject: `「${label}」列本年新收加上年结转是否等于办理结果总计加结转下年度`,
        failed: (l, r, [a, b], [c, d]) =>
          `表三「${label}」列：本年新收（${a}）加上年结转（${b}）为 ${l}，但办理结果总计（${c}）加结转下年度（${d}）为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
