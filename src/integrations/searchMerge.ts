/**
 * Joins the parts of a build's search index (searchFeed.ts) into one Pagefind index, as if Pagefind
 * had indexed every page at once. Parts bound the build's memory, but a browser searching N parts
 * loads N copies of everything a word needs: a rare word's index chunk (about 20 KB) once per part,
 * where one index loads it once. The merge streams: the parts' chunks are read in word order, one
 * chunk per part at a time, and each word's page lists are copied as bytes with their page numbers
 * moved past the parts before; fragments are moved, not rewritten. Memory stays at a few chunks.
 *
 * What a single Pagefind index would hold, the merge writes: pages in part order; words in byte
 * order, chunked by Pagefind's measure (smaller chunks, `chunkWeight`); fragments and chunks named by
 * count (`countedNames`); filters with every part's pages; each sort in value order
 * (values from the pages' metadata, `sortValue`), ties in page order. A part whose files are not
 * Pagefind 1.6's, or whose sort order disagrees with those values, stops the merge with the reason.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CborWriter } from '../utils/cbor.ts';
import { normaliseWords, termPositions, wholeTermWord } from '../utils/searchWholeTerms.ts';
import {
  contentHash,
  decodeFilter,
  decodeFragment,
  decodeMeta,
  encodeFilter,
  encodeMeta,
  type FilterIndex,
  type MetaChunk,
  type MetaIndex,
  pagefindFormatVersion,
  readIndexFile,
  readWords,
  type WordPages,
  wordPagesOf,
  writeIndexFile,
  writeWord,
} from './pagefindFiles.ts';

/**
 * Chunk size, in Pagefind's measure (a page's word and meta positions plus one, summed over a
 * chunk's words): a chunk closes at the word that takes it to this. Pagefind uses 20,000; a search
 * loads the whole chunk a rare word sits in, so at 10,000 reports 法律援助 loaded 70 KB of chunks
 * at 20,000 and 16 KB at 5,000, for 8 KB more chunk list in the metadata. A word on every report
 * fills chunks of its own at any size.
 */
export const chunkWeight = 5_000;
/** Changes whenever the merge writes different files from the same parts (see `countedNames`). */
const mergeFormat = `touming-merge-2 chunkWeight=${chunkWeight}`;
/** Chunk files being compressed and written at once. */
const writesAtOnce = 8;

export interface MergeOptions {
  /** The folders of the parts, in order; the first is the main index folder the merge writes into. */
  parts: readonly string[];
  /** A page's value for a sort, from its metadata (Pagefind keeps sort values only as an order). */
  sortValue(sort: string, meta: Record<string, string>): string | undefined;
  /**
   * Terms to add to the index as words of their own (utils/searchWholeTerms.ts): each listed under
   * `wholeTermWord(term)` with the pages whose text contains it.
   */
  wholeTerms?: readonly string[];
}

interface Part {
  folder: string;
  language: string;
  entry: { version: string; languages: Record<string, { hash: string; page_count: number }> };
  meta: MetaIndex;
  /** Pages in the parts before this one. */
  offset: number;
}

async function readPart(folder: string): Promise<Omit<Part, 'offset'>> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as Part['entry'];
  if (entry.version !== pagefindFormatVersion)
    throw new Error(
      `the search index in ${folder} was written by Pagefind ${entry.version}; touming merges the parts of Pagefind ${pagefindFormatVersion}'s indexes (src/integrations/pagefindFiles.ts)`,
    );
  const languages = Object.entries(entry.languages);
  const [language, info] = languages[0] ?? [];
  if (languages.length !== 1 || !language || !info)
    throw new Error(`the search index in ${folder} has ${languages.length} languages; touming writes one`);
  const meta = decodeMeta(await readIndexFile(join(folder, `pagefind.${info.hash}.pf_meta`)));
  return { folder, language, entry, meta };
}

const utf8 = new TextEncoder();
const byBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b);

/** Words in byte order, each with its page list and the pages to move its page numbers by. */
interface WordSource {
  current: WordPages | undefined;
  bytes: Uint8Array;
  readonly offset: number;
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
  readonly part: Part;
  constructor(part: Part) {
    this.part = part;
  }

  get offset(): number {
    return this.part.offset;
  }

  async advance(): Promise<void> {
    for (;;) {
      const next = this.words?.next();
      if (next && !next.done) {
        this.current = next.value;
        this.bytes = utf8.encode(next.value.word);
        return;
      }
      const chunk = this.part.meta.chunks[this.chunk++];
      if (!chunk) {
        this.current = undefined;
        return;
      }
      this.words = readWords(await readIndexFile(join(this.part.folder, 'index', `${chunk.hash}.pf_index`)));
    }
  }
}

