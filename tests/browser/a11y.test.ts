/**
 * Accessibility of every page type in headless Chromium: axe-core with the WCAG 2.0/2.1/2.2 A and
 * AA rules and its best practices finds nothing; the page's language is set, its headings go in
 * order, every table has a caption and scoped headers, and a skip link leads to the main content.
 * Also in the 大字 and 高对比 modes, and with the site under a sub-path.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import {
  interactiveStates,
  type PageType,
  pageTypes,
  requiredTypes,
} from '../../scripts/lib/testkit/pages.ts';
import { serveStatic } from '../../scripts/lib/testkit/server.ts';
import { displayModes, storageKey } from '../../src/client/displayModes.ts';
import { distDir, subpathBase, subpathDistDir } from '../lib/html.ts';
import { servedSite } from '../lib/servedSite.ts';

const served = servedSite();

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const types = await pageTypes(distDir);
/** The page types that hold the 数据质量 and 统计 detail, one page per province. */
const provinceTypes = ['quality/*', 'stats/*'];
const quality = types.find((t) => t.type === 'quality/*');
const states = [
  ...(await interactiveStates(distDir)),
  // The findings filtered by the choice the URL keeps: the form shown, some findings hidden.
  ...(quality
    ? [
        {
          ...quality,
          type: 'quality/* (filtered)',
          path: `${quality.path}?rule=table3-balance`,
          ready: '#finding-filters:not([hidden])',
        },
      ]
    : []),
];
let context: BrowserContext;

before(async () => {
  await served.start();
  context = await served.browser.newContext();
});

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(tags)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** What axe leaves to judgement, checked as this site defines it. */
function structure(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.lang !== 'zh-CN') problems.push(`lang="${document.documentElement.lang}"`);
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
      (h) => !h.closest('[hidden]'),
    );
    if (headings.filter((h) => h.tagName === 'H1').length !== 1) problems.push('not exactly one h1');
    let level = 0;
    for (const h of headings) {
      const next = Number(h.tagName[1]);
      if (next > level + 1) problems.push(`h${next} “${h.textContent?.trim()}” after h${level}`);
      level = next;
    }
    for (const table of document.querySelectorAll('table')) {
      if (!table.caption?.textContent?.trim())
        problems.push(`table without caption: ${table.outerHTML.slice(0, 80)}`);
      for (const th of table.querySelectorAll('th'))
        if (!['row', 'col', 'rowgroup', 'colgroup'].includes(th.getAttribute('scope') ?? ''))
          problems.push(`th without scope in “${table.caption?.textContent}”: ${th.textContent}`);
    }
    const first = document.querySelector('a[href], button, input, select, textarea, [tabindex]');
    const target = first?.getAttribute('href');
    if (!target?.startsWith('#') || !document.getElementById(target.slice(1)) || first?.closest('main'))
      problems.push('the first focusable element is not a skip link to the main content');
    return problems;
  });
}

async function check(origin: string, p: PageType, on = context, classes = '') {
  const page = await on.newPage();
  try {
    await page.goto(origin + p.path);
    // Judge the page as it ends up: results shown, every chart drawn (after the page has painted).
    if (p.ready) await page.waitForSelector(p.ready);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('figure[data-chart]')].every((f) => f.hasAttribute('data-chart-drawn')),
    );
    const modes = () =>
      [...document.documentElement.classList].filter((c) => c.startsWith('mode-')).join(' ');
    assert.equal(await page.evaluate(modes), classes);
    assert.deepEqual(await axeViolations(page), [], `axe on ${p.path}`);
    assert.deepEqual(await structure(page), [], `structure of ${p.path}`);
  } finally {
    await page.close();
  }
}

test('the build has every page type the issue names, and the province pages', () => {
  const found = types.map((t) => t.type);
  for (const type of [...requiredTypes, ...provinceTypes])
    assert.ok(found.includes(type), `no ${type} page in ${found.join(', ')}`);
});

for (const p of [...types, ...states]) {
  test(`${p.type} (/${p.path}): no axe violations, lang, headings, tables, skip link`, () =>
    check(served.site.url, p));
}

test('in 大字 and 高对比 modes the home and report pages have no axe violations', async () => {
  const modes = await served.browser.newContext();
  await modes.addInitScript(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [storageKey, JSON.stringify(displayModes)],
  );
  try {
    for (const type of ['home', 'report']) {
      const p = types.find((t) => t.type === type) as PageType;
      await check(served.site.url, p, modes, displayModes.map((m) => `mode-${m}`).join(' '));
    }
  } finally {
    await modes.close();
  }
});

test('under the sub-path the home and report pages have no axe violations', async () => {
  const sub = await serveStatic(subpathDistDir, subpathBase);
  try {
    for (const p of (await pageTypes(subpathDistDir)).filter((t) => ['home', 'report'].includes(t.type)))
      await check(sub.url, p);
  } finally {
    await sub.close();
  }
});
