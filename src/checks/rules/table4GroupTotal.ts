import { table4Columns, table4Groups } from '../../catalogue/index.ts';
import { cellValue, table4Cell } from '../cells.ts';
import { checkEquation, gap } from '../equation.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

const parts = table4Columns.filter((c) => c.key !== 'total');

/** Per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const table4GroupTotal: Rule = {
  id: 'table4-group-total',
  title: '表四各类案件总计',
  severity: 'error',
  description:
    '表四的行政复议、未经复议直接起诉、复议后起诉三类案件，各自的「总计」应等于结果维持、结果纠正、其他结果、尚未审结之和。',
  check(report: RuleInput): Finding[] {
    return table4Groups.flatMap((group) => {
      const term = (column: Parameters<typeof table4Cell>[1]) => {
        const cell = table4Cell(group.key, column);
        return { cell, value: cellValue(report.data, cell) };
      };
      const total = term('total');
      const name = total.cell.rowLabel;
      const finding = checkEquation({
        rule: table4GroupTotal,
        report: report.id,
        left: { label: '总计', terms: [total] },
        right: { label: parts.map((c) => c.label).join(' + '), terms: parts.map((c) => term(c.key)) },
        subject: `「${name}」总计是否等于各项结果之和`,
        failed: (l, r) =>
          `表四「${name}」：总计为 ${l}，但${parts.map((c) => c.label).join('、')}相加为 ${r}，相差 ${gap(l, r)}。`,
      });
      return finding ? [finding] : [];
    });
  },
};
