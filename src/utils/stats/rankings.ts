/**
 * Rankings of agencies by one measure (排名). Each measure is a set of catalogue cells of one report,
 * never a retyped label. Three rules from issue 16 shape everything here:
 *
 * - a cell the report left blank (未填报) or that was not read (未读取) is never read as 0: the agency is
 *   listed as 无法计算 with the reason, naming the cell;
 * - a rate is one agency's own ratio, shown with its numerator and denominator ("12/40"); rates are
 *   never averaged or added across agencies;
 * - a rate whose denominator is under `minimumSample` cases is listed apart, below the ranking, not ranked.
 */
import { qualifiedLabel, table3Groups, table4Columns, table4Groups } from '../../catalogue/index.ts';
import { cellRef, describeCell } from '../../checks/cells.ts';
import type { TableKey } from '../../checks/types.ts';
import type { ReportData } from '../../schemas/report.ts';
import { findCell } from './aggregate.ts';
import { withSeparators } from './format.ts';
import { applicationMeasures, disclosedCells, outcomeCategories, outcomeTotalMeasure } from './measures.ts';

/** A rate over fewer cases than this is listed apart, not ranked (its denominator is too small to compare). */
export const minimumSample = 10;

/** One cell of a measure, added (+1) or taken away (−1): 已审结 = 总计 − 尚未审结. */
export interface Term {
  key: string;
  sign: 1 | -1;
}

export interface RankingMeasure {
  /** Stable ASCII id: the anchor (`#m-<key>`) and, on a split page, the last part of the address. */
  key: string;
  /** The measure's name as a reader sees it, built from catalogue labels (本年新收, 不予公开率, 行政复议纠错率). */
  label: string;
  kind: 'count' | 'rate';
  /** The cells added up: the count itself, or the rate's numerator. */
  numerator: readonly Term[];
  /** The rate's denominator (rates only). */
  denominator?: readonly Term[];
  /** What the numerator and denominator are, in the form's words, for the column headers. */
  numeratorLabel: string;
  denominatorLabel?: string;
  /** The formula in the form's words, e.g. （予以公开 + 部分公开）÷ 办理结果总计. */
  formula: string;
  /** Table 四 groups whose 总计 must equal the sum of their four results for the measure to be computed. */
  balancedGroups: readonly string[];
}

const plus = (key: string): Term => ({ key, sign: 1 });
const minus = (key: string): Term => ({ key, sign: -1 });
/** How a reader points at a cell: 表三「（七）总计」行「总计」列 (the words the site's checks use). */
export function cellName(key: string): string {
  const [table, row, column] = key.split('.') as [TableKey, string, string];
  return describeCell(cellRef(table, row, column));
}
const t4 = (group: string, column: string) => `table4.${group}.${column}`;
const group4 = (key: string) => {
  const g = table4Groups.find((x) => x.key === key);
  if (!g) throw new Error(`no table 四 group ${key}`);
  return g;
};
const column4 = (key: string) => {
  const c = table4Columns.find((x) => x.key === key);
  if (!c) throw new Error(`no table 四 column ${key}`);
  return c.label;
};
const category = (key: string) => {
  const c = outcomeCategories().find((o) => o.measure.key === key);
  if (!c) throw new Error(`no outcome category ${key}`);
  return c.measure;
};
const groupLabel = (key: string) => table3Groups.find((g) => g.key === key)?.label ?? key;

