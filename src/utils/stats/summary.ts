/** Everything the statistics pages show about a set of reports, computed in one pass of pure functions. */
import type { ReportData } from '../../schemas/report.ts';
import { type Rate, rateOf, type Sum, sumCells } from './aggregate.ts';
import {
  applicantMeasures,
  applicationMeasures,
  disclosedCells,
  type Measure,
  outcomeCategories,
  outcomeTotalMeasure,
  reviewGroups,
  table2Measures,
} from './measures.ts';

export interface MeasureSum {
  measure: Measure;
  sum: Sum;
}

export interface Summary {
  /** How many reports were summed. */
  reports: number;
  newReceived: MeasureSum;
  carriedOver: MeasureSum;
  carriedForward: MeasureSum;
  outcomes: (MeasureSum & { reasons: MeasureSum[] })[];
  outcomeTotal: MeasureSum;
  /** 公开率 = (予以公开 + 部分公开) / （七）总计. */
  disclosureRate: Rate;
  applicants: MeasureSum[];
  review: { key: string; label: string; results: MeasureSum[]; correctionRate: Rate }[];
  table2: MeasureSum[];
}

const sumOf = (reports: readonly ReportData[], measure: Measure): MeasureSum => ({
  measure,
  sum: sumCells(reports, measure.cells),
});

/** 公开率 over reports: (予以公开 + 部分公开) / （七）总计. */
export function disclosureRate(reports: readonly ReportData[]): Rate {
  return rateOf(reports, disclosedCells, outcomeTotalMeasure.cells);
}

/** 纠错率 of one kind of case in table 四: 结果纠正 / (结果维持 + 结果纠正 + 其他结果). */
export function correctionRate(reports: readonly ReportData[], groupKey: string): Rate {
  const group = reviewGroups().find((g) => g.key === groupKey);
  if (!group) throw new Error(`no table 四 group ${groupKey}`);
  return rateOf(reports, group.corrected, group.decided);
}

export function summarize(reports: readonly ReportData[]): Summary {
  return {
    reports: reports.length,
    newReceived: sumOf(reports, applicationMeasures.newReceived),
    carriedOver: sumOf(reports, applicationMeasures.carriedOver),
    carriedForward: sumOf(reports, applicationMeasures.carriedForward),
    outcomes: outcomeCategories().map((c) => ({
      ...sumOf(reports, c.measure),
      reasons: c.reasons.map((m) => sumOf(reports, m)),
    })),
    outcomeTotal: sumOf(reports, outcomeTotalMeasure),
    disclosureRate: disclosureRate(reports),
    applicants: applicantMeasures().map((m) => sumOf(reports, m)),
    review: reviewGroups().map((g) => ({
      key: g.key,
      label: g.label,
      results: g.results.map((m) => sumOf(reports, m)),
      correctionRate: rateOf(reports, g.corrected, g.decided),
    })),
    table2: table2Measures().map((m) => sumOf(reports, m)),
  };
}

const single = new WeakMap<ReportData, Summary>();

/**
 * One report's summary, computed once per build however many components show it (its page's
 * outcome breakdown, its row in the year summary): at ten thousand reports these were a third of
 * the time spent summing.
 */
export function summarizeReport(report: ReportData): Summary {
  let s = single.get(report);
  if (!s) {
    s = summarize([report]);
    single.set(report, s);
  }
  return s;
}
