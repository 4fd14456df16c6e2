/**
 * Prepares built HTML for the search index without changing the published page. Pagefind joins
 * the text of adjacent elements, so `<td>2022</td><td>2023</td>` would be indexed as "20222023";
 * markup generated from lists (table cells, list items, links) has no whitespace between elements.
 * A space at every element boundary keeps each number and name its own word.
 */
export function separateElements(html: string): string {
  return (
    html
      // `</td><td>`, `</li><li>`, `</a></li>`: a closing tag directly followed by another tag.
      .replace(/(<\/[a-zA-Z][\w-]*\s*>)(?=<[a-zA-Z/])/g, '$1 ')
      // A line break separates words as surely as a cell border does.
      .replace(/(<br\s*\/?>)(?!\s)/gi, '$1 ')
  );
}

/**
 * Page furniture inside the indexed content, left out of the index: navigation (breadcrumbs, a
 * report's table of contents), legends, the 数据核验 panel and the screen-reader notes on flagged
 * cells, which describe the site's checks rather than what the agency wrote. Simple selectors only
 * (tag, .class, #id), so tests can apply the same list to a built page.
 */
export const indexExcludeSelectors = ['nav', '.legend', '#checks', '.visually-hidden'];

/** Whether a built page asks to be indexed (report and agency pages mark their content). */
export function isIndexedPage(html: string): boolean {
  return /\sdata-pagefind-body[\s=>]/.test(html);
}

/** The address a built file is served at: `agencies/x/index.html` → `/agencies/x/`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split(/[\\/]/).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
