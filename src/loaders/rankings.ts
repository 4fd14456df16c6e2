/** The rankings of the whole site and of every region, computed once per build from loadSite(). */

import { type RankingRegion, rankingRegions } from '../utils/stats/rankingScopes.ts';
import type { Standing } from '../utils/stats/rankings.ts';
import {
  type Candidate,
  type Ranking,
  type RankingMeasure,
  rankingMeasures,
  standing,
} from '../utils/stats/rankings.ts';
import { rankAll, type ScopeYear, scopeYears } from '../utils/stats/rankingViews.ts';
import { type AgencyEntry, loadSite } from './site.ts';

/** An agency's report as a ranking row. */
export interface RankingCandidate extends Candidate {
  agency: AgencyEntry;
  year: number;
  format: string;
}

async function buildRankings() {
  const site = await loadSite();
  const measures = rankingMeasures();
  const regions = rankingRegions(site.agencies);
  const byYear = new Map<number, RankingCandidate[]>();
  const yearsOf = new Map<string, number[]>();
  for (const r of site.reports) {
    const agency = site.agency(r.data.agency);
    const c: RankingCandidate = {
      id: r.id,
      name: agency.data.shortName,
      data: r.data,
      agency,
      year: r.data.year,
      format: r.data.format,
    };
    const inYear = byYear.get(c.year) ?? [];
    inYear.push(c);
    byYear.set(c.year, inYear);
    const years = yearsOf.get(agency.id) ?? [];
    years.push(c.year);
    yearsOf.set(agency.id, years);
  }
  // Each report's standing on each measure, worked out once however many scopes rank it.
  const standings = new Map<string, Standing>();
  const standingOf = (c: RankingCandidate, m: RankingMeasure) => {
    const key = `${c.id} ${m.key}`;
    let s = standings.get(key);
    if (!s) {
      s = standing(c.data, m);
      standings.set(key, s);
    }
    return s;
  };
  const regionOfAgency = new Map<string, Set<string>>();
  for (const region of regions.values())
    for (const id of region.agencyIds) {
      const set = regionOfAgency.get(id) ?? new Set<string>();
      set.add(region.code);
      regionOfAgency.set(id, set);
    }
  const cache = new Map<string, Ranking<RankingCandidate>[]>();
  /** Every measure's ranking of one scope's year (the whole site when no region is given). */
  const rankingsOf = (year: number, region?: string) => {
    const key = `${region ?? ''}/${year}`;
    let found = cache.get(key);
    if (!found) {
      const all = byYear.get(year) ?? [];
      const candidates = region ? all.filter((c) => regionOfAgency.get(c.agency.id)?.has(region)) : all;
      found = rankAll(measures, candidates, standingOf);
      cache.set(key, found);
    }
    return found;
  };
  const allAgencyIds = site.agencies.map((a) => a.id);
  const yearsOfScope = new Map<string, ScopeYear[]>();
  /** The years a scope has reports for, newest first. */
  const years = (region?: string) => {
    const key = region ?? '';
    let found = yearsOfScope.get(key);
    if (!found) {
      const ids = region ? (regions.get(region)?.agencyIds ?? []) : allAgencyIds;
      found = scopeYears(ids, (id) => yearsOf.get(id) ?? []);
      yearsOfScope.set(key, found);
    }
    return found;
  };
  return {
    measures,
    regions,
    /** The provinces, in Chinese collation. */
    provinces: [...regions.values()].filter((r) => !r.parent),
    years,
    rankingsOf,
    region: (code: string) => regions.get(code) as RankingRegion,
  };
}

let rankings: ReturnType<typeof buildRankings> | undefined;

export function loadRankings() {
  rankings ??= buildRankings();
  return rankings;
}
