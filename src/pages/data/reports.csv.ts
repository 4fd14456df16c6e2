import type { APIRoute } from 'astro';
import { loadRecords } from '../../loaders/openData.ts';
import { reportsCsv } from '../../utils/opendata/records.ts';

/** Every report as one CSV row: one column per catalogue cell, blank where the report left it blank. */
export const GET: APIRoute = async () =>
  new Response(reportsCsv(await loadRecords()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
