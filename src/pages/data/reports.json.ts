import type { APIRoute } from 'astro';
import { loadRecords } from '../../loaders/openData.ts';
import { provenance, terms } from '../../utils/opendata/about.ts';

/** Every report in one file; each `report` member follows schema.json. */
export const GET: APIRoute = async () => {
  const reports = await loadRecords();
  const body = { schema: 'schema.json', provenance, terms, count: reports.length, reports };
  // Compact: this file grows with every report; the per-report files are indented for reading.
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'content-type': 'application/json' } });
};
