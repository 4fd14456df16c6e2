/**
 * Whether, and how often, a page's text contains a query as written. Pagefind's phrase search
 * misses a page when the browser splits the query into words differently from how the index split
 * the page (吴忠 as 吴 忠 in the browser, 吴忠 in the index), so the search page confirms such pages
 * against their text. Text is compared as Pagefind stores it: lower case, its word marks (U+200B)
 * and the spaces between Chinese characters removed.
 */
const han = /\p{Script=Han}/u;

/** A text as the search compares it (see above). */
export function normaliseText(text: string): string {
  return normaliseWords(text).text;
}

/** A page's text normalised as `normaliseText` does, with the word each character came from. */
export interface NormalisedWords {
  text: string;
  wordAt: Int32Array;
}

const wordMark = 0x200b;
const utf16 = new TextDecoder('utf-16le');

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
 * Normalises a text and says, for each character kept, which word of it (counted by word marks,
 * U+200B, as Pagefind's fragment text marks them) it came from: a single pass over the text's UTF-16
 * units, since the merge of a build's index normalises 11,000 pages of about 3,000 characters (split
 * into words and copied word by word it took 3 s).
 */
export function normaliseWords(content: string): NormalisedWords {
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
    // A space between two Chinese characters is layout, not a word break. Code points, not UTF-16
    // units: 𠀀 and the rarer characters of names are two units each.
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

/**
 * Where `term` occurs in a normalised page: the position of the word each occurrence starts in, once
 * per word, counted as `occurrences` counts them (occurrences do not overlap).
 */
export function termPositions({ text, wordAt }: NormalisedWords, term: string): number[] {
  const q = normaliseText(term);
  const positions: number[] = [];
  if (!q) return positions;
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) {
    const word = wordAt[at] as number;
    if (positions.at(-1) !== word) positions.push(word);
  }
  return positions;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of the query in the text; a number only counts where it is the whole number. */
export function occurrences(text: string, query: string): number {
  const q = normaliseText(query);
  if (!q) return 0;
  const pattern = /^\d+$/.test(q) ? `(?<!\\d)${q}(?!\\d)` : escapeRegExp(q);
  return normaliseText(text).match(new RegExp(pattern, 'g'))?.length ?? 0;
}
