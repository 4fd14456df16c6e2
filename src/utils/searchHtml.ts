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
 * cells, which describe the site's checks rather than what the agency wrote; and the form's own
 * words, the same on every report (the tables' captions, row and column labels, the note on table
 * 三's identity, the hint to scroll), which would find every report and tell none apart. The
 * numbers, the prose, the title and the facts stay. Simple selectors (tag, .class, #id), or one
 * inside another (`.form th`), so tests can apply the same list to a built page. Likewise the
 * site's own words around the facts: their labels, the links every report has (逐行对照, JSON,
 * 与上年对比, 其他年度), the form's name and the placeholders for a missing date (`.furniture`);
 * and 办理结果一览, figures the site computes from table 三, whose numbers are indexed already.
 */
export const indexExcludeSelectors = [
  'nav',
  '.legend',
  '#checks',
  '.visually-hidden',
  '.form caption',
  '.form th',
  '.identity-note',
  '.scroll-hint',
  '.facts dt',
  '.furniture',
  '.outcome-breakdown',
];

/**
 * The ids the exclusions above select by (`#checks`): Pagefind applies them to the copy it is
 * handed, so that copy must keep them, or the excluded element would be indexed after all.
 */
const excludedIds: ReadonlySet<string> = new Set(
  indexExcludeSelectors.flatMap((s) =>
    s
      .split(/\s+/)
      .filter((part) => part.startsWith('#'))
      .map((id) => id.slice(1)),
  ),
);

/**
 * The indexed copy of a page without the ids of its elements, headings and `keep` apart: Pagefind
 * stores each id inside the indexed content as an anchor for sub-results (one per table cell, over
 * 200 on a report page), and the search page lists whole pages, never sub-results. The page itself
 * keeps every id; only what Pagefind is handed changes.
 */
export function withoutAnchors(html: string, keep: ReadonlySet<string> = excludedIds): string {
  return html.replace(
    /(<(?!h[1-6][\s>])[a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*?)\s+id="([^"]*)"/g,
    (tag: string, open: string, before: string, id: string) => (keep.has(id) ? tag : `${open}${before}`),
  );
}

/**
 * What Pagefind is handed for a built page: its elements separated and its ids left out. The
 * search tests read a built page through this too, so they see what the index saw.
 */
export function indexedCopy(html: string): string {
  return withoutAnchors(separateElements(html));
}

/** Whether a built page asks to be indexed (report and agency pages mark their content). */
export function isIndexedPage(html: string | Uint8Array): boolean {
  return typeof html === 'string' ? indexedMark.test(html) : hasIndexedMark(html);
}

const indexedMark = /\sdata-pagefind-body[\s=>]/;
const markBytes = new TextEncoder().encode('data-pagefind-body');
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * `isIndexedPage` on a page's UTF-8 bytes, without decoding the page: each place the attribute's
 * name occurs is decoded with the few bytes around it (whitespace is at most 3 bytes in UTF-8) and
 * tested as the string would be. The name is compared byte by byte: a decoder call at each of the
 * page's thousands of "d"s cost 6.9 s at 10,000 reports.
 */
function hasIndexedMark(bytes: Uint8Array): boolean {
  const first = markBytes[0] as number;
  const n = markBytes.length;
  candidates: for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    for (let k = 1; k < n; k++) if (bytes[at + k] !== markBytes[k]) continue candidates;
    const around = utf8.decode(bytes.subarray(Math.max(0, at - 3), at + n + 3));
    if (indexedMark.test(around)) return true;
  }
  return false;
}

/** The address a built file is served at: `agencies/x/index.html` → `/agencies/x/`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split(/[\\/]/).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
