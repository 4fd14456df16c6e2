import { reportParts } from '../../catalogue/index.ts';
import { partHeadings } from '../body.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

const partName = (n: number) => {
  const p = reportParts[n - 1];
  return p ? `第${p.numeral}部分「${p.title}」` : `第 ${n} 部分`;
};

/**
 * The six parts, each once, in order. A heading counts as its part by its numeral and a loose
 * title match, so extraction's truncated headings (001: 三、收到和处理政府信息公开) are fine.
 */
export const partsPresentInOrder: Rule = {
  id: 'parts-present-in-order',
  title: '六个部分齐全且顺序正确',
  severity: 'warning',
  description: `年度报告应依次包括${reportParts.map((p) => p.title).join('、')}六个部分。`,
  check(report: RuleInput): Finding[] {
    const found = partHeadings(report.body).map((h) => h.number);
    const base = () => ({
      rule: partsPresentInOrder.id,
      severity: partsPresentInOrder.severity,
      status: 'failed' as const,
      report: report.id,
      cells: [],
    });
    const out: Finding[] = [];
    const missing = reportParts.filter((p) => !found.includes(p.number));
    if (missing.length > 0) {
      out.push({
        ...base(),
        left: { label: '规定的部分数', value: reportParts.length },
        right: { label: '正文中找到的部分数', value: reportParts.length - missing.length },
        message: `报告正文缺少${missing.map((p) => partName(p.number)).join('、')}。`,
      });
    }
    // The first place the sequence stops rising: a part out of place or printed twice.
    const at = found.findIndex((n, i) => i > 0 && n <= (found[i - 1] as number));
    if (at > 0) {
      const before = found[at - 1] as number;
      const after = found[at] as number;
      out.push({
        ...base(),
        left: { label: `${partName(before)}在正文中的序号`, value: at },
        right: { label: `${partName(after)}在正文中的序号`, value: at + 1 },
        message:
          before === after
            ? `报告正文中${partName(after)}出现了两次。`
            : `报告正文中${partName(after)}排在${partName(before)}之后，与规定的顺序不符。`,
      });
    }
    return out;
  },
};
