/**
 * Astro's own prerenderer with its pages in the order of utils/renderOrder.ts: each route's pages
 * spread over the whole generation. The pages, and how each is rendered, are Astro's.
 */
import type { AstroPrerenderer } from 'astro';
import { interleaveRoutes } from '../utils/renderOrder.ts';

export function orderedPrerenderer(astro: AstroPrerenderer): AstroPrerenderer {
  return {
    ...astro,
    name: 'touming:render-order',
    setup: () => astro.setup?.() ?? Promise.resolve(),
    getStaticPaths: async () => interleaveRoutes(await astro.getStaticPaths()),
    render: (request, options) => astro.render(request, options),
    teardown: () => astro.teardown?.() ?? Promise.resolve(),
  };
}
