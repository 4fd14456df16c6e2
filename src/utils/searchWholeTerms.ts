/**
 * The form's terms indexed whole. Pagefind answers a Chinese query from the browser's split of it
 * (行政复议 → 行政 复 议) and loads every page list of every piece: at 10,000 reports 行政 alone,
 * on every report about ten times, is 122 KB gzipped, and 行政复议 loaded 194 KB of index. The
 * form's own terms (the glossary's, catalogue/terms.ts) are on nearly every report, so they are the
 * searches that cost the most. The merge of the index (integrations/searchMerge.ts) therefore adds
 * each term as one more word, under a name the browser keeps whole (`wholeTermWord`), listing the
 * pages whose text contains the term and where; the search page looks a term up by that name
 * (33 KB for 行政复议 at 10,000 reports). Text is compared as the search page compares it (`normaliseText`).
 */
import { normaliseText } from './searchText.ts';

/**
 * The index word a term is listed under: `tm` and a base-36 digest of the term, letters and digits
 * only, so the browser's word splitter keeps it one word and Pagefind looks it up as it is.
 */
export function wholeTermWord(term: string): string {
  // FNV-1a, 32 bits: the same in the build and in the browser, with no library.
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(normaliseText(term))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `tm${hash.toString(36).padStart(7, '0')}`;
}

/**
 * When `q` is one of `terms` (however spaced or quoted): the term as the search compares text, and
 * the index word to search for it. Undefined for any other query.
 */
export function wholeTermQuery(
  q: string,
  terms: readonly string[],
): { term: string; word: string } | undefined {
  const term = normaliseText(q.replace(/["“”]/g, ''));
  return terms.some((t) => normaliseText(t) === term) ? { term, word: wholeTermWord(term) } : undefined;
}
