/**
 * Rows and columns of the statistics tables, as text. A sum shows its coverage beside it when not
 * every report filled it in; a rate always shows its base N, and “—” when N is 0.
 */
import { reviewProcedures, table3Printed } from '../../catalogue/index.ts';
import type { Rate, Sum } from './aggregate.ts';
import { formatBase, formatCoverage, formatNumber, formatRate } from './format.ts';
import type { MeasureSum, Summary } from './summary.ts';

export interface TextCell {
  text: string;
  /** Shown beside the number: N for a rate, coverage when incomplete. */
  note?: string;
}

export function sumCell(sum: Sum): TextCell {
  const text = formatNumber(sum.value);
  return sum.reported === sum.of ? { text } : { text, note: `${formatCoverage(sum)}填报` };
}

export function rateCell(rate: Rate): TextCell {
  const incomplete =
    rate.reports < rate.of ? `，${formatCoverage({ reported: rate.reports, of: rate.of })}` : '';
  return { text: formatRate(rate), note: `${formatBase(rate)}${incomplete}` };
}

export interface StatRow {
  label: string;
  /** 0 for a category, 1 for a reason under it. */
  level: number;
  cell: (s: Summary) => TextCell;
}

const at = <T>(list: readonly T[], i: number) => list[i] as T;
const row = (label: string, level: number, pick: (s: Summary) => MeasureSum): StatRow => ({
  label,
  level,
  cell: (s) => sumCell(pick(s).sum),
});

/** 三、本年度办理结果: the six categories with their reasons, （七）总计 and 公开率. */
export function outcomeRows(template: Summary): StatRow[] {
  return [
    ...template.outcomes.flatMap((o, i) => [
      row(o.measure.label, 0, (s) => at(s.outcomes, i)),
      ...o.reasons.map((r, j) => row(r.measure.label, 1, (s) => at(at(s.outcomes, i).reasons, j))),
    ]),
    row(table3Printed('outcomeTotal'), 0, (s) => s.outcomeTotal),
    { label: '公开率 =（予以公开 + 部分公开）÷ 总计', level: 0, cell: (s) => rateCell(s.disclosureRate) },
  ];
}

/** 一、本年新收 by applicant. */
export function applicantRows(template: Summary): StatRow[] {
  return template.applicants.map((a, i) => row(a.measure.label, 0, (s) => at(s.applicants, i)));
}

/** Table 四: each kind of case by result, then its 纠错率. */
export function reviewRows(template: Summary): StatRow[] {
  return template.review.flatMap((g, i) => [
    ...g.results.map((r, j) =>
      row(`${g.label} ${r.measure.label}`, 0, (s) => at(at(s.review, i).results, j)),
    ),
    {
      label: `${g.label} 纠错率 = 结果纠正 ÷（维持 + 纠正 + 其他结果）`,
      level: 1,
      cell: (s) => rateCell(at(s.review, i).correctionRate),
    },
  ]);
}

/** Table 二: every count and the fee amount. */
export function table2Rows(template: Summary): StatRow[] {
  return template.table2.map((m, i) =>
    row(`${m.measure.label}（${m.measure.unit}）`, 0, (s) => at(s.table2, i)),
  );
}

/** The headline columns of a summary table, one row per year, agency or region. */
export function headlineColumns(): { label: string; cell: (s: Summary) => TextCell }[] {
  const total = (s: Summary, key: string) => s.review.find((g) => g.key === key)?.results.at(-1)?.sum;
  const litigation = (s: Summary): Sum => {
    const [a, b] = [total(s, 'litigationDirect'), total(s, 'litigationAfterReconsideration')];
    const values = [a?.value ?? null, b?.value ?? null];
    return {
      value: values.every((v) => v === null) ? null : values.reduce<number>((x, v) => x + (v ?? 0), 0),
      reported: Math.min(a?.reported ?? 0, b?.reported ?? 0),
      partial: 0,
      of: s.reports,
    };
  };
  return [
    { label: '报告数', cell: (s) => ({ text: String(s.reports) }) },
    { label: '新收申请', cell: (s) => sumCell(s.newReceived.sum) },
    { label: '上年结转', cell: (s) => sumCell(s.carriedOver.sum) },
    { label: '办理结果总计', cell: (s) => sumCell(s.outcomeTotal.sum) },
    { label: '公开率', cell: (s) => rateCell(s.disclosureRate) },
    { label: reviewProcedures.reconsideration, cell: (s) => sumCell(total(s, 'reconsideration') as Sum) },
    {
      label: '复议纠错率',
      cell: (s) => rateCell(s.review.find((g) => g.key === 'reconsideration')?.correctionRate as Rate),
    },
    { label: reviewProcedures.litigation, cell: (s) => sumCell(litigation(s)) },
  ];
}
