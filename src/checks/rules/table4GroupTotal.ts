import { table4Columns } from '../../catalogue/index.ts';
import { checkEquation, gap, identityTerms, instancesOf } from '../equation.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

const parts = table4Columns.filter((c) => c.key !== 'total').map((c) => c.label);

/** Per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const table4GroupTotal: Rule = {
  id: 'table4-group-total',
  title: '表四各类案件总计',
  severity: 'error',
  description:
    '表四的行政复议、未经复议直接起诉、复议后起诉三类案件，各自的「总计」应等于结果维持、结果纠正、其他结果、尚未审结之和。',
  check(report: RuleInput): Finding[] {
    return instancesOf(report.data, 'table4-group-total').flatMap((instance) => {
      const left = identityTerms(report.data, instance.left);
      const name = left[0]?.cell.rowLabel ?? instance.scope;
      const finding = checkEquation({
        rule: table4GroupTotal,
        report: report.id,
        left: { label: left[0]?.cell.columnLabel ?? instance.scope, terms: left },
        right: { label: parts.join(' + '), terms: identityTerms(report.data, instance.right) },
        subject: `「${name}」总计是否等于各项结果之和`,
        failed: (l, r) =>
          `表四「${name}」：总计为 ${l}，但${parts.join('、')}相加为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
