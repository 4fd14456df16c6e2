/**
 * An HTML page flattened the way a browser lays it out: runs of inline text become one line per block
 * element (paragraph, heading, div, list item, <br>), data tables become grids. Scripts, styles, page
 * chrome (nav, header, footer, aside, iframes) and hidden elements are left out. Each block keeps its
 * source line and its chain of ancestor elements, so the report can be found inside the page shell.
 */

import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { squeezeHanSpaces } from '../normalize.ts';
import { publishedMetaNames } from '../published.ts';
import { buildGrid, type Grid } from './grid.ts';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

export type HtmlBlock =
  | { kind: 'text'; text: string; line: number; path: readonly Element[] }
  | { kind: 'table'; grid: Grid; line: number; path: readonly Element[] };

const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'title',
  'map',
  'audio',
  'video',
]);

const blockTags = new Set(
  'address article blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure form h1 h2 h3 h4 h5 h6 hr html li main menu ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Elements a browser would not show. */
export function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = (attr(el, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const isElement = (n: Node): n is Element => 'tagName' in n;

/** A table that lays out a page rather than holding data: it holds tables, or has one column. */
function isLayoutTable(el: Element, grid: Grid): boolean {
  const holdsTable = (n: Element): boolean =>
    n.childNodes.some((c) => isElement(c) && (c.tagName === 'table' || holdsTable(c)));
  return holdsTable(el) || grid.columns < 2 || grid.cells.some((c) => c.text.length > 400);
}

/** The text of an element's content, its block breaks as spaces (for a table cell). */
export function textOf(el: Element): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') out.push((n as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(n) && !skipped.has(n.tagName) && !isHidden(n)) {
      if (n.tagName === 'br' || blockTags.has(n.tagName)) out.push(' ');
      for (const c of n.childNodes) walk(c);
      if (blockTags.has(n.tagName)) out.push(' ');
    }
  };
  for (const c of el.childNodes) walk(c);
  return squeezeHanSpaces(out.join(''));
}

export interface FlatPage {
  blocks: HtmlBlock[];
  /** The page's <title>, and where it says it was published (canonical link or og:url). */
  title?: string;
  url?: string;
  /** The date a publication meta tag gives, as written (e.g. PubDate's `2024-01-19 10:42`). */
  published?: string;
}

/** Parses a page and flattens it into blocks in document order. */
export function flattenHtml(html: string): FlatPage {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const blocks: HtmlBlock[] = [];
  const page: FlatPage = { blocks };
  let buffer: string[] = [];
  let bufferLine = 0;
  let bufferPath: readonly Element[] = [];
  const flush = () => {
    const text = squeezeHanSpaces(buffer.join(''));
    if (text) blocks.push({ kind: 'text', text, line: bufferLine, path: bufferPath });
    buffer = [];
  };
  const walk = (n: Node, path: readonly Element[]) => {
    if (n.nodeName === '#text') {
      const value = (n as DefaultTreeAdapterTypes.TextNode).value;
      if (!buffer.length && !value.trim()) return;
      if (!buffer.length) {
        bufferLine = n.sourceCodeLocation?.startLine ?? 0;
        bufferPath = path;
      }
      buffer.push(value);
      return;
    }
    if (!isElement(n)) return;
    const tag = n.tagName;
    if (tag === 'title' && page.title === undefined) page.title = textOf(n);
    if (tag === 'link' && /\bcanonical\b/i.test(attr(n, 'rel') ?? '')) page.url ??= attr(n, 'href');
    if (tag === 'meta' && attr(n, 'property') === 'og:url') page.url ??= attr(n, 'content');
    if (tag === 'meta') {
      const name = (attr(n, 'name') ?? attr(n, 'property') ?? attr(n, 'itemprop'))?.toLowerCase();
      if (name && publishedMetaNames.has(name)) page.published ??= attr(n, 'content');
    }
    if (skipped.has(tag) || isHidden(n)) return;
    const here = [...path, n];
    if (tag === 'br') return flush();
    if (tag === 'table') {
      const grid = buildGrid(n, textOf);
      if (!isLayoutTable(n, grid)) {
        flush();
        blocks.push({ kind: 'table', grid, line: n.sourceCodeLocation?.startLine ?? 0, path: here });
        return;
      }
    }
    const block = blockTags.has(tag);
    if (block) flush();
    for (const c of n.childNodes) walk(c, here);
    if (block) flush();
  };
  for (const c of doc.childNodes) walk(c, []);
  flush();
  return page;
}
