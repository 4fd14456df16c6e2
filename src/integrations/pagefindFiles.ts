/**
 * Pagefind's index files, as version 1.6 writes them, read and written for the merge of a build's
 * index parts (searchMerge.ts). Each file is gzip over a 12-byte signature and one CBOR item:
 * - `pagefind.<hash>.pf_meta`: [version, pages [[fragment hash, word count, ""]], index chunks
 *   [[from, to, hash]], filters [[name, hash]], sorts [[name, page numbers in order]], meta keys];
 * - `index/<hash>.pf_index`: [[word, pages [[page delta, positions, meta positions]], []]], the
 *   words in byte order, each page number given as the difference from the word's previous page;
 * - `filter/<hash>.pf_filter`: [name, [[value, page numbers]]];
 * - `fragment/<hash>.pf_fragment`: the page's URL, text and metadata as JSON.
 * The shapes were read from the files Pagefind writes and are checked on every read: a file of
 * another shape (another Pagefind version) is refused, never half-understood.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';
import { CborReader, CborWriter } from '../utils/cbor.ts';

/** The Pagefind release whose files this module reads; pagefind-entry.json names it. */
export const pagefindFormatVersion = '1.6.0';

const signature = new TextEncoder().encode('pagefind_dcd');
const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

export interface MetaPage {
  /** The page's fragment file name, without `.pf_fragment`. */
  hash: string;
  wordCount: number;
}

export interface MetaChunk {
  from: string;
  to: string;
  hash: string;
}

export interface MetaIndex {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: { name: string; hash: string }[];
  sorts: { name: string; pages: number[] }[];
  /** The keys of the pages' metadata. */
  metaKeys: string[];
}

export interface FilterIndex {
  name: string;
  values: { value: string; pages: number[] }[];
}

/**
 * One word of an index chunk: its pages, each with its positions kept as the CBOR bytes Pagefind
 * wrote (the merge renumbers pages, never positions).
 */
export interface WordPages {
  word: string;
  /** The pages the word is on, ascending (page numbers of the index that was read). */
  pages: number[];
  /**
   * For page `i`, its entry's positions and meta positions as written: `bytes` from `spans[2i]` to
   * `spans[2i + 1]`.
   */
  spans: number[];
  bytes: Uint8Array;
  /** Pagefind's chunk-size measure: each page's positions and meta positions, plus one. */
  weight: number;
}

/** The bytes after the signature of an unzipped Pagefind file. */
function afterSignature(bytes: Uint8Array, path: string): Uint8Array {
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error(`${path}: not a Pagefind index file`);
  return bytes.subarray(signature.length);
}

export async function readIndexFile(path: string): Promise<CborReader> {
  return new CborReader(afterSignature(new Uint8Array(await gunzipAsync(await readFile(path))), path));
}

/** What a page's fragment (`fragment/<hash>.pf_fragment`: JSON, not CBOR) holds that touming reads. */
export interface Fragment {
  url: string;
  /** The page's indexed text, words joined by zero-width spaces. */
  content: string;
  meta?: Record<string, string>;
}

/** A fragment file's contents, from its gzipped bytes; `path` names it in an error. */
export function decodeFragment(gzipped: Uint8Array, path: string): Fragment {
  return JSON.parse(Buffer.from(afterSignature(gunzipSync(gzipped), path)).toString('utf8')) as Fragment;
}

/**
 * Gzip level for written files. Pagefind uses 9; on these highly repetitive page lists 9 took 31.7 s
 * for the 116 MB of a 10,000-report index and 7 took 4.9 s, for 3 % more bytes (32.8 MB, not 31.8).
 * The merge compresses after the last page, so its time is the build's: on the 106 MB of a later
 * 10,000-report index, 7 took 4.5 s, 5 took 1.6 s and 4 took 1.1 s, for 31.9, 32.6 and 33.7 MB.
 */
const gzipLevel = 5;

/** Writes one index file: the signature and the CBOR, gzipped. */
export async function writeIndexFile(path: string, cbor: Uint8Array): Promise<void> {
  const whole = new Uint8Array(signature.length + cbor.length);
  whole.set(signature);
  whole.set(cbor, signature.length);
  await writeFile(path, await gzipAsync(whole, { level: gzipLevel }));
}

/** A content hash for a file name, `<language>_<hex>`, at least `length` hex digits. */
export function contentHash(language: string, cbor: Uint8Array, length = 7): string {
  return `${language}_${createHash('sha256').update(cbor).digest('hex').slice(0, length)}`;
}

function expectArray(r: CborReader, n: number, what: string): void {
  const found = r.array();
  if (found !== n) throw new Error(`Pagefind ${what}: expected ${n} fields, found ${found}`);
}

function list<T>(r: CborReader, item: () => T): T[] {
  const n = r.array();
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(item());
  return out;
}

export function decodeMeta(r: CborReader): MetaIndex {
  expectArray(r, 6, 'metadata');
  const version = r.text();
  const pages = list(r, () => {
    expectArray(r, 3, 'page');
    const page = { hash: r.text(), wordCount: r.uint() };
    if (r.text() !== '') throw new Error('Pagefind page: an unknown third field is set');
    return page;
  });
  const chunks = list(r, () => {
    expectArray(r, 3, 'index chunk');
    return { from: r.text(), to: r.text(), hash: r.text() };
  });
  const filters = list(r, () => {
    expectArray(r, 2, 'filter');
    return { name: r.text(), hash: r.text() };
  });
  const sorts = list(r, () => {
    expectArray(r, 2, 'sort');
    return { name: r.text(), pages: list(r, () => r.uint()) };
  });
  const metaKeys = list(r, () => r.text());
  if (!r.done) throw new Error('Pagefind metadata: bytes after the end');
  return { version, pages, chunks, filters, sorts, metaKeys };
}