/** The measures rankings are made by, in the order the pages list them. */
export function rankingMeasures(): RankingMeasure[] {
  const newReceived = applicationMeasures.newReceived;
  const granted = category('granted');
  const partial = category('partiallyGranted');
  const total = outcomeTotalMeasure.label;
  const denied = category('denied');
  const unavailable = category('unavailable');
  const rate = (
    key: string,
    label: string,
    numerator: readonly string[],
    numeratorLabel: string,
  ): RankingMeasure => ({
    key,
    label,
    kind: 'rate',
    numerator: numerator.map(plus),
    denominator: outcomeTotalMeasure.cells.map(plus),
    numeratorLabel,
    denominatorLabel: total,
    formula: `${numeratorLabel} ÷ ${total}`,
    balancedGroups: [],
  });
  const reconsideration = group4('reconsideration');
  const suits = ['litigationDirect', 'litigationAfterReconsideration'] as const;
  const litigation = (group4(suits[0]) as { group?: string }).group ?? '';
  const decided = `已审结（${column4('total')} − ${column4('pending')}）`;
  const correction = (key: string, label: string, groups: readonly string[]): RankingMeasure => ({
    key,
    label: `${label}纠错率`,
    kind: 'rate',
    numerator: groups.map((g) => plus(t4(g, 'corrected'))),
    denominator: groups.flatMap((g) => [plus(t4(g, 'total')), minus(t4(g, 'pending'))]),
    numeratorLabel: column4('corrected'),
    denominatorLabel: decided,
    formula: `${column4('corrected')} ÷ ${decided}`,
    balancedGroups: groups,
  });
  return [
    {
      key: 'new-received',
      label: newReceived.label.replace('政府信息公开申请数量', ''),
      kind: 'count',
      numerator: newReceived.cells.map(plus),
      numeratorLabel: newReceived.label,
      formula: `表三“一、${newReceived.label}”的总计`,
      balancedGroups: [],
    },
    rate('disclosure-rate', '公开率', disclosedCells, `（${granted.label} + ${partial.label}）`),
    rate('denial-rate', `${groupLabel('denied')}率`, denied.cells, denied.label),
    rate('unavailable-rate', `${groupLabel('unavailable')}率`, unavailable.cells, unavailable.label),
    {
      key: 'reconsideration',
      label: reconsideration.label,
      kind: 'count',
      numerator: [plus(t4('reconsideration', 'total'))],
      numeratorLabel: `${reconsideration.label}${column4('total')}`,
      formula: `表四“${reconsideration.label}”的${column4('total')}`,
      balancedGroups: ['reconsideration'],
    },
    {
      key: 'litigation',
      label: litigation,
      kind: 'count',
      numerator: suits.map((g) => plus(t4(g, 'total'))),
      numeratorLabel: `${litigation}${column4('total')}`,
      formula: `表四“${litigation}”两项（${suits.map((g) => group4(g).label).join('、')}）的${column4('total')}之和`,
      balancedGroups: suits,
    },
    correction('reconsideration-correction', reconsideration.label, ['reconsideration']),
    correction('litigation-correction', litigation, suits),
  ];
}

/** What one report gives for a measure. */
export type Standing =
  | {
      status: 'value';
      /** The count, or the rate numerator / denominator; null for a rate whose denominator is 0. */
      value: number | null;
      numerator: number;
      /** Rates only. */
      denominator?: number;
      /** A rate whose denominator is under the minimum sample: listed apart, not ranked. */
      small: boolean;
    }
  | {
      status: 'none';
      /** Why it cannot be computed, naming the cells: 未填报：表三 … 总计. */
      reason: string;
    };

interface Read {
  value: number;
  missing: string[];
  present: number;
}

function readTerms(report: ReportData, terms: readonly Term[]): Read {
  let value = 0;
  let present = 0;
  const missing: string[] = [];
  for (const { key, sign } of terms) {
    const cell = findCell(report, key);
    if (!cell) continue;
    present++;
    const label = cellName(key);
    if (cell.value !== null) value += sign * cell.value;
    else if (cell.unread !== undefined) missing.push(`未读取：${label}（${cell.unread}）`);
    else missing.push(`未填报：${label}`);
  }
  return { value, missing, present };
}

/** A table 四 group whose 总计 is not the sum of its four results, in words; undefined when it balances or cannot be told. */
function imbalance(report: ReportData, group: string): string | undefined {
  const value = (c: string) => findCell(report, t4(group, c))?.value ?? null;
  const parts = ['upheld', 'corrected', 'other', 'pending'].map(value);
  const total = value('total');
  if (total === null || parts.some((v) => v === null)) return undefined;
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  if (sum === total) return undefined;
  const g = group4(group);
  const name = qualifiedLabel(g);
  const results = ['upheld', 'corrected', 'other', 'pending'].map(column4).join('、');
  return `表四“${name}”不平衡：${column4('total')} ${total}，而${results}之和为 ${sum}`;
}

