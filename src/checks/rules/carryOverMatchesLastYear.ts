import { table3Columns, table3Printed } from '../../catalogue/index.ts';
import { table3Cell } from '../cells.ts';
import { cellTerm, checkEquation, gap } from '../equation.ts';
import type { Finding, Rule, RuleContext, RuleInput } from '../types.ts';

/** Per column: this year's 二、上年结转 = last year's 四、结转下年度继续办理. */
export const carryOverMatchesLastYear: Rule = {
  id: 'carry-over-matches-last-year',
  title: '上年结转与上年报告一致',
  severity: 'warning',
  description:
    '同一机关相邻两年的报告：本年表三「上年结转政府信息公开申请数量」应等于上一年报告表三「结转下年度继续办理」，逐列比较。',
  check(report: RuleInput, { previous }: RuleContext): Finding[] {
    // Without last year's report (or with a gap year) there is nothing to compare: no finding at all.
    if (!previous || previous.data.year !== report.data.year - 1) return [];
    const lastYear = previous.data.year;
    return table3Columns.flatMap((col) => {
      const mine = table3Cell('carriedOver', col.key);
      const theirs = table3Cell('carriedForward', col.key, previous.id);
      const finding = checkEquation({
        rule: carryOverMatchesLastYear,
        report: report.id,
        left: { label: '本年 二、上年结转', terms: [cellTerm(report.data, mine)] },
        right: {
          label: `${lastYear} 年 ${table3Printed('carriedForward')}`,
          terms: [cellTerm(previous.data, theirs)],
        },
        subject: `「${col.label}」列的上年结转是否等于 ${lastYear} 年报告的结转下年度`,
        failed: (l, r) =>
          `表三「${col.label}」列：本年报告的上年结转为 ${l}，但 ${lastYear} 年报告的结转下年度继续办理为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
