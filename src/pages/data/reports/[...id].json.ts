import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecords } from '../../../data/openData.ts';
import type { ReportRecord } from '../../../utils/opendata/records.ts';

/** One file per report: data/reports/<agency id>/<year>.json. */
export const getStaticPaths = (async () =>
  (await loadRecords()).map((record) => ({
    params: { id: record.id },
    props: { record },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { record } = props as { record: ReportRecord };
  return new Response(`${JSON.stringify(record, null, 1)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
