/**
 * The order Astro generates a static build's pages in. Astro renders route after route: every
 * 与上年对比 page, then every source view, then every report page, and so on. Only some routes'
 * pages go to the search indexer, which runs beside the renderer on the machine's other core; route
 * after route, the indexer idles through the routes it is not given and then holds the renderer
 * back (at 10,000 reports, 17 s of the report pages' 70 s waiting for it, on two cores). Spreading
 * each route's pages over the whole generation keeps both busy: a page's place is its position
 * within its own route, as a fraction of that route's length, so a route of 10,000 pages and one
 * of 100 advance together. Routes that list the same reports in the same order therefore render a
 * report's page, its source view and its data file close together, where the loaders' small caches
 * of recent reports (loaders/sourceView.ts) serve them one reading.
 */

/** A page to generate, as Astro's prerenderer lists them: what the order needs of it. */
export interface RoutedPath {
  route: { route: string };
}

/** The same paths, each route's pages spread evenly over the generation, each route in its own order. */
export function interleaveRoutes<P extends RoutedPath>(paths: readonly P[]): P[] {
  const routes = new Map<string, P[]>();
  for (const p of paths) {
    const list = routes.get(p.route.route);
    if (list) list.push(p);
    else routes.set(p.route.route, [p]);
  }
  const placed: { path: P; at: number; route: number }[] = [];
  let route = 0;
  for (const list of routes.values()) {
    list.forEach((path, i) => {
      placed.push({ path, at: (i + 0.5) / list.length, route });
    });
    route += 1;
  }
  // Ties (routes of equal length) keep Astro's order of routes.
  placed.sort((a, b) => a.at - b.at || a.route - b.route);
  return placed.map((p) => p.path);
}
