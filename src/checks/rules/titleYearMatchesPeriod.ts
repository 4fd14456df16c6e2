import { preamble } from '../body.ts';
import type { Finding, Rule, RuleInput } from '../types.ts';

/**
 * "统计期限从 2023年 1月 1日到 12月 31日", "自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止":
 * a full calendar year, the end year optional. Spaces and hard line breaks may fall anywhere.
 */
const period =
  /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*起?\s*(?:至|到|—|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/;

/** Years of the statistics period stated in the preamble, or none when it is not stated (seed 004). */
export function periodYears(body: string): number[] {
  const m = period.exec(preamble(body));
  if (!m) return [];
  return [...new Set([m[1], m[2]].filter((y) => y !== undefined).map(Number))];
}

export const titleYearMatchesPeriod: Rule = {
  id: 'title-year-matches-period',
  title: '标题年份与统计期限一致',
  severity: 'error',
  description: '报告标题中的年份，应与报告开头写明的数据统计期限所在年份一致。报告未写统计期限的，不作核对。',
  check(report: RuleInput): Finding[] {
    const titleYear = /(\d{4})\s*年/.exec(report.data.title)?.[1];
    if (!titleYear) return [];
    const wrong = periodYears(report.body).find((y) => y !== Number(titleYear));
    if (wrong === undefined) return [];
    return [
      {
        rule: titleYearMatchesPeriod.id,
        severity: titleYearMatchesPeriod.severity,
        status: 'failed',
        report: report.id,
        cells: [],
        left: { label: '标题中的年份', value: Number(titleYear) },
        right: { label: '统计期限的年份', value: wrong },
        message: `报告标题写的是 ${titleYear} 年，但统计期限写的是 ${wrong} 年。`,
      },
    ];
  },
};
