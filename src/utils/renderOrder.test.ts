import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interleaveRoutes } from './renderOrder.ts';

const paths = (route: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ pathname: `${route}/${i}`, route: { route } }));

test('every path is generated once, each route in its own order', () => {
  const all = [...paths('/a', 7), ...paths('/b', 3), ...paths('/c', 1)];
  const order = interleaveRoutes(all);
  assert.equal(order.length, all.length);
  assert.deepEqual(new Set(order), new Set(all));
  for (const route of ['/a', '/b', '/c'])
    assert.deepEqual(
      order.filter((p) => p.route.route === route).map((p) => p.pathname),
      all.filter((p) => p.route.route === route).map((p) => p.pathname),
    );
});

test("a route's pages are spread over the whole generation, not run one route after another", () => {
  const order = interleaveRoutes([
    ...paths('/changes', 900),
    ...paths('/report', 1000),
    ...paths('/home', 1),
  ]);
  const at = (route: string) => order.flatMap((p, i) => (p.route.route === route ? [i] : []));
  const reports = at('/report');
  // Every tenth of the generation holds about a tenth of the report pages.
  for (let tenth = 0; tenth < 10; tenth++) {
    const inTenth = reports.filter((i) => Math.floor((i * 10) / order.length) === tenth).length;
    assert.ok(Math.abs(inTenth - 100) <= 2, `tenth ${tenth} holds ${inTenth} report pages`);
  }
  // A page on its own comes in the middle.
  const [home] = at('/home');
  assert.ok(home !== undefined && Math.abs(home - order.length / 2) <= 2, `the single page at ${home}`);
});

test('routes listing the same reports in the same order render each report together', () => {
  const order = interleaveRoutes([...paths('/page', 500), ...paths('/source', 500), ...paths('/json', 500)]);
  order.forEach((p, i) => {
    const n = p.pathname.split('/')[2];
    assert.equal(n, String(Math.floor(i / 3)), `${p.pathname} at ${i}`);
  });
});
