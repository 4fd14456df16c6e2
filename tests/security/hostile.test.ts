/**
 * Safe against hostile content (issue 14): a site built from content full of payloads — markup in
 * agency names and a title, script links, images and raw HTML in report prose, markup in cell notes,
 * spreadsheet formulas as names, an SVG with a script as an original — publishes them only as text. The built
 * files are scanned, the feed and the CSV read as their readers read them, and the pages opened in
 * Chromium, which must see no dialog, no request to another origin and no policy violation.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { parseCsv } from '../lib/csv.ts';
import { servedSite } from '../lib/servedSite.ts';
import { watch } from '../lib/watch.ts';
import {
  buildHostileSite,
  formulaNames,
  type HostileBuild,
  hostileAgencyName,
  hostileReport,
  hostileTitle,
  xss,
} from './hostile.ts';
import { scanHtml, scanSite, schemeOf } from './scan.ts';

let build: HostileBuild;

before(async () => {
  build = await buildHostileSite();
});
after(async () => {
  await build?.remove();
});

const read = (path: string) => readFile(join(build.outDir, path), 'utf8');

describe('the scan finds what it looks for', () => {
  test('script URLs however spelled, event handlers, foreign scripts and loads from elsewhere', () => {
    const html = [
      '<a href="javascript:alert(1)">a</a><a href=" JAVA&#x09;SCRIPT:alert(1)">b</a>',
      '<a href="data:text/html,x">c</a><form action="vbscript:x"><button formaction="javascript:x">d</button></form>',
      '<svg><a xlink:href="javascript:x"><text>e</text></a></svg><img src=x onerror=alert(1)>',
      '<script>alert(1)</script><script src="https://evil.example/x.js"></script><script type="module" src="/_astro/../x.js"></script>',
      '<script type="application/json" data-chart-spec>{"a":"</x>"}</script><iframe></iframe>',
      '<img src="//evil.example/x.png"><link rel="stylesheet" href="https://evil.example/x.css">',
      '<link rel="canonical" href="https://touming.example.org/">',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    ].join('');
    const problems = scanHtml(html, 'x.html');
    for (const expected of [
      /<a> href="javascript:alert\(1\)"/,
      /<a> href=" JAVA\tSCRIPT:alert\(1\)"/,
      /<a> href="data:text\/html,x"/,
      /<form> action="vbscript:x"/,
      /<button> formaction="javascript:x"/,
      /<a> href="javascript:x"/,
      /<img> has an event handler onerror/,
      /<img> src="\/\/evil\.example\/x\.png" loads/,
      /<link> href="https:\/\/evil\.example\/x\.css" loads/,
      /<iframe> embeds/,
      /<meta> redirects/,
    ])
      assert.ok(
        problems.some((p) => expected.test(p)),
        `${expected} in:\n${problems.join('\n')}`,
      );
    assert.equal(problems.filter((p) => /<script> is not one of the site's scripts/.test(p)).length, 4);
    assert.deepEqual(
      scanHtml(
        '<script type="module" src="/_astro/a.B1.js"></script><script src="/display-modes.js"></script><script type="application/json" data-chart-spec>{"a":"\\u003c"}</script><a href="https://www.gov.cn/">x</a>',
        'ok.html',
      ),
      [],
    );
    assert.equal(schemeOf('\x01 jav\tascript:x'), 'javascript');
  });
});

describe('a site built from hostile content', () => {
  test('publishes the payloads as text: the pages show them', async () => {
    const report = await read(`agencies/${hostileReport}/index.html`);
    // Escaped as text (the scan below would be empty if the payload had never reached the page).
    assert.ok(
      report.includes('&lt;img src=x onerror=alert(1)&gt;'),
      'the title and name are on the page as text',
    );
    assert.match(report, /链接1 链接2 链接3 链接4 链接5 javascript:alert\(1\) 链接6 链接7 链接8/);
    assert.match(report, /<a href="https:\/\/evil\.example\/x\.png">图1<\/a> 图2 图3 图4/);
    assert.match(report, /<a href="https:\/\/www\.gov\.cn\/">中国政府网<\/a>/);
  });

  test('the scan finds no markup that runs, no script URL, no foreign script, no load from elsewhere', async () => {
    assert.deepEqual(await scanSite(build.outDir), []);
  });

  test('an SVG with a script, kept as a saved page, is published as text', async () => {
    const [agency, year] = hostileReport.split('/');
    const published = await read(`sources/${agency}/${year}.html.txt`);
    assert.match(published, /<svg /);
    const report = await read(`agencies/${hostileReport}/index.html`);
    assert.match(report, new RegExp(`href="/sources/${agency}/${year}\\.html\\.txt"`));
  });

  test('the feed gives readers the names and titles as text: descriptions are HTML with no tag', async () => {
    const xml = await read('rss.xml');
    const item = /<item>(?:(?!<\/item>)[\s\S])*?<\/item>/g;
    const ours = [...xml.matchAll(item)].map((m) => m[0]).find((i) => i.includes(hostileReport));
    assert.ok(ours, 'the hostile report is in the feed');
    const cdata = /<description><!\[CDATA\[([\s\S]*?)\]\]><\/description>/.exec(ours);
    assert.ok(cdata, `the description is a CDATA section: ${ours}`);
    const html = cdata[1] as string;
    assert.doesNotMatch(html, /</, 'no tag reaches a reader that renders the description');
    const shown = html.replace(
      /&(lt|gt|amp|quot|#39);/g,
      (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" })[e] ?? '',
    );
    assert.ok(shown.startsWith(hostileAgencyName), shown);
    // The title is plain text, escaped once: no raw markup in the XML itself.
    assert.ok(!ours.includes(xss));
    assert.ok(
      ours.includes(`<title>${hostileTitle.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>`),
    );
  });

  test('no CSV the site writes has a text field a spreadsheet would run; numbers stay numbers', async () => {
    const csv = await read('data/reports.csv');
    const names = Object.values(formulaNames);
    for (const name of names)
      assert.ok(csv.includes(`"'${name.replaceAll('"', '""')}"`), `${JSON.stringify(name)} neutralised`);
    const [header, ...rows] = parseCsv(csv) as [string[], ...string[][]];
    // Read back, the names are the agencies' own.
    const nameColumn = header.indexOf('agency_name');
    for (const name of names)
      assert.ok(
        rows.some((r) => r[nameColumn] === name),
        name,
      );
    // Every field of every CSV, as a spreadsheet sees it: none starts a formula unless it is a number.
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(build.outDir, { recursive: true })).filter((f) => f.endsWith('.csv'));
    assert.ok(files.length > 1);
    let numbers = 0;
    for (const file of files) {
      for (const field of rawFields(await read(file))) {
        if (/^-?\d+(\.\d+)?$/.test(field)) numbers++;
        else assert.doesNotMatch(field, /^[=+\-@\t\r]/, `${file}: ${JSON.stringify(field)}`);
      }
    }
    assert.ok(numbers > 100);
  });
});

/** A CSV's fields as a spreadsheet reads them: quotes removed, but nothing else undone. */
function rawFields(csv: string): string[] {
  const fields: string[] = [];
  const re = /(?:^|,|\r\n)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g;
  for (const m of csv.replace(/^\uFEFF/, '').matchAll(re))
    fields.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
  return fields;
}