/** One report's standing on one measure. */
export function standing(report: ReportData, measure: RankingMeasure): Standing {
  const num = readTerms(report, measure.numerator);
  const den = measure.denominator ? readTerms(report, measure.denominator) : undefined;
  if (num.present === 0 || (den && den.present === 0))
    return { status: 'none', reason: `${report.format} 年版表格没有此项` };
  const missing = [...num.missing, ...(den?.missing ?? [])];
  if (missing.length > 0) return { status: 'none', reason: [...new Set(missing)].join('；') };
  const unbalanced = measure.balancedGroups.map((g) => imbalance(report, g)).filter((x) => x !== undefined);
  if (unbalanced.length > 0) return { status: 'none', reason: unbalanced.join('；') };
  if (!den) return { status: 'value', value: num.value, numerator: num.value, small: false };
  if (den.value < 0 || num.value > den.value)
    return {
      status: 'none',
      reason: `${measure.numeratorLabel} ${num.value} 大于${measure.denominatorLabel} ${den.value}，数字不一致`,
    };
  return {
    status: 'value',
    value: den.value > 0 ? num.value / den.value : null,
    numerator: num.value,
    denominator: den.value,
    small: den.value < minimumSample,
  };
}

/** An agency's report as a ranking row: whatever the page needs to show it, and the report's data. */
export interface Candidate {
  /** The report's id, `<agency id>/<year>`. */
  id: string;
  /** The agency's name, for the tie order (Chinese collation). */
  name: string;
  data: ReportData;
}

export interface Placed<C extends Candidate> {
  candidate: C;
  standing: Standing;
  /** Competition rank (1, 2, 2, 4) among the ranked; absent for those listed apart. */
  rank?: number;
}

export interface Ranking<C extends Candidate> {
  measure: RankingMeasure;
  /** Ranked, best first: highest value first. */
  ranked: Placed<C>[];
  /** Rates under the minimum sample: by denominator, largest first. */
  small: Placed<C>[];
  /** Cannot be computed, by name. */
  none: Placed<C>[];
}

const collator = new Intl.Collator('zh-CN');

type ValueStanding = Extract<Standing, { status: 'value' }>;

/**
 * Higher first. Rates are compared as fractions (a/b against c/d by cross-multiplying), so two equal
 * rates tie exactly whatever their floating-point quotients.
 */
export function compareStandings(a: ValueStanding, b: ValueStanding): number {
  if (a.denominator === undefined || b.denominator === undefined) return b.numerator - a.numerator;
  return b.numerator * a.denominator - a.numerator * b.denominator;
}

/** Ranks the candidates by one measure. `standingOf` lets a caller cache each report's standing. */
export function rank<C extends Candidate>(
  measure: RankingMeasure,
  candidates: readonly C[],
  standingOf: (c: C, m: RankingMeasure) => Standing = (c, m) => standing(c.data, m),
): Ranking<C> {
  const ranked: Placed<C>[] = [];
  const small: Placed<C>[] = [];
  const none: Placed<C>[] = [];
  for (const candidate of candidates) {
    const s = standingOf(candidate, measure);
    if (s.status === 'none') none.push({ candidate, standing: s });
    else if (s.small) small.push({ candidate, standing: s });
    else ranked.push({ candidate, standing: s });
  }
  const byName = (a: Placed<C>, b: Placed<C>) =>
    collator.compare(a.candidate.name, b.candidate.name) || a.candidate.id.localeCompare(b.candidate.id);
  const denominator = (p: Placed<C>) => (p.standing.status === 'value' ? (p.standing.denominator ?? 0) : 0);
  const order = (a: Placed<C>, b: Placed<C>) =>
    compareStandings(a.standing as ValueStanding, b.standing as ValueStanding);
  // Ties share a rank; among them the larger denominator first (the rate rests on more cases), then by name.
  ranked.sort((a, b) => order(a, b) || denominator(b) - denominator(a) || byName(a, b));
  ranked.forEach((p, i) => {
    const prev = ranked[i - 1];
    p.rank = prev && order(prev, p) === 0 ? prev.rank : i + 1;
  });
  small.sort((a, b) => denominator(b) - denominator(a) || order(a, b) || byName(a, b));
  none.sort(byName);
  return { measure, ranked, small, none };
}

/** A standing as text: 26 / 100.0% / —. */
export function standingText(s: Standing): string {
  if (s.status === 'none') return '无法计算';
  if (s.denominator === undefined) return withSeparators(s.numerator);
  if (s.value === null) return '—';
  return `${(Math.round(s.value * 1000) / 10).toFixed(1)}%`;
}

/** numerator/denominator of a rate, with thousands separators: 12/40. */
export function fractionText(s: Standing): string {
  if (s.status === 'none' || s.denominator === undefined) return '';
  return `${withSeparators(s.numerator)}/${withSeparators(s.denominator)}`;
}
