import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

/**
 * Renders report prose to HTML. Raw HTML in the Markdown is dropped, never passed through,
 * so text from a report can never inject markup into the page.
 */
export function markdownToHtml(markdown: string): string {
  return toHtml(toHast(fromMarkdown(markdown)));
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