describe('the hostile pages in Chromium', () => {
  const served = servedSite(() => build.outDir);

  const [agency, year] = hostileReport.split('/') as [string, string];
  const pages = [
    { name: 'the report page', path: `agencies/${hostileReport}/` },
    { name: 'the agency page', path: `agencies/${agency}/` },
    { name: 'the list of agencies', path: 'agencies/' },
    { name: 'the year page', path: `years/${year}/` },
    { name: 'the list of years', path: 'years/' },
    { name: 'the home page', path: '' },
    { name: 'the statistics page', path: 'stats/' },
    { name: 'the quality page', path: 'quality/' },
    {
      name: 'the comparison of the hostile report',
      path: `compare/?a=${hostileReport}&b=640302-sifaju/2023`,
      ready: '#differences',
    },
    { name: 'the feed', path: 'rss.xml' },
    { name: 'the published original', path: `sources/${agency}/${year}.html.txt` },
    {
      name: 'the search page searching for a payload',
      path: `search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      ready: 'search',
    },
    {
      name: 'the search page searching for the hostile agency',
      path: `search/?q=${encodeURIComponent('中卫市司法局')}`,
      ready: 'search',
    },
  ] as { name: string; path: string; ready?: string }[];

  /** Opens a page, every request routed through a check that it goes to the served site. */
  async function visit(path: string, act?: (page: Page) => Promise<void>) {
    const context = await served.browser.newContext();
    const seen = await watch(context);
    const problems: string[] = [];
    const { origin } = new URL(served.site.url);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.type()} ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    try {
      await page.goto(served.site.url + path);
      await act?.(page);
      await page.waitForLoadState('networkidle');
      // Give handlers a payload might have set (onerror, onload) a moment after the network is quiet.
      await page.waitForTimeout(100);
      problems.push(...seen.errors.map((e) => `console ${e}`), ...seen.failures.map((f) => `failed: ${f}`));
      return { page, problems };
    } finally {
      await context.close();
    }
  }

  test('the watch sees a dialog and a request elsewhere (so the tests below can fail)', async () => {
    const { problems } = await visit('', async (page) => {
      await page.evaluate(() => {
        setTimeout(() => alert('x'), 0);
        const img = new Image();
        img.src = 'https://evil.example/x.png';
      });
      await page.waitForTimeout(200);
    });
    assert.ok(
      problems.some((p) => p.startsWith('dialog: alert x')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('evil.example')),
      problems.join('\n'),
    );
  });

  for (const p of pages) {
    test(`${p.name}: no dialog, no request elsewhere, no console error or policy violation`, async () => {
      const { problems } = await visit(p.path, async (page) => {
        if (p.ready === 'search')
          await page.waitForFunction(
            () => performance.getEntriesByName('touming:search-results').length > 0,
            null,
            {
              timeout: 20_000,
            },
          );
        else if (p.ready) await page.waitForSelector(p.ready);
      });
      assert.deepEqual(problems, []);
    });
  }

  test('the payload shows as text where a visitor reads it: the report title and the search results', async () => {
    const context = await served.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${served.site.url}agencies/${hostileReport}/`);
      assert.equal(await page.textContent('h1'), hostileTitle);
      await page.goto(`${served.site.url}search/?q=${encodeURIComponent('中卫市司法局')}`);
      await page.waitForFunction(() => performance.getEntriesByName('touming:search-results').length > 0);
      const results = (await page.textContent('#search-results')) ?? '';
      assert.ok(results.includes('onerror=alert(1)'), `the name shows as text in the results: ${results}`);
      assert.equal(await page.locator('#search-results img, #search-results script').count(), 0);
    } finally {
      await context.close();
    }
  });
});