export function encodeMeta(m: MetaIndex): Uint8Array {
  const w = new CborWriter().array(6).text(m.version);
  w.array(m.pages.length);
  for (const p of m.pages) w.array(3).text(p.hash).uint(p.wordCount).text('');
  w.array(m.chunks.length);
  for (const c of m.chunks) w.array(3).text(c.from).text(c.to).text(c.hash);
  w.array(m.filters.length);
  for (const f of m.filters) w.array(2).text(f.name).text(f.hash);
  w.array(m.sorts.length);
  for (const s of m.sorts) {
    w.array(2).text(s.name).array(s.pages.length);
    for (const p of s.pages) w.uint(p);
  }
  w.array(m.metaKeys.length);
  for (const k of m.metaKeys) w.text(k);
  return w.bytes();
}

export function decodeFilter(r: CborReader): FilterIndex {
  expectArray(r, 2, 'filter index');
  const name = r.text();
  const values = list(r, () => {
    expectArray(r, 2, 'filter value');
    return { value: r.text(), pages: list(r, () => r.uint()) };
  });
  return { name, values };
}

export function encodeFilter(f: FilterIndex): Uint8Array {
  const w = new CborWriter().array(2).text(f.name).array(f.values.length);
  for (const v of f.values) {
    w.array(2).text(v.value).array(v.pages.length);
    for (const p of v.pages) w.uint(p);
  }
  return w.bytes();
}

/** The words of one index chunk, in order, each page's positions left as bytes. */
export function* readWords(r: CborReader): Generator<WordPages> {
  expectArray(r, 1, 'index chunk');
  const words = r.array();
  for (let i = 0; i < words; i++) {
    expectArray(r, 3, 'word');
    const word = r.text();
    const count = r.array();
    if (count === 0) throw new Error(`Pagefind word ${word}: no pages`);
    const pages: number[] = [];
    const spans: number[] = [];
    let page = 0;
    let weight = 0;
    for (let p = 0; p < count; p++) {
      expectArray(r, 3, 'word page');
      page += r.uint();
      pages.push(page);
      spans.push(r.pos);
      const positions = r.skipInts();
      const metaPositions = r.skipInts();
      spans.push(r.pos);
      weight += positions + metaPositions + 1;
    }
    if (r.array() !== 0) throw new Error(`Pagefind word ${word}: an unknown third field is set`);
    yield { word, pages, spans, bytes: r.bytes, weight };
  }
  if (!r.done) throw new Error('Pagefind index chunk: bytes after the end');
}

/**
 * One word of a merged chunk: the pages of each list, numbered by that list's `number` (from the
 * numbers of the index it was read from to the merged index's), in the merged page order.
 */
export function writeWord(
  w: CborWriter,
  word: string,
  lists: readonly { pages: WordPages; number: (page: number) => number }[],
): void {
  let count = 0;
  for (const l of lists) count += l.pages.pages.length;
  // Each entry as one number, merged page × 2^26 + its place among the word's entries, so a plain
  // numeric sort orders them (a word's entries are far fewer than 2^26; pages fewer than 2^27).
  const keys = new Float64Array(count);
  const list = new Uint16Array(count);
  const entry = new Int32Array(count);
  let k = 0;
  let sorted = true;
  for (const [li, { pages, number }] of lists.entries())
    for (let i = 0; i < pages.pages.length; i++, k++) {
      keys[k] = number(pages.pages[i] as number) * 2 ** 26 + k;
      list[k] = li;
      entry[k] = i;
      if (k > 0 && (keys[k] as number) < (keys[k - 1] as number)) sorted = false;
    }
  if (!sorted) keys.sort();
  w.array(3).text(word).array(count);
  let previous = 0;
  for (const key of keys) {
    const at = key % 2 ** 26;
    const page = (key - at) / 2 ** 26;
    const { pages } = lists[list[at] as number] as (typeof lists)[number];
    const i = entry[at] as number;
    w.array(3)
      .uint(page - previous)
      .rawRange(pages.bytes, pages.spans[2 * i] as number, pages.spans[2 * i + 1] as number);
    previous = page;
  }
  w.array(0);
}

/**
 * Pagefind's weight for ordinary text, as its position lists mark it: a negative number starts a run
 * of positions of weight -(n + 1), the first given as it is and the rest as the step from the one
 * before (read from the lists Pagefind writes: `[-25, 283, 309, 28]` is 283, 592, 620 at weight 24).
 */
const ordinaryWeight = -25;

/**
 * A word's page list written as Pagefind writes one, for a word touming adds to the index: `pages`
 * in page order, each with the ascending word positions the word starts at, all of ordinary weight.
 */
export function wordPagesOf(
  word: string,
  pages: readonly { page: number; positions: readonly number[] }[],
): WordPages {
  if (pages.length === 0 || pages.some((p) => p.positions.length === 0))
    throw new Error(`index word ${word}: a page without positions`);
  const w = new CborWriter();
  const spans: number[] = [];
  for (const p of pages) {
    spans.push(w.size);
    w.array(p.positions.length + 1).int(ordinaryWeight);
    let previous = 0;
    for (const position of p.positions) {
      w.int(position - previous);
      previous = position;
    }
    w.array(0);
    spans.push(w.size);
  }
  return {
    word,
    pages: pages.map((p) => p.page),
    spans,
    bytes: w.bytes(),
    weight: pages.reduce((n, p) => n + p.positions.length + 2, 0),
  };
}
