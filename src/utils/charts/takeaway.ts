/**
 * The one sentence above each chart. Worked out from the same summaries the chart draws, always
 * about the latest year shown, in plain words; a blank is said to be blank, never called 0.
 */
import { reviewProcedures } from '../../catalogue/index.ts';
import { formatBase, formatNumber, formatRate, withSeparators } from '../stats/format.ts';
import type { YearSummary } from '../stats/groups.ts';
import { shortLabel } from '../stats/measures.ts';
import { rankingMeasures } from '../stats/rankings.ts';
import { sameAgencySentence, type YearPair } from '../stats/sameAgencies.ts';

const lead = (y: YearSummary) =>
  y.summary.reports > 1 ? `${y.year}年${y.summary.reports}份报告合计` : `${y.year}年`;

function change(now: number, before: number, year: number): string {
  if (now === before) return `与${year}年持平`;
  return now > before
    ? `比${year}年多${withSeparators(now - before)}件`
    : `比${year}年少${withSeparators(before - now)}件`;
}

/**
 * 本年新收 in the latest year. Over one agency the change from the year before is said directly; over
 * many (`pair` given), only over the agencies with a report in both years, with the coverage beside it:
 * a sum over different agencies each year is not a change.
 */
export function applicationsTakeaway(years: readonly YearSummary[], pair?: YearPair): string {
  const last = years.at(-1);
  if (!last) return '暂无数据。';
  const now = last.summary.newReceived.sum.value;
  if (now === null) return `${last.year}年的报告未填报新收申请数。`;
  if (pair && pair.year === last.year) {
    const measure = rankingMeasures().find((m) => m.key === 'new-received');
    const total = `${lead(last)}新收政府信息公开申请${withSeparators(now)}件。`;
    return measure ? `${total}${sameAgencySentence(pair, measure)}` : total;
  }
  const prev = years.at(-2);
  const before = prev?.summary.newReceived.sum.value ?? null;
  const compared = prev && before !== null ? `，${change(now, before, prev.year)}` : '';
  return `${lead(last)}新收政府信息公开申请${withSeparators(now)}件${compared}。`;
}

export function outcomesTakeaway(years: readonly YearSummary[]): string {
  const last = years.at(-1);
  if (!last) return '暂无数据。';
  const total = last.summary.outcomeTotal.sum.value;
  if (total === null) return `${last.year}年的报告未填报办理结果总计。`;
  if (total === 0) return `${lead(last)}办理结果总计为0件，没有可计算公开率的申请。`;
  const values = last.summary.outcomes.map((o) => ({ label: o.measure.label, value: o.sum.value ?? 0 }));
  const top = Math.max(...values.map((v) => v.value));
  const most = values.filter((v) => v.value === top).map((v) => v.label);
  const rate = last.summary.disclosureRate;
  return `${lead(last)}办理申请${withSeparators(total)}件，${most.join('、')}最多（${most.length > 1 ? '各' : ''}${withSeparators(top)}件）；公开率${formatRate(rate)}（${formatBase(rate)}）。`;
}

export function reviewTakeaway(years: readonly YearSummary[]): string {
  const last = years.at(-1);
  if (!last) return '暂无数据。';
  const totals = last.summary.review.map((g) => ({
    label: shortLabel(g.label),
    value: g.results.find((r) => r.measure.key.endsWith('.total'))?.sum.value ?? null,
  }));
  const [review, ...suits] = totals;
  const suitValues = suits.map((s) => s.value);
  const suitsTotal = suitValues.every((v) => v === null)
    ? null
    : suitValues.reduce<number>((a, v) => a + (v ?? 0), 0);
  const { reconsideration, litigation } = reviewProcedures;
  return `${lead(last)}${reconsideration}${formatNumber(review?.value ?? null)}件，${litigation}${formatNumber(suitsTotal)}件。`;
}
