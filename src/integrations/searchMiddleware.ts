/**
 * Added by the Pagefind integration to `astro build` only: hands each generated page that asks to be
 * indexed to the search feed, from the very response Astro writes to disk. Any other request, and
 * every request outside a build, passes through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { isIndexedPage } from '../utils/searchHtml.ts';
import type { SearchFeed } from './searchFeed.ts';

// Read from the global the integration set (searchFeed.ts), not imported: this file is bundled into
// the pages, and the bundle must not load Pagefind or have a second copy of the feed module.
const searchFeed = () =>
  (globalThis as { [k: symbol]: SearchFeed | undefined })[Symbol.for('touming.searchFeed')];

/** The page's address as the index records it: under the site root, without the deployment base. */
export function indexUrl(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !context.isPrerendered) return response;
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  // The body is read once, as bytes: the feed sends a copy of them to the indexer's thread, which
  // decodes them there, and Astro writes the same bytes. (A cloned response read as text cost the
  // renderer's thread a tee, a decode and a copy of the string: 4–5 s at 10,000 reports.)
  const html = new Uint8Array(await response.arrayBuffer());
  if (isIndexedPage(html)) await feed.add(indexUrl(context.url.pathname, import.meta.env.BASE_URL), html);
  const { status, statusText, headers } = response;
  return new Response(html, { status, statusText, headers });
};
