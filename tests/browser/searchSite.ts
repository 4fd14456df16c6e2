/**
 * What the search tests compare against, read from the built site rather than from the search:
 * the text each indexed page offers the index, and the search page as a visitor sees it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { indexExcludeSelectors, indexedCopy, isIndexedPage, pageUrl } from '../../src/utils/searchHtml.ts';
import { attr, type Element, elements, text } from '../lib/html.ts';

export interface IndexedPage {
  url: string;
  agency: string;
  /** The report year; undefined for an agency page. */
  year?: number;
  /** The page's indexed text: whitespace collapsed, and removed between Chinese characters. */
  text: string;
}

function matchesSimple(el: Element, selector: string): boolean {
  if (/^[a-z]+$/.test(selector)) return el.tagName === selector;
  if (selector.startsWith('.')) return (attr(el, 'class') ?? '').split(/\s+/).includes(selector.slice(1));
  if (selector.startsWith('#')) return attr(el, 'id') === selector.slice(1);
  throw new Error(`unsupported selector in indexExcludeSelectors: ${selector}`);
}

/** A simple selector, or `outer inner`: the element matches inner and one of its ancestors outer. */
function matches(el: Element, ancestors: readonly Element[], selector: string): boolean {
  const [outer, inner, ...rest] = selector.split(/\s+/);
  if (rest.length > 0) throw new Error(`unsupported selector in indexExcludeSelectors: ${selector}`);
  if (inner === undefined) return matchesSimple(el, outer ?? '');
  return matchesSimple(el, inner) && ancestors.some((a) => matchesSimple(a, outer ?? ''));
}

function skipped(el: Element, ancestors: readonly Element[]): boolean {
  return (
    el.tagName === 'script' ||
    el.tagName === 'style' ||
    attr(el, 'data-pagefind-ignore') !== undefined ||
    indexExcludeSelectors.some((s) => matches(el, ancestors, s))
  );
}

function visibleText(el: Element, ancestors: readonly Element[] = []): string {
  if (skipped(el, ancestors)) return '';
  const inside = [...ancestors, el];
  return el.childNodes
    .map((c) => ('tagName' in c ? visibleText(c as Element, inside) : c.nodeName === '#text' ? text(c) : ''))
    .join('');
}

export function normalise(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
    .trim();
}

/** Every page with `data-pagefind-body` in a built site, with the text it gives the index. */
export async function indexedPages(root: string): Promise<IndexedPage[]> {
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages: IndexedPage[] = [];
  for (const file of files) {
    const html = await readFile(join(root, file), 'utf8');
    if (!isIndexedPage(html)) continue;
    const all = elements(parse(indexedCopy(html)));
    const body = all.find((e) => attr(e, 'data-pagefind-body') !== undefined) as Element;
    const meta = (key: string) => {
      const el = all.find((e) => attr(e, 'data-pagefind-meta') === `${key}[data-value]`);
      return el && attr(el, 'data-value');
    };
    const year = meta('year');
    pages.push({
      url: pageUrl(file),
      agency: meta('agency') ?? '',
      year: year ? Number(year) : undefined,
      text: normalise(visibleText(body)),
    });
  }
  return pages;
}

/** Whether a page's text has the query: as written, or as a whole number when it is one. */
export function contains(page: IndexedPage, query: string): boolean {
  const q = normalise(query);
  return /^\d+$/.test(q) ? new RegExp(`(?<!\\d)${q}(?!\\d)`).test(page.text) : page.text.includes(q);
}

export interface ShownResult {
  path: string;
  title: string;
  facts: string[];
  marks: string[];
  /** The excerpt's text as shown. */
  excerpt: string;
}

/** Waits for the search page to finish a search, then shows every batch and reads the results. */
/**
 * What goes wrong on the wire for a page from now on: failed requests, error statuses and errors in
 * its console. Pagefind searches on without an index chunk it could not load, without a word, so a
 * search test checks this list first: a missing result then names the request that lost it.
 */
export function wireProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.url()}: HTTP ${r.status()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

export async function readResults(
  page: Page,
): Promise<{ status: string; exact: ShownResult[]; partial: ShownResult[] }> {
  await page
    .waitForFunction(() => performance.getEntriesByName('touming:search-results').length > 0, null, {
      timeout: 20_000,
    })
    .catch(async (error: Error) => {
      const status = await page.locator('#search-status').textContent();
      throw new Error(`search did not finish on ${page.url()} (status: ${status}): ${error.message}`);
    });
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    await more.click();
    await page.waitForFunction(() => {
      const button = document.getElementById('search-more') as HTMLButtonElement;
      return button.hidden || !button.disabled;
    });
  }
  const read = (list: string) =>
    page.locator(`${list} > li`).evaluateAll((items) =>
      items.map((li) => ({
        path: new URL((li.querySelector('.search-result-title a') as HTMLAnchorElement).href).pathname,
        title: li.querySelector('.search-result-title')?.textContent ?? '',
        facts: [...li.querySelectorAll('.search-result-facts span')].map((s) => s.textContent ?? ''),
        marks: [...li.querySelectorAll('.search-result-excerpt mark')].map((m) => m.textContent ?? ''),
        excerpt: li.querySelector('.search-result-excerpt')?.textContent ?? '',
      })),
    );
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    exact: await read('#search-results'),
    partial: await read('#search-partial-results'),
  };
}
