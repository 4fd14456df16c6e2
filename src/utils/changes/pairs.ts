/** Which reports have a page of changes: those whose agency has a report for the year before. */
import type { ReportLike } from '../collections.ts';

export interface ChangePair<R extends ReportLike> {
  /** This year's report. */
  report: R;
  /** The same agency's report for the year before. */
  previous: R;
}

/** Every report with its agency's report for the previous calendar year, when there is one. */
export function previousYearPairs<R extends ReportLike>(
  byAgency: ReadonlyMap<string, readonly R[]>,
): ChangePair<R>[] {
  const pairs: ChangePair<R>[] = [];
  for (const reports of byAgency.values())
    for (const report of reports) {
      const previous = reports.find((r) => r.data.year === report.data.year - 1);
      if (previous) pairs.push({ report, previous });
    }
  return pairs;
}
