import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStats } from '../../../loaders/stats.ts';
import { type ChartSpec, chartCsv, chartJson } from '../../../utils/charts/spec.ts';

/** Each chart's numbers as CSV and JSON: exactly what the chart and its data table show. */
export const getStaticPaths = (async () => {
  const { allCharts } = await loadStats();
  return allCharts.flatMap((spec) =>
    (['csv', 'json'] as const).map((ext) => ({
      params: { chart: `${spec.id}.${ext}` },
      props: { spec, ext },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { spec, ext } = props as { spec: ChartSpec; ext: 'csv' | 'json' };
  return ext === 'csv'
    ? new Response(chartCsv(spec), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(chartJson(spec), { headers: { 'content-type': 'application/json' } });
};
