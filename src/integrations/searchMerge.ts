/**
 * Joins the parts of a build's search index (searchFeed.ts) into one Pagefind index, as if Pagefind
 * had indexed every page at once. Parts bound the build's memory, but a browser searching N parts
 * loads N copies of everything a word needs: a rare word's index chunk (about 20 KB) once per part,
 * where one index loads it once. The merge streams: the parts' chunks are read in word order, one
 * chunk per part at a time, and each word's pages are renumbered, their positions copied as bytes;
 * fragments are moved, not rewritten. Memory stays at a few chunks.
 *
 * What a single Pagefind index would hold, the merge writes: pages in address order, whichever part
 * holds them (a build fills parts in the order pages finish rendering, which varies, and the same
 * pages must give the same files); words in byte order, chunked by Pagefind's measure (smaller
 * chunks, `chunkWeight`); fragments and chunks named by count (`countedNames`); filters with every
 * part's pages; each sort in value order (values from the pages' metadata, `sortValue`), ties in page
 * order. A part whose files are not Pagefind 1.6's, or whose sort order disagrees with those values,
 * stops the merge with the reason.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wholeTermWord } from '../utils/searchWholeTerms.ts';
import {
  contentHash,
  decodeFilter,
  encodeFilter,
  encodeMeta,
  type FilterIndex,
  type MetaIndex,
  readIndexFile,
  wordPagesOf,
  writeIndexFile,
} from './pagefindFiles.ts';
import { eachAtOnce, type FragmentPlan, type PartPages, planFragments } from './searchMergeFragments.ts';
import { type Part, readPart } from './searchMergeParts.ts';
import { byteOrder, chunkWeight, mergeWords } from './searchMergeWords.ts';

/** Changes whenever the merge writes different files from the same parts (see `countedNames`). */
const mergeFormat = `touming-merge-3 chunkWeight=${chunkWeight}`;
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
  /** Parts' fragments read beforehand (`readPartPages`), by folder; any other part's are read by the merge. */
  partPages?: readonly PartPages[];
}

/**
 * Names for the merged index's fragment and chunk files: a tag, then a number in base 36
 * (`zh_3fa9c1` + `2k`). The metadata lists a name for every page and chunk, and every first search
 * loads it: Pagefind's random content hashes cost 3.5 bytes a page even gzipped, 35 KB of 120 at
 * 10,000 reports; counted names gzip to little. The tag is the first hex digits of `digest`, which
 * the merge feeds with everything the index holds (`mergeFormat`, every chunk, filter and fragment,
 * the sorts), so any change to the index, or to how it is merged, renames every file and a browser
 * never pairs a cached file with another build's metadata; and the same pages keep their names.
 */
export function countedNames(language: string, digest: Hash): (n: number) => string {
  const tag = digest.digest('hex').slice(0, 6);
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

async function mergeFilters(
  parts: Part[],
  pageNumber: FragmentPlan['pageNumber'],
  out: string,
  language: string,
): Promise<MetaIndex['filters']> {
  const merged = new Map<string, Map<string, number[]>>();
  for (const part of parts)
    for (const { hash } of part.meta.filters) {
      const filter = decodeFilter(await readIndexFile(join(part.folder, 'filter', `${hash}.pf_filter`)));
      const values = merged.get(filter.name) ?? new Map<string, number[]>();
      merged.set(filter.name, values);
      for (const { value, pages } of filter.values)
        values.set(value, [...(values.get(value) ?? []), ...pages.map((p) => pageNumber(part, p))]);
    }
  const taken = new Set<string>();
  const filters: MetaIndex['filters'] = [];
  for (const name of [...merged.keys()].sort(byteOrder)) {
    const values = [...(merged.get(name) ?? [])]
      .sort(([a], [b]) => byteOrder(a, b))
      .map(([value, pages]) => ({ value, pages: pages.sort((a, b) => a - b) }));
    const cbor = encodeFilter({ name, values } satisfies FilterIndex);
    const hash = freshName(language, cbor, taken);
    await writeIndexFile(join(out, 'filter', `${hash}.pf_filter`), cbor);
    filters.push({ name, hash });
  }
  return filters;
}

function mergeSorts(
  parts: Part[],
  pageNumber: FragmentPlan['pageNumber'],
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
        const page = pageNumber(part, p);
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
    const wholeTerms = [...new Set(options.wholeTerms ?? [])];
    const fragments = await planFragments(parts, wholeTerms, options.partPages);
    const { pageNumber } = fragments;
    const added = wholeTerms.flatMap((term, t) => {
      const pages = fragments.terms[t] ?? [];
      return pages.length > 0 ? [wordPagesOf(wholeTermWord(term), pages)] : [];
    });
    const sorts = mergeSorts(parts, pageNumber, fragments.meta, options.sortValue);
    for (const dir of ['index', 'filter', 'fragment']) await mkdir(join(out, dir), { recursive: true });
    const digest = createHash('sha256').update(mergeFormat);
    const counted = await mergeWords(parts, added, pageNumber, out, digest);
    const filters = await mergeFilters(parts, pageNumber, out, language);
    const metaKeys = [...new Set(parts.flatMap((p) => p.meta.metaKeys))].sort();
    for (const f of filters) digest.update(`\nfilter ${f.name} ${f.hash}`);
    for (const p of fragments.pages)
      digest.update(`\npage ${fragments.moves[p.fragment]?.digest} ${p.wordCount}`);
    for (const s of sorts) digest.update(`\nsort ${s.name} ${s.pages.join(',')}`);
    digest.update(`\nmeta ${metaKeys.join(',')}`);
    const name = countedNames(language, digest);
    const chunks = counted.map((c, n) => ({ ...c, hash: name(n) }));
    await eachAtOnce([...chunks.entries()], ([n, c]) =>
      rename(join(out, 'index', `${n}.pf_index`), join(out, 'index', `${c.hash}.pf_index`)),
    );
    const pages = fragments.pages.map((p) => ({ hash: name(p.fragment), wordCount: p.wordCount }));
    merged = { version: main.meta.version, pages, chunks, filters, sorts, metaKeys };
    await eachAtOnce([...fragments.moves.entries()], ([n, { from }]) =>
      rename(from, join(out, 'fragment', `${name(n)}.pf_fragment`)),
    );
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
