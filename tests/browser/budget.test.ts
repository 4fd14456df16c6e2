/**
 * Weight budget of a report page, as a browser loads it: the largest report page's HTML plus every
 * stylesheet and script Chromium fetches for it, gzip-compressed (node:zlib, default level) from
 * the built files, stay within 60 KB; its only scripts are the search box's and the display
 * modes' (no chart code: a report page has no charts).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { allPages, type PageType } from '../../scripts/lib/testkit/pages.ts';
import { distDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';
import { watch } from '../lib/watch.ts';

const served = servedSite();

const budget = 60 * 1024;
/** Scripts a report page may load: the header search box's, and the display modes (适老化). */
const allowedScripts = [/^_astro\/SearchBox\.astro_[^/]*\.js$/, /^display-modes\.js$/];

const reports = (await allPages(distDir)).filter((p) => p.type === 'report');
const heaviest = reports.reduce<PageType | undefined>((a, b) => (a && a.bytes >= b.bytes ? a : b), undefined);

/** The built files a page loads, by kind, as the browser requests them. */
async function loadedFiles(path: string) {
  const context = await served.browser.newContext();
  const seen = await watch(context);
  const page = await context.newPage();
  await page.goto(served.site.url + path);
  await page.waitForLoadState('networkidle');
  await context.close();
  const file = (url: string) => {
    const p = decodeURIComponent(new URL(url).pathname).slice(1);
    return p === '' || p.endsWith('/') ? `${p}index.html` : p;
  };
  const of = (type: string) => seen.requests.filter((r) => r.type === type).map((r) => file(r.url));
  return { html: of('document'), css: of('stylesheet'), js: of('script') };
}

let loaded: ReturnType<typeof loadedFiles> | undefined;
const heaviestFiles = () => {
  assert.ok(heaviest, 'the site has report pages');
  loaded ??= loadedFiles(heaviest.path);
  return loaded;
};

const gzipped = async (files: string[]) => {
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(join(distDir, f))).length;
  return total;
};

test('a report page is within 60 KB compressed: HTML + CSS + JS', async (t) => {
  const files = await heaviestFiles();
  assert.equal(files.html.length, 1);
  assert.ok(files.css.length > 0 && files.js.length > 0, 'styles and scripts were seen');
  const sizes = {
    html: await gzipped(files.html),
    css: await gzipped(files.css),
    js: await gzipped(files.js),
  };
  const total = sizes.html + sizes.css + sizes.js;
  t.diagnostic(
    `${heaviest?.path}: HTML ${sizes.html} B + CSS ${sizes.css} B (${files.css.length} files) + JS ${sizes.js} B (${files.js.length} files) = ${total} B gzip of ${budget}`,
  );
  assert.ok(total <= budget, `${total} B > ${budget} B`);
});

test('a report page loads no JavaScript beyond the search box and the display modes', async () => {
  const { js } = await heaviestFiles();
  const other = js.filter((f) => !allowedScripts.some((re) => re.test(f)));
  assert.deepEqual(other, []);
  assert.equal(js.length, allowedScripts.length, js.join(', '));
});
