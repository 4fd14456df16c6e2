import type { APIRoute } from 'astro';
import { dataDictionary } from '../../utils/opendata/dictionary.ts';

/** The data dictionary: key → Chinese label → meaning, for every CSV column. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(dataDictionary(), null, 1)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
