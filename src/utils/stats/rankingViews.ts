/**
 * Which ranking pages a scope (the site, or one region) has, and how big they may grow: each year on
 * a page of its own, every measure a section of it, and when a year has more agencies than one page
 * should carry, each measure on a page of its own (the year's page then shows each measure's top).
 * Site-wide, only the top of each measure is shown: the full lists are the provinces' pages and the CSV.
 */
import { toCsv } from '../opendata/csv.ts';
import {
  type Candidate,
  minimumSample,
  type Ranking,
  type RankingMeasure,
  rank,
  type Standing,
} from './rankings.ts';

/** A year with more ranked agencies than this in one scope puts each measure on a page of its own. */
export const splitAbove = 200;
/** How many of each ranking a summary (the site, a hub, a split year) shows. */
export const topCount = 10;

export interface ScopeYear {
  year: number;
  /** Agencies of the scope with a report for the year. */
  reporting: number;
  /** Agencies of the scope (with a report for any year). */
  of: number;
  /** Each measure on a page of its own. */
  split: boolean;
}

/** The years a scope has reports for, newest first, with how many of its agencies reported. */
export function scopeYears(agencyIds: readonly string[], yearsOf: (agencyId: string) => readonly number[]) {
  const counts = new Map<number, number>();
  for (const id of agencyIds) for (const y of yearsOf(id)) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => b - a)
    .map(
      ([year, reporting]): ScopeYear => ({
        year,
        reporting,
        of: agencyIds.length,
        split: reporting > splitAbove,
      }),
    );
}

/** Every measure's ranking of the same candidates. */
export function rankAll<C extends Candidate>(
  measures: readonly RankingMeasure[],
  candidates: readonly C[],
  standingOf?: (c: C, m: RankingMeasure) => Standing,
): Ranking<C>[] {
  return measures.map((m) => rank(m, candidates, standingOf));
}

export interface CsvAgency {
  id: string;
  name: string;
  province: string;
  city?: string;
  county?: string;
  code: string;
}

const ratePercent = (s: Standing) =>
  s.status === 'value' && s.value !== null ? String(Math.round(s.value * 1000) / 10) : '';

/**
 * One year's rankings as CSV, one row per agency with a report: for each measure its value (a rate in
 * per cent, one decimal), numerator and denominator, its site-wide rank, or why it is not ranked.
 * Cells that cannot be computed are empty, never 0.
 */
export function rankingsCsv<C extends Candidate>(
  year: number,
  rankings: readonly Ranking<C>[],
  agencyOf: (c: C) => CsvAgency,
): string {
  const first = rankings[0];
  if (!first) return toCsv([]);
  const all = [...first.ranked, ...first.small, ...first.none].map((p) => p.candidate);
  all.sort((a, b) => a.id.localeCompare(b.id));
  const placeOf = rankings.map((r) => {
    const m = new Map<string, { rank?: number; standing: Standing; status: string }>();
    for (const p of r.ranked) m.set(p.candidate.id, { rank: p.rank, standing: p.standing, status: '排名' });
    for (const p of r.small) m.set(p.candidate.id, { standing: p.standing, status: '样本不足' });
    for (const p of r.none) m.set(p.candidate.id, { standing: p.standing, status: '无法计算' });
    return m;
  });
  const head = ['机关编号', '机关', '省级', '地级', '县级', '区划代码', '年度', '表格格式'];
  for (const r of rankings) {
    const m = r.measure;
    if (m.kind === 'rate')
      head.push(
        `${m.label}（%）`,
        `${m.label}分子`,
        `${m.label}分母`,
        `${m.label}全站名次`,
        `${m.label}说明`,
      );
    else head.push(`${m.label}（件）`, `${m.label}全站名次`, `${m.label}说明`);
  }
  const records = all.map((c) => {
    const agency = agencyOf(c);
    const row = [
      agency.id,
      agency.name,
      agency.province,
      agency.city ?? '',
      agency.county ?? '',
      agency.code,
      String(year),
      c.data.format,
    ];
    rankings.forEach((r, i) => {
      const place = placeOf[i]?.get(c.id);
      const s = place?.standing;
      const reason =
        s?.status === 'none'
          ? `无法计算：${s.reason}`
          : place?.status === '样本不足'
            ? `分母不足 ${minimumSample} 件，不参加排名`
            : '';
      const rankText = place?.rank === undefined ? '' : String(place.rank);
      if (r.measure.kind === 'rate') {
        const v = s?.status === 'value' ? s : undefined;
        row.push(
          s ? ratePercent(s) : '',
          v ? String(v.numerator) : '',
          v?.denominator !== undefined ? String(v.denominator) : '',
          rankText,
          reason,
        );
      } else {
        row.push(s?.status === 'value' ? String(s.numerator) : '', rankText, reason);
      }
    });
    return row;
  });
  return toCsv([head, ...records]);
}