/** Words touming adds, already in the merged index's page numbers, in byte order. */
class AddedWords implements WordSource {
  readonly added = true;
  readonly offset = 0;
  current: WordPages | undefined;
  bytes = new Uint8Array();
  private readonly words: WordPages[];
  constructor(words: WordPages[]) {
    this.words = words
      .map((w) => ({ w, bytes: utf8.encode(w.word) }))
      .sort((a, b) => byBytes(a.bytes, b.bytes))
      .map(({ w }) => w);
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
 * Names for the merged index's fragment and chunk files: a tag, then a number in base 36
 * (`zh_3fa9c1` + `2k`). The metadata lists a name for every page and chunk, and every first search
 * loads it: Pagefind's random content hashes cost 3.5 bytes a page even gzipped, 35 KB of 120 at
 * 10,000 reports; counted names gzip to little. The tag is a digest of the parts' own metadata
 * hashes (which cover every page, word and filter) and of `mergeFormat`, so any change to the
 * index, or to how it is merged, renames every file and a browser never pairs a cached file with
 * another build's metadata.
 */
export function countedNames(language: string, partHashes: readonly string[]): (n: number) => string {
  const tag = createHash('sha256')
    .update([mergeFormat, ...partHashes].join('\n'))
    .digest('hex')
    .slice(0, 6);
  return (n) => `${language}_${tag}${n.toString(36)}`;
}

/** A name for a new file of this content, unused in `taken`. */
function freshName(language: string, cbor: Uint8Array, taken: Set<string>): string {
  for (let length = 7; ; length++) {
    const name = contentHash(language, cbor, length);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

async function mergeWords(
  parts: Part[],
  added: WordPages[],
  out: string,
  name: (n: number) => string,
): Promise<MetaChunk[]> {
  const cursors: WordSource[] = [...parts.map((p) => new WordCursor(p)), new AddedWords(added)];
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
    const hash = name(chunks.length);
    chunks.push({ from, to, hash });
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
    const lists = kept.map((c) => ({ pages: c.current as WordPages, offset: c.offset }));
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

async function mergeFilters(parts: Part[], out: string, language: string): Promise<MetaIndex['filters']> {
  const merged = new Map<string, Map<string, number[]>>();
  for (const part of parts)
    for (const { hash } of part.meta.filters) {
      const filter = decodeFilter(await readIndexFile(join(part.folder, 'filter', `${hash}.pf_filter`)));
      const values = merged.get(filter.name) ?? new Map<string, number[]>();
      merged.set(filter.name, values);
      for (const { value, pages } of filter.values)
        values.set(value, [...(values.get(value) ?? []), ...pages.map((p) => p + part.offset)]);
    }
  const taken = new Set<string>();
  const filters: MetaIndex['filters'] = [];
  for (const name of [...merged.keys()].sort((a, b) => byBytes(utf8.encode(a), utf8.encode(b)))) {
    const values = [...(merged.get(name) ?? [])]
      .sort(([a], [b]) => byBytes(utf8.encode(a), utf8.encode(b)))
      .map(([value, pages]) => ({ value, pages }));
    const cbor = encodeFilter({ name, values } satisfies FilterIndex);
    const hash = freshName(language, cbor, taken);
    await writeIndexFile(join(out, 'filter', `${hash}.pf_filter`), cbor);
    filters.push({ name, hash });
  }
  return filters;
}

/**
 * `work` on every item, a few at a time (file reads and renames wait on the disk, not the CPU);
 * the results in the items' order.
 */
async function eachAtOnce<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  atOnce = 32,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return results;
}

interface FragmentPlan {
  pages: MetaIndex['pages'];
  /** Each page's metadata, in merged page order. */
  meta: Record<string, string>[];
  /** Fragment files to move: from a part's folder to a name in the merged one. */
  moves: { from: string; name: string }[];
  /** For each whole term (`MergeOptions.wholeTerms`), the pages whose text has it, and where. */
  terms: { page: number; positions: number[] }[][];
}

/**
 * Reads every part's fragments (for the pages' metadata) and names each distinct fragment in the
 * merged index by `name`, in page order: a page shares a file only with a page of the same
 * fragment, byte for byte (two parts may give different pages the same hash). Nothing is moved yet.
 */
async function planFragments(
  parts: Part[],
  name: (n: number) => string,
  wholeTerms: readonly string[],
): Promise<FragmentPlan> {
  const plan: FragmentPlan = { pages: [], meta: [], moves: [], terms: wholeTerms.map(() => []) };
  /** The merged names given to each part hash, with the bytes they hold. */
  const given = new Map<string, { name: string; bytes: Buffer }[]>();
  for (const part of parts) {
    const named = new Map<string, { name: string; meta: Record<string, string>; terms: number[][] }>();
    const fileOf = (hash: string) => join(part.folder, 'fragment', `${hash}.pf_fragment`);
    const hashes = [...new Set(part.meta.pages.map((p) => p.hash))];
    const read = new Map(
      (await eachAtOnce(hashes, (hash) => readFile(fileOf(hash)))).map((bytes, i) => [hashes[i], bytes]),
    );
    for (const page of part.meta.pages) {
      let known = named.get(page.hash);
      if (!known) {
        const from = fileOf(page.hash);
        const bytes = read.get(page.hash) as Buffer;
        const same = given.get(page.hash) ?? [];
        given.set(page.hash, same);
        let file = same.find((f) => f.bytes.equals(bytes))?.name;
        if (!file) {
          file = name(plan.moves.length);
          same.push({ name: file, bytes });
          plan.moves.push({ from, name: file });
        }
        const fragment = decodeFragment(bytes, from);
        const words = wholeTerms.length > 0 ? normaliseWords(fragment.content) : undefined;
        known = {
          name: file,
          meta: fragment.meta ?? {},
          terms: words ? wholeTerms.map((t) => termPositions(words, t)) : [],
        };
        named.set(page.hash, known);
      }
      for (const [t, positions] of known.terms.entries())
        if (positions.length > 0) plan.terms[t]?.push({ page: plan.pages.length, positions });
      plan.pages.push({ hash: known.name, wordCount: page.wordCount });
      plan.meta.push(known.meta);
    }
  }
  return plan;
}

function mergeSorts(
  parts: Part[],
  meta: Record<string, string>[],
  sortValue: MergeOptions['sortValue'],
): MetaIndex['sorts'] {
  const names = [...new Set(parts.flatMap((p) => p.meta.sorts.map((s) => s.name)))].sort();
  return names.map((name) => {
    const listed: { page: number; value: string }[] = [];
    for (const part of parts) {
      const order = part.meta.sorts.find((s) => s.name === name)?.pages ?? [];
      let previous: string | undefined;
      for (const p of order) {
        const page = p + part.offset;
        const value = sortValue(name, meta[page] ?? {});
        if (value === undefined)
          throw new Error(
            `search index merge: page ${page} is sorted by ${name} but its metadata has no value`,
          );
        if (previous !== undefined && value < previous)
          throw new Error(
            `search index merge: ${part.folder} sorts ${name} "${previous}" before "${value}", not the order of the pages' values`,
          );
        previous = value;
        listed.push({ page, value });
      }
    }
    listed.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.page - b.page));
    return { name, pages: listed.map((l) => l.page) };
  });
}

/**
 * Merges the index parts in `options.parts` into the first folder, replacing its index files and
 * removing the others' index files; the Pagefind script and WebAssembly in the first folder stay.
 * Returns how many pages and index chunks the merged index has.
 */
export async function mergeIndexParts(options: MergeOptions): Promise<{ pages: number; chunks: number }> {
  const read = await Promise.all(options.parts.map(readPart));
  let offset = 0;
  const parts: Part[] = read.map((p) => {
    const part = { ...p, offset };
    offset += p.meta.pages.length;
    return part;
  });
  const main = parts[0];
  if (!main) throw new Error('search index merge: no parts');
  const { language } = main;
  if (parts.some((p) => p.language !== language))
    throw new Error('search index merge: the parts are in different languages');
  const out = join(main.folder, '.merged');
  await rm(out, { recursive: true, force: true });
  let merged: MetaIndex;
  try {
    // Everything that can refuse the parts runs before anything in them is moved.
    const name = countedNames(
      language,
      parts.map((p) => p.entry.languages[language]?.hash ?? ''),
    );
    const wholeTerms = [...new Set(options.wholeTerms ?? [])];
    const fragments = await planFragments(parts, name, wholeTerms);
    const added = wholeTerms.flatMap((term, t) => {
      const pages = fragments.terms[t] ?? [];
      return pages.length > 0 ? [wordPagesOf(wholeTermWord(term), pages)] : [];
    });
    const sorts = mergeSorts(parts, fragments.meta, options.sortValue);
    for (const dir of ['index', 'filter', 'fragment']) await mkdir(join(out, dir), { recursive: true });
    const chunks = await mergeWords(parts, added, out, name);
    const filters = await mergeFilters(parts, out, language);
    const metaKeys = [...new Set(parts.flatMap((p) => p.meta.metaKeys))].sort();
    merged = { version: main.meta.version, pages: fragments.pages, chunks, filters, sorts, metaKeys };
    for (const { from, name } of fragments.moves)
      await rename(from, join(out, 'fragment', `${name}.pf_fragment`));
  } catch (error) {
    await rm(out, { recursive: true, force: true });
    throw error;
  }
  const cbor = encodeMeta(merged);
  const metaHash = contentHash(language, cbor, 10);
  await writeIndexFile(join(out, `pagefind.${metaHash}.pf_meta`), cbor);

  // Swap: the parts' index files go, the merged ones take the main folder's places.
  for (const part of parts.slice(1)) await rm(part.folder, { recursive: true, force: true });
  for (const name of await readdir(main.folder))
    if (/^(index|filter|fragment)$|\.pf_meta$/.test(name))
      await rm(join(main.folder, name), { recursive: true });
  for (const name of await readdir(out)) await rename(join(out, name), join(main.folder, name));
  await rm(out, { recursive: true });
  const pages = merged.pages;
  const entry = {
    ...main.entry,
    languages: {
      [language]: { ...main.entry.languages[language], hash: metaHash, page_count: pages.length },
    },
  };
  await writeFile(join(main.folder, 'pagefind-entry.json'), JSON.stringify(entry));
  return { pages: pages.length, chunks: merged.chunks.length };
}
