import { cellValue, table3Cell, table4Cell } from '../cells.ts';
import { cellTerm, checkEquation, gap } from '../equation.ts';
import { type StatedFigure, type StatedQuantity, statedFigures } from '../prose.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

/** Where the tables hold each quantity the prose may state, and how to say it. */
const targets: Record<StatedQuantity, { label: string; cells: () => ReturnType<typeof table3Cell>[] }> = {
  applications: { label: '表三本年新收申请总计', cells: () => [table3Cell('newReceived', 'total')] },
  applicationsNatural: {
    label: '表三本年新收申请（自然人）',
    cells: () => [table3Cell('newReceived', 'natural')],
  },
  reconsideration: { label: '表四行政复议总计', cells: () => [table4Cell('reconsideration', 'total')] },
  litigation: {
    label: '表四行政诉讼总计（两类相加）',
    cells: () => [
      table4Cell('litigationDirect', 'total'),
      table4Cell('litigationAfterReconsideration', 'total'),
    ],
  },
};

/** A stated total of new applications may include last year's carry-over; that is not a contradiction. */
function alsoAccepted(figure: StatedFigure, report: RuleInput): boolean {
  if (figure.quantity !== 'applications') return false;
  const total = cellValue(report.data, table3Cell('newReceived', 'total'));
  const carried = cellValue(report.data, table3Cell('carriedOver', 'total'));
  return total !== null && carried !== null && carried > 0 && figure.value === total + carried;
}

/**
 * The prose against the tables. Not compared: 信息处理费 ("未收取信息处理费"), because no table
 * holds it — table 二's 行政事业性收费 is the agency's administrative fees, a different quantity.
 */
export const proseMatchesTables: Rule = {
  id: 'prose-matches-tables',
  title: '正文数字与表格一致',
  severity: 'warning',
  description:
    '报告正文里写明的本年收到政府信息公开申请件数、政府信息公开行政复议和行政诉讼案件数，应与表三、表四中的数字一致。只核对明确说的是同一件事的句子。',
  check(report: RuleInput): Finding[] {
    const seen = new Set<string>();
    return statedFigures(report.body, report.data.year).flatMap((figure) => {
      const key = `${figure.quantity}=${figure.value}`;
      if (seen.has(key) || alsoAccepted(figure, report)) return [];
      seen.add(key);
      const target = targets[figure.quantity];
      const finding = checkEquation({
        rule: proseMatchesTables,
        report: report.id,
        left: { label: '正文所述', terms: [], constant: figure.value },
        right: {
          label: target.label,
          terms: target.cells().map((cell) => cellTerm(report.data, cell)),
        },
        subject: `正文「${figure.phrase}」与${target.label}是否一致`,
        failed: (l, r) =>
          `正文写「${figure.phrase}」，即 ${l} 件，但${target.label}为 ${r}，相差 ${gap(l, r)}。`,
        details: figure.sentence,
      });
      return finding ? [{ ...finding, phrase: figure.phrase }] : [];
    });
  },
};
