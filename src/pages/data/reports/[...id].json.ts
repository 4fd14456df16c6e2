import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecords } from '../../../loaders/openData.ts';
import { loadReportSource } from '../../../loaders/sourceView.ts';
import { href } from '../../../utils/link.ts';
import { cellSourcesJson } from '../../../utils/opendata/cellSources.ts';
import type { ReportRecord } from '../../../utils/opendata/records.ts';
import { cellSources } from '../../../utils/provenance.ts';
import { parseReportId } from '../../../utils/urls.ts';

/**
 * One file per report: data/reports/<agency id>/<year>.json — the record of reports.json, and where
 * each number came from (`cellSources`: its place in the original and how it was read).
 */
export const getStaticPaths = (async () =>
  (await loadRecords()).map((record) => ({
    params: { id: record.id },
    props: { record },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { record } = props as { record: ReportRecord };
  const { agencyId, year } = parseReportId(record.id);
  const view = new URL(href('sourceView', agencyId, year), site).href;
  // A report typed by hand records no places: no need to read its original.
  const sources = record.report.read
    ? (await loadReportSource({ id: record.id, data: record.report })).cells
    : cellSources(record.report, undefined);
  const body = { ...record, cellSources: cellSourcesJson(sources, view) };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
