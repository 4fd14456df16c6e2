/**
 * The form's terms indexed whole. Pagefind answers a Chinese query from the browser's split of it
 * (行政复议 → 行政 复 议) and loads every page list of every piece: at 10,000 reports 行政 alone,
 * on every report about ten times, is 122 KB gzipped, and 行政复议 loaded 194 KB of index. The
 * form's own terms (the glossary's, catalogue/terms.ts) are on nearly every report, so they are the
 * searches that cost the most. The merge of the index (integrations/searchMerge.ts) therefore adds
 * each term as one more word, under a name the browser keeps whole (`wholeTermWord`), listing the
 * pages whose text contains the term and where; the search page looks a term up by that name
 * (31.7 KB for 行政复议). Text is compared as the search page compares it (`normaliseText`).
 */
import { normaliseText } from './searchText.ts';

const han = /\p{Script=Han}/u;

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

/** The index word to search for `q`: its term's word when `q` is one of `terms`, else undefined. */
export function wholeTermQuery(q: string, terms: readonly string[]): string | undefined {
  const query = normaliseText(q.replace(/["“”]/g, ''));
  return terms.some((t) => normaliseText(t) === query) ? wholeTermWord(query) : undefined;
}

/** A page's text normalised as `normaliseText` does, with the word each character came from. */
export interface NormalisedWords {
  text: string;
  wordAt: Int32Array;
}

const wordMark = 0x200b;

/** Whether a UTF-16 unit is one `\s` matches (the test runs on every character of every page). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The code point that ends at unit `end` of `codes` (a surrogate pair read whole). */
function pointBefore(codes: Uint16Array, end: number): string {
  const low = codes[end - 1] ?? 0;
  const high = codes[end - 2] ?? 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? String.fromCharCode(high, low)
    : String.fromCharCode(low);
}

/**
 * Normalises a page's words (Pagefind's fragment text, its words joined by word marks U+200B) once,
 * for `termPositions`: a single pass over the text's UTF-16 units, since a page has about 3,000
 * characters and a build 11,000 pages (split into words and copied word by word it took 3 s).
 */
export function normaliseWords(words: readonly string[] | string): NormalisedWords {
  const content = typeof words === 'string' ? words : words.join(String.fromCharCode(wordMark));
  const lower = content.toLowerCase();
  // Lower case that changes a text's length (rare letters) is done a character at a time.
  const source =
    lower.length === content.length ? lower : [...content].map((ch) => ch.toLowerCase()).join('');
  const codes = new Uint16Array(source.length);
  const wordAt = new Int32Array(source.length);
  let length = 0;
  let word = 0;
  let space = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === wordMark) {
      word++;
      continue;
    }
    if (isSpace(c)) {
      if (length > 0 && space < 0) space = word;
      continue;
    }
    // A space between two Chinese characters is layout, not a word break (as normaliseText).
    if (space >= 0) {
      const next = String.fromCodePoint(source.codePointAt(i) ?? c);
      if (!(han.test(pointBefore(codes, length)) && han.test(next))) {
        codes[length] = 0x20;
        wordAt[length++] = space;
      }
      space = -1;
    }
    codes[length] = c;
    wordAt[length++] = word;
  }
  return { text: utf16.decode(codes.subarray(0, length)), wordAt: wordAt.subarray(0, length) };
}

const utf16 = new TextDecoder('utf-16le');

/**
 * Where `term` occurs in a page's words: the position of the word each occurrence starts in, once
 * per word, counted as `occurrences` counts them (occurrences do not overlap).
 */
export function termPositions(words: readonly string[] | NormalisedWords, term: string): number[] {
  const { text, wordAt } = 'text' in words ? words : normaliseWords(words);
  const q = normaliseText(term);
  const positions: number[] = [];
  if (!q) return positions;
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) {
    const word = wordAt[at] as number;
    if (positions.at(-1) !== word) positions.push(word);
  }
  return positions;
}
