import { table2Blocks } from '../../catalogue/index.ts';
import { cellRef } from '../cells.ts';
import { cellTerm, checkEquation, gap } from '../equation.ts';
import type { Finding, Rule, RuleContext, RuleInput } from '../types.ts';

const documentRows = table2Blocks.find((b) => b.key === 'item1')?.rows ?? [];

/**
 * Table 二 第（一）项: 现行有效(N) ≈ 现行有效(N−1) + 本年制发(N) − 本年废止(N).
 * Documents also lapse when their term ends without being repealed, so a gap is only a notice.
 */
export const documentsInForceFollowLastYear: Rule = {
  id: 'documents-in-force-follow-last-year',
  title: '现行有效文件数与上年衔接',
  severity: 'notice',
  description:
    '表二规章、行政规范性文件：本年现行有效件数通常等于上年现行有效件数加本年制发、减本年废止。文件也会因有效期届满而失效，所以不一致只作提示。2019 年版格式（2019、2020 年度报告）没有现行有效件数，不作此项核对。',
  check(report: RuleInput, { previous }: RuleContext): Finding[] {
    if (!previous || previous.data.year !== report.data.year - 1) return [];
    // The 2019 form has no 现行有效件数: its 对外公开总数量 counts documents ever published, repealed
    // ones included, so neither year of a 2020 → 2021 pair gives the other's stock. Not a gap in the
    // data but a rule that does not apply; an "unchecked" notice on every such report would be noise.
    if (report.data.format !== '2021' || previous.data.format !== '2021') return [];
    const lastYear = previous.data.year;
    return documentRows.flatMap((row) => {
      const term = (column: string, from: RuleInput, sign?: -1) =>
        cellTerm(from.data, cellRef('table2', row.key, column, from === report ? undefined : from.id), sign);
      const finding = checkEquation({
        rule: documentsInForceFollowLastYear,
        report: report.id,
        left: { label: '本年现行有效件数', terms: [term('inForce', report)] },
        right: {
          label: `${lastYear} 年现行有效 + 本年制发 − 本年废止`,
          terms: [term('inForce', previous), term('issued', report), term('repealed', report, -1)],
        },
        subject: `「${row.label}」现行有效件数是否与 ${lastYear} 年衔接`,
        failed: (l, r, _, [before, issued, repealed]) =>
          `表二「${row.label}」：本年现行有效 ${l} 件，而 ${lastYear} 年现行有效（${before}）加本年制发（${issued}）减本年废止（${repealed}）为 ${r} 件，相差 ${gap(l, r)}；文件也可能因有效期届满而失效，仅供参考。`,
      });
      return finding ? [finding] : [];
    });
  },
};
