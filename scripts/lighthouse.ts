/**
 * `npm run lighthouse [-- --runs 3] [--root dist]`: Lighthouse (mobile: an emulated mid-range phone on
 * a throttled connection) on the home page, the largest report page and the heaviest page of a built
 * site served by the plain static server, in Debian's Chromium started with the test flags. Prints
 * the median of each category's score over the runs; exits 1 if any is below the project's bar.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/testkit/browser.ts';
import { allPages, type PageType } from './lib/testkit/pages.ts';
import { serveStatic } from './lib/testkit/server.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, root: { type: 'string', default: 'dist' } },
});
const root = `${resolve(values.root)}/`;
const runs = Number(values.runs);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const bar: Record<(typeof categories)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
};

/** A script's bytes plus those of the modules it imports, statically or on demand (`./x.js`). */
async function scriptWeight(file: string, seen: Set<string>): Promise<number> {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  const imports = [...code.matchAll(/["'`](\.\/[\w.-]+\.js)["'`]/g)].map((m) =>
    join(dirname(file), m[1] ?? ''),
  );
  const nested = await Promise.all(imports.map((f) => scriptWeight(f, seen)));
  return nested.reduce((a, b) => a + b, Buffer.byteLength(code));
}

/** A page's own bytes plus the stylesheets and scripts it loads (uncompressed). */
async function weight(page: PageType): Promise<number> {
  const file = page.type === '404' ? '404.html' : `${page.path}index.html`;
  const html = await readFile(join(root, file), 'utf8');
  const seen = new Set<string>();
  let total = page.bytes;
  for (const m of html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g))
    total += (await stat(join(root, m[1] ?? ''))).size;
  for (const m of html.matchAll(/<script[^>]* src="\/([^"]+)"/g))
    total += await scriptWeight(join(root, m[1] ?? ''), seen);
  return total;
}

const pages = await allPages(root);
const weighed = await Promise.all(pages.map(async (p) => ({ ...p, weight: await weight(p) })));
const largest = (type?: string) =>
  weighed.filter((p) => !type || p.type === type).sort((a, b) => b.weight - a.weight)[0];
const targets = [
  { name: 'home', page: largest('home') },
  { name: 'report', page: largest('report') },
  { name: 'heaviest', page: largest() },
];

const site = await serveStatic(root);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows: string[][] = [];
let failed = false;
try {
  for (const { name, page } of targets) {
    if (!page) throw new Error(`no ${name} page under ${root}`);
    const scores: Record<string, number[]> = {};
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(site.url + page.path, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      for (const c of categories) {
        scores[c] = [...(scores[c] ?? []), Math.round((result.lhr.categories[c]?.score ?? 0) * 100)];
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const row = categories.map((c) => median(scores[c] ?? []));
    categories.forEach((c, i) => {
      if ((row[i] ?? 0) < bar[c]) failed = true;
    });
    rows.push([`${name} (/${page.path}, ${Math.round(page.weight / 1024)} KB)`, ...row.map(String)]);
  }
} finally {
  chrome.kill();
  await site.close();
}

const head = ['page', ...categories];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`Lighthouse ${runs > 1 ? `median of ${runs} runs, ` : ''}mobile, ${root}`);
console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
console.log(
  `bar: ${categories.map((c) => `${c} ≥ ${bar[c]}`).join(', ')}${failed ? ' — NOT MET' : ' — met'}`,
);
process.exitCode = failed ? 1 : 0;
