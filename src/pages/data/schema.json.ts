import type { APIRoute } from 'astro';
import { asset } from '../../utils/link.ts';
import { reportJsonSchema } from '../../utils/opendata/schema.ts';

/** JSON Schema of a report, generated from the zod schema at build time. */
export const GET: APIRoute = ({ site }) => {
  const id = new URL(asset('data/schema.json'), site).href;
  return new Response(`${JSON.stringify(reportJsonSchema(id), null, 1)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
};
