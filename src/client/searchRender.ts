/**
 * Builds the result list from Pagefind results with DOM calls and text nodes only: excerpts are
 * split into plain and marked pieces, never assigned as HTML.
 */
import { excerptPieces, markTerm, termExcerpt } from '../utils/searchExcerpt.ts';
import type { PagefindResultData } from './searchPagefind.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "机关 · 年度 · 地区": every result says whose it is and which year (or that it is the agency's page). */
export function resultFacts(meta: PagefindResultData['meta']): string[] {
  const facts = [meta.agency ?? ''];
  facts.push(meta.type === 'agency' ? '机关主页' : meta.year ? `${meta.year}年度` : '');
  if (meta.region) facts.push(meta.region);
  return facts.filter(Boolean);
}

/** `term`: the query, when it was looked up as a term indexed whole, to mark it whole in the excerpt. */
export function renderResult(data: PagefindResultData, level: 'h2' | 'h3', term?: string): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el(level, 'search-result-title');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const facts = el('p', 'search-result-facts');
  for (const fact of resultFacts(data.meta)) facts.append(el('span', undefined, fact));
  const excerpt = el('p', 'search-result-excerpt');
  // A term indexed whole gets an excerpt of its own choosing (prose about it, not a run of table
  // numbers); Pagefind's, with the term marked whole, where the text does not hold it as written.
  const pieces = excerptPieces(data.excerpt);
  const shown = term ? (termExcerpt(data.content, term) ?? markTerm(pieces, term)) : pieces;
  for (const piece of shown) {
    excerpt.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  }
  item.append(heading, facts, excerpt);
  return item;
}
