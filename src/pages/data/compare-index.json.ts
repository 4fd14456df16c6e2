import type { APIRoute } from 'astro';
import { loadCompareIndex } from '../../loaders/compareIndex.ts';

/** What the 对比 page's script needs to choose reports; compact, since it grows with the agencies. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await loadCompareIndex())}\n`, {
    headers: { 'content-type': 'application/json' },
  });
