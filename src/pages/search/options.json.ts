import type { APIRoute } from 'astro';
import { loadSite } from '../../loaders/site.ts';
import { filterOptions } from '../../utils/search.ts';

/**
 * The values of the search page's filters, for the search pages of the portal's other builds
 * (SITE_MERGE_INDEXES): they search this build's index too, so they offer its places and agencies.
 */
export const GET: APIRoute = async () => {
  const site = await loadSite();
  const options = filterOptions(
    site.agencies.map((a) => a.data),
    site.years,
  );
  return new Response(`${JSON.stringify(options)}\n`, { headers: { 'content-type': 'application/json' } });
};
