import type { ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { plainParagraphs } from './markdownPlain.ts';
import { isSafeLink, isWebAddress } from './safeUrl.ts';

/**
 * Renders report prose to HTML. Raw HTML in the Markdown is dropped, never passed through, so text
 * from a report can never inject markup into the page; links and images are made safe by
 * `safeLinks`. Prose of plain lines only (most reports' prose) is not parsed: each line is a paragraph
 * of its own characters, none of which Markdown or HTML would read as markup (`plainParagraphs`).
 */
export function markdownToHtml(markdown: string, idOf?: (block: number) => string | undefined): string {
  const plain = plainParagraphs(markdown);
  if (!plain) return parsedToHtml(markdown, idOf);
  const ids = plain.map((_, i) => idOf?.(i));
  // An id is the site's own (statedId); one that would need escaping takes the parser's path.
  if (ids.some((id) => id !== undefined && !/^[\w-]+$/.test(id))) return parsedToHtml(markdown, idOf);
  return plain.map((text, i) => (ids[i] ? `<p id="${ids[i]}">${text}</p>` : `<p>${text}</p>`)).join('\n');
}

/** `markdownToHtml` through the Markdown parser, for any Markdown (the plain path equals it). */
export function parsedToHtml(markdown: string, idOf?: (block: number) => string | undefined): string {
  const tree = toHast(fromMarkdown(markdown)) as Root;
  tree.children = safeLinks(tree.children) as RootContent[];
  // An anchor on a block a link points at (a paragraph whose figure the checks read), by block index.
  if (idOf)
    topBlocks(tree).forEach((el, i) => {
      const id = idOf(i);
      if (id) el.properties.id = id;
    });
  return toHtml(tree);
}

type HastElement = Extract<RootContent, { type: 'element' }>;

/** The top-level blocks of rendered Markdown (paragraphs, lists, tables…), in order. */
const topBlocks = (tree: Root) => tree.children.filter((n): n is HastElement => n.type === 'element');

const textOf = (n: RootContent | ElementContent): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map(textOf).join('') : '';

/** The plain text of each top-level block markdownToHtml renders, indexed as its `idOf` is called. */
export function blockTexts(markdown: string): string[] {
  return plainParagraphs(markdown) ?? parsedBlockTexts(markdown);
}

/** `blockTexts` through the Markdown parser, for any Markdown. */
export function parsedBlockTexts(markdown: string): string[] {
  return topBlocks(toHast(fromMarkdown(markdown)) as Root).map(textOf);
}

/**
 * A report's links and images, made harmless: a link to anything but http(s), mailto or this site
 * is its text alone (its scheme is checked as the browser would read the attribute, after Markdown
 * decoded its entities); an image is never loaded — from another site it would tell that site who
 * reads the report, and break the site's promise of no request elsewhere — so it becomes a link to
 * the image when that is an http(s) address, or else its alt text.
 */
function safeLinks(nodes: readonly (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  return nodes.flatMap((node): (RootContent | ElementContent)[] => {
    if (node.type !== 'element') return [node];
    const children = safeLinks(node.children) as ElementContent[];
    if (node.tagName === 'a') {
      const href = node.properties.href;
      return typeof href === 'string' && isSafeLink(href) ? [{ ...node, children }] : children;
    }
    if (node.tagName === 'img') {
      const src = node.properties.src;
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
      if (typeof src === 'string' && isWebAddress(src)) {
        const text = { type: 'text' as const, value: alt || src };
        return [{ type: 'element', tagName: 'a', properties: { href: src }, children: [text] }];
      }
      return alt ? [{ type: 'text', value: alt }] : [];
    }
    return [{ ...node, children }];
  });
}

/** The first paragraph's plain text, shortened, for page descriptions. */
export function plainExcerpt(markdown: string, maxLength = 120): string {
  const text = markdown
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/^#+\s.*$/gm, '')
        .replace(/[*_`>#]/g, '')
        .trim(),
    )
    .find((p) => p.length > 0);
  if (!text) return '';
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
