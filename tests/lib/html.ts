/** Reads built HTML pages for black-box tests: parse5 trees and a few queries over them. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/**
 * The two test builds `npm test` makes; TEST_DIST_DIR and TEST_SUBPATH_DIST_DIR point the tests at
 * builds made elsewhere (e.g. by someone working on one part of the site while another builds).
 */
export const distDir =
  withSlash(process.env.TEST_DIST_DIR) ?? new URL('../../dist/', import.meta.url).pathname;
export const subpathDistDir =
  withSlash(process.env.TEST_SUBPATH_DIST_DIR) ?? new URL('../../dist-subpath/', import.meta.url).pathname;
function withSlash(dir: string | undefined): string | undefined {
  return dir ? dir.replace(/\/?$/, '/') : undefined;
}
/** The sub-path the second test build is made under. */
export const subpathBase = '/touming/';

export async function loadPage(path: string, root = distDir) {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return parse(await readFile(join(root, file), 'utf8'));
}

export function elements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) walk(c as Node);
  };
  walk(node);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((c) => text(c as Node)).join('') : '';
}

export function byTag(node: Node, tag: string): Element[] {
  return elements(node).filter((e) => e.tagName === tag);
}
