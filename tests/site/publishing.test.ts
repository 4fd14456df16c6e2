/**
 * Publishing conventions of both builds, read from the built files: sitemap.xml lists every page
 * (and nothing else) by its absolute address under the base; robots.txt points at it; the RSS feed
 * links each report once, newest first; every page has a canonical address, a description, the
 * favicon and the one Content-Security-Policy; no page has inline script, style or event handlers.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { allPages } from '../../scripts/lib/testkit/pages.ts';
import {
  attr,
  byTag,
  distDir,
  type Element,
  elements,
  loadPage,
  subpathBase,
  subpathDistDir,
  text,
} from '../lib/html.ts';

const origin = 'https://touming.example.org';
const attrOf = (el: Element | undefined, name: string) => (el ? attr(el, name) : undefined);
const csp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

for (const [root, base] of [
  [distDir, '/'],
  [subpathDistDir, subpathBase],
] as const) {
  describe(`publishing, site at ${base}`, async () => {
    const pages = await allPages(root);
    const read = (file: string) => readFile(join(root, file), 'utf8');
    const locs = (xml: string, tag: string) =>
      [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] ?? '');

    test('sitemap.xml lists every page but the 404 page, by absolute address under the base', async () => {
      const expected = pages.filter((p) => p.type !== '404').map((p) => `${origin}${base}${p.path}`);
      assert.deepEqual(locs(await read('sitemap.xml'), 'loc').sort(), expected.sort());
    });

    test('robots.txt allows everything and names the sitemap', async () => {
      assert.equal(
        await read('robots.txt'),
        `User-agent: *\nAllow: /\n\nSitemap: ${origin}${base}sitemap.xml\n`,
      );
    });

    test('rss.xml has each report page once, absolute, with dates (when known) newest first', async () => {
      const xml = await read('rss.xml');
      const reports = pages.filter((p) => p.type === 'report').map((p) => `${origin}${base}${p.path}`);
      const links = locs(xml, 'link').slice(1); // the first is the channel's own
      assert.deepEqual([...links].sort(), reports.sort());
      const dates = locs(xml, 'pubDate').map((d) => Date.parse(d));
      assert.deepEqual(
        dates,
        [...dates].sort((a, b) => b - a),
      );
      assert.ok(xml.includes(`<atom:link href="${origin}${base}rss.xml" rel="self"`));
    });

    test('every page: canonical address, description, favicon, feed link, the CSP, no inline code', async () => {
      const problems: string[] = [];
      for (const p of pages) {
        const file = p.type === '404' ? '404.html' : `${p.path}index.html`;
        const doc = await loadPage(file, root);
        const all = elements(doc);
        const link = (rel: string) => byTag(doc, 'link').find((l) => attr(l, 'rel') === rel);
        const meta = (name: string) => byTag(doc, 'meta').find((m) => attr(m, 'name') === name);
        const where = `${base}${p.path}`;
        const canonical = p.type === '404' ? undefined : `${origin}${where}`;
        if (attrOf(link('canonical'), 'href') !== canonical) problems.push(`${where}: canonical`);
        if (p.type === '404' && attrOf(meta('robots'), 'content') !== 'noindex')
          problems.push(`${where}: noindex`);
        if ((attrOf(meta('description'), 'content') ?? '').length < 10)
          problems.push(`${where}: description`);
        if (attrOf(link('icon'), 'href') !== `${base}favicon.svg`) problems.push(`${where}: favicon`);
        if (attrOf(link('alternate'), 'href') !== `${base}rss.xml`) problems.push(`${where}: feed link`);
        const policies = byTag(doc, 'meta').filter(
          (m) => attr(m, 'http-equiv') === 'Content-Security-Policy',
        );
        const policy = policies[0];
        if (policies.length !== 1 || attrOf(policy, 'content') !== csp) problems.push(`${where}: CSP`);
        if (
          policy &&
          all.indexOf(policy) > all.findIndex((e) => ['script', 'style', 'link'].includes(e.tagName))
        )
          problems.push(`${where}: the CSP comes after a script or stylesheet`);
        for (const e of all) {
          const inlineScript =
            e.tagName === 'script' && !attr(e, 'src') && attr(e, 'type') !== 'application/json';
          if (inlineScript && text(e).trim()) problems.push(`${where}: inline <script>`);
          if (e.tagName === 'style') problems.push(`${where}: inline <style>`);
          if (attr(e, 'style') !== undefined) problems.push(`${where}: style="" on <${e.tagName}>`);
          for (const a of e.attrs)
            if (/^on/.test(a.name)) problems.push(`${where}: ${a.name}= on <${e.tagName}>`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}
