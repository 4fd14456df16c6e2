import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AstroPrerenderer, RouteData } from 'astro';
import { orderedPrerenderer } from './renderOrder.ts';

const route = (name: string) => ({ route: name, component: `src/pages/${name}.astro` }) as RouteData;
const [page, data] = [route('page'), route('data')];

test("Astro's pages, each rendered by Astro, with each route's pages spread among the others", async () => {
  const rendered: string[] = [];
  let setUp = 0;
  const astro: AstroPrerenderer = {
    name: 'astro:default',
    setup: async () => {
      setUp += 1;
    },
    // Route after route, as Astro lists them.
    getStaticPaths: async () => [
      ...['/p1/', '/p2/', '/p3/'].map((pathname) => ({ pathname, route: page })),
      ...Array.from({ length: 20 }, (_, i) => ({ pathname: `/d${i}.json`, route: data })),
    ],
    render: async (request) => {
      rendered.push(new URL(request.url).pathname);
      return new Response('ok');
    },
  };
  const p = orderedPrerenderer(astro);
  await p.setup?.();
  assert.equal(setUp, 1);
  const paths = await p.getStaticPaths();
  const listed = await astro.getStaticPaths();
  assert.equal(paths.length, listed.length);
  assert.deepEqual(new Set(paths.map((x) => x.pathname)), new Set(listed.map((x) => x.pathname)));
  const at = paths.flatMap((x, i) => (x.route === page ? [i] : []));
  assert.equal(at.length, 3);
  assert.ok(
    at.every((i, k) => k === 0 || i - (at[k - 1] ?? 0) > 2),
    `spread among the others: ${at}`,
  );
  for (const { pathname, route: routeData } of paths) {
    const r = await p.render(new Request(`https://example.org${pathname}`), { routeData });
    assert.equal(await (r as Response).text(), 'ok');
  }
  assert.deepEqual(
    rendered,
    paths.map((x) => x.pathname),
  );
});
