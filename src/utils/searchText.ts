/**
 * Whether, and how often, a page's text contains a query as written. Pagefind's phrase search
 * misses a page when the browser splits the query into words differently from how the index split
 * the page (吴忠 as 吴 忠 in the browser, 吴忠 in the index), so the search page confirms such pages
 * against their text. Text is compared as Pagefind stores it: lower case, its word marks (U+200B)
 * and the spaces between Chinese characters removed.
 */
const han = /\p{Script=Han}/u;

export function normaliseText(text: string): string {
  const plain = text
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  let out = '';
  const chars = [...plain];
  for (const [i, ch] of chars.entries()) {
    // A space between two Chinese characters is layout, not a word break. Characters, not UTF-16
    // units: 𠀀 and the rarer characters of names are two units each.
    if (ch === ' ' && han.test(chars[i - 1] ?? '') && han.test(chars[i + 1] ?? '')) continue;
    out += ch;
  }
  return out.trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of the query in the text; a number only counts where it is the whole number. */
export function occurrences(text: string, query: string): number {
  const q = normaliseText(query);
  if (!q) return 0;
  const pattern = /^\d+$/.test(q) ? `(?<!\\d)${q}(?!\\d)` : escapeRegExp(q);
  return normaliseText(text).match(new RegExp(pattern, 'g'))?.length ?? 0;
}
