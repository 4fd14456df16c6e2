/**
 * The words of a merged search index (searchMerge.ts): the parts' chunks read in word order, one
 * chunk per part at a time, with the words touming adds (whole terms) among them; each word's pages
 * renumbered to the merged order, their positions copied as bytes; chunks cut by Pagefind's measure.
 */
import type { Hash } from 'node:crypto';
import { join } from 'node:path';
import { type CborReader, CborWriter } from '../utils/cbor.ts';
import {
  type MetaChunk,
  readIndexFile,
  readWords,
  type WordPages,
  writeIndexFile,
  writeWord,
} from './pagefindFiles.ts';
import type { Part } from './searchMergeParts.ts';

/**
 * Chunk size, in Pagefind's measure (a page's word and meta positions plus one, summed over a
 * chunk's words): a chunk closes at the word that takes it to this. Pagefind uses 20,000; a search
 * loads the whole chunk a rare word sits in, so at 10,000 reports 法律援助 loaded 70 KB of chunks
 * at 20,000 and 16 KB at 5,000, for 8 KB more chunk list in the metadata. A word on every report
 * fills chunks of its own at any size.
 */
export const chunkWeight = 5_000;
/** Chunk files being compressed and written at once (8 at once left the merge waiting on them). */
const writesAtOnce = 32;

const utf8 = new TextEncoder();
const byBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b);

/** Pagefind's order of words and filter values: by their UTF-8 bytes. */
export function byteOrder(a: string, b: string): number {
  return byBytes(utf8.encode(a), utf8.encode(b));
}

/** Words in byte order, each with its page list and how its page numbers become the merged index's. */
interface WordSource {
  current: WordPages | undefined;
  bytes: Uint8Array;
  number(page: number): number;
  /** Whether touming added the words (whole terms), rather than Pagefind. */
  readonly added: boolean;
  advance(): Promise<void>;
}

/** One part's words in order, a chunk at a time. */
class WordCursor implements WordSource {
  readonly added = false;
  current: WordPages | undefined;
  bytes = new Uint8Array();
  private chunk = 0;
  private words: Generator<WordPages> | undefined;
  /** The next chunk, being read while this one's words are merged: the merge never waits on the disk for it. */
  private ahead: Promise<CborReader> | undefined;
  readonly part: Part;
  private readonly pageNumber: (part: Part, page: number) => number;
  constructor(part: Part, pageNumber: (part: Part, page: number) => number) {
    this.part = part;
    this.pageNumber = pageNumber;
  }

  private read(n: number): Promise<CborReader> | undefined {
    const chunk = this.part.meta.chunks[n];
    if (!chunk) return undefined;
    const reading = readIndexFile(join(this.part.folder, 'index', `${chunk.hash}.pf_index`));
    // A failed read surfaces when the merge reaches that chunk, not as an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  }

  number(page: number): number {
    return this.pageNumber(this.part, page);
  }

  async advance(): Promise<void> {
    for (;;) {
      const next = this.words?.next();
      if (next && !next.done) {
        this.current = next.value;
        this.bytes = utf8.encode(next.value.word);
        return;
      }
      const reading = this.ahead ?? this.read(this.chunk);
      if (!reading) {
        this.current = undefined;
        return;
      }
      this.chunk += 1;
      this.ahead = this.read(this.chunk);
      this.words = readWords(await reading);
    }
  }
}

/** Words touming adds, already in the merged index's page numbers, in byte order. */
class AddedWords implements WordSource {
  readonly added = true;
  current: WordPages | undefined;
  bytes = new Uint8Array();
  private readonly words: WordPages[];
  constructor(words: WordPages[]) {
    this.words = words
      .map((w) => ({ w, bytes: utf8.encode(w.word) }))
      .sort((a, b) => byBytes(a.bytes, b.bytes))
      .map(({ w }) => w);
  }

  number(page: number): number {
    return page;
  }

  async advance(): Promise<void> {
    this.current = this.words.shift();
    this.bytes = this.current ? utf8.encode(this.current.word) : new Uint8Array();
  }
}

/** The shortest prefixes that still tell two neighbouring chunks apart, as Pagefind names its chunks. */
function chunkBounds(chunks: MetaChunk[]): MetaChunk[] {
  for (let i = 0; i + 1 < chunks.length; i++) {
    const a = [...(chunks[i] as MetaChunk).to];
    const b = [...(chunks[i + 1] as MetaChunk).from];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    (chunks[i] as MetaChunk).to = a.slice(0, common + 1).join('');
    (chunks[i + 1] as MetaChunk).from = b.slice(0, common + 1).join('');
  }
  return chunks;
}

/**
 * Writes the merged index's chunks into `out`/index, named by count (`0.pf_index`, …) until the
 * merge knows the index's tag; `pageNumber` gives a part's page its merged number. Each chunk's
 * CBOR goes into `digest`, in order. Returns the chunks with their count names.
 */
export async function mergeWords(
  parts: Part[],
  added: WordPages[],
  pageNumber: (part: Part, page: number) => number,
  out: string,
  digest: Hash,
): Promise<MetaChunk[]> {
  const cursors: WordSource[] = [...parts.map((p) => new WordCursor(p, pageNumber)), new AddedWords(added)];
  await Promise.all(cursors.map((c) => c.advance()));
  const chunks: MetaChunk[] = [];
  const writing = new Set<Promise<void>>();
  const written: Promise<void>[] = [];
  let body = new CborWriter();
  let words = 0;
  let weight = 0;
  let from = '';
  let to = '';
  const flush = async () => {
    const cbor = new CborWriter().array(1).array(words).raw(body.bytes()).bytes();
    const hash = String(chunks.length);
    chunks.push({ from, to, hash });
    digest.update(cbor);
    const write = writeIndexFile(join(out, 'index', `${hash}.pf_index`), cbor);
    written.push(write);
    writing.add(write);
    // Settled either way it leaves the set; a failure is reported by the Promise.all at the end.
    void write.then(
      () => writing.delete(write),
      () => writing.delete(write),
    );
    if (writing.size >= writesAtOnce) await Promise.race(writing).catch(() => undefined);
    body = new CborWriter();
    words = 0;
    weight = 0;
  };
  for (;;) {
    let least: Uint8Array | undefined;
    for (const c of cursors) if (c.current && (!least || byBytes(c.bytes, least) < 0)) least = c.bytes;
    if (!least) break;
    const same = cursors.filter((c) => c.current && byBytes(c.bytes, least) === 0);
    // A word of the pages' own that happens to be an added word's name keeps its pages; the added
    // word is dropped rather than mixed in (its pages would be listed out of order).
    const kept = same.some((c) => !c.added) ? same.filter((c) => !c.added) : same;
    const lists = kept.map((c) => ({ pages: c.current as WordPages, number: (p: number) => c.number(p) }));
    const word = lists[0]?.pages.word ?? '';
    for (const l of lists) weight += l.pages.weight;
    for (const c of same) await c.advance();
    if (words === 0) from = word;
    to = word;
    writeWord(body, word, lists);
    words += 1;
    if (weight >= chunkWeight) await flush();
  }
  if (words > 0) await flush();
  await Promise.all(written);
  return chunkBounds(chunks);
}
