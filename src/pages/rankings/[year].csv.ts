import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRankings } from '../../loaders/rankings.ts';
import { rankingsCsv } from '../../utils/stats/rankingViews.ts';

export const getStaticPaths = (async () => {
  const rankings = await loadRankings();
  return rankings.years().map((y) => ({ params: { year: String(y.year) }, props: { year: y.year } }));
}) satisfies GetStaticPaths;

/** One year's rankings: every agency with a report, each measure's value, numerator, denominator and site-wide rank. */
export const GET: APIRoute = async ({ props }) => {
  const { year } = props as { year: number };
  const rankings = await loadRankings();
  const csv = rankingsCsv(year, rankings.rankingsOf(year), ({ agency }) => ({
    id: agency.id,
    name: agency.data.name,
    ...agency.data.region,
  }));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
