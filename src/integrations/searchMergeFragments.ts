/**
 * The pages of a merged search index (searchMerge.ts): every part's fragments read once, for the
 * pages' addresses, metadata and the whole terms' positions; the pages put in address order, and each
 * distinct fragment given its merged number.
 * A build reads each part's fragments as soon as the part is written (`readPartPages`, in the
 * search lane's thread, while pages are still rendered), so the merge after the last page only
 * names them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseWords, termPositions } from '../utils/searchText.ts';
import { decodeFragment, type MetaIndex } from './pagefindFiles.ts';
import { type Part, readPart } from './searchMergeParts.ts';

/**
 * `work` on every item, a few at a time (file reads and renames wait on the disk, not the CPU);
 * the results in the items' order.
 */
export async function eachAtOnce<T, R>(
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

/** What the merge needs of one fragment file of a part. */
export interface FragmentFacts {
  /** The page's address, which orders the merged index's pages. */
  url: string;
  /** The page's metadata. */
  meta: Record<string, string>;
  /** A digest of the file's bytes: two parts may give different pages the same hash. */
  digest: string;
  /** For each whole term (`MergeOptions.wholeTerms`), its word positions in the page's text. */
  terms: number[][];
}

/** What the merge needs of one part's fragments: its folder, and the facts of each fragment by hash. */
export interface PartPages {
  folder: string;
  /** The whole terms the positions are of, in order. */
  wholeTerms: string[];
  fragments: Record<string, FragmentFacts>;
}

/** Reads the fragments of the part written in `folder`: each file once, a few at a time. */
export async function readPartPages(folder: string, wholeTerms: readonly string[]): Promise<PartPages> {
  return readFragments(folder, (await readPart(folder)).meta, wholeTerms);
}

/** Reads the fragments that a part's metadata lists. */
async function readFragments(
  folder: string,
  meta: MetaIndex,
  wholeTerms: readonly string[],
): Promise<PartPages> {
  const hashes = [...new Set(meta.pages.map((p) => p.hash))];
  const facts = await eachAtOnce(hashes, async (hash): Promise<[string, FragmentFacts]> => {
    const path = join(folder, 'fragment', `${hash}.pf_fragment`);
    const bytes = await readFile(path);
    const fragment = decodeFragment(bytes, path);
    const words = wholeTerms.length > 0 ? normaliseWords(fragment.content) : undefined;
    return [
      hash,
      {
        url: fragment.url,
        meta: fragment.meta ?? {},
        digest: createHash('sha256').update(bytes).digest('base64'),
        terms: words ? wholeTerms.map((t) => termPositions(words, t)) : [],
      },
    ];
  });
  return { folder, wholeTerms: [...wholeTerms], fragments: Object.fromEntries(facts) };
}

export interface FragmentPlan {
  /** The merged index's pages, in address order, each naming its fragment by number. */
  pages: { fragment: number; wordCount: number }[];
  /** Each page's metadata, in merged page order. */
  meta: Record<string, string>[];
  /** The merged number of page `page` of `part` (as the part numbers it). */
  pageNumber: (part: Part, page: number) => number;
  /** Fragment files to move, in number order: from a part's folder, with the digest of their bytes. */
  moves: { from: string; digest: string }[];
  /** For each whole term (`MergeOptions.wholeTerms`), the pages whose text has it, and where. */
  terms: { page: number; positions: number[] }[][];
}

/**
 * Orders the pages of all parts by address and numbers each distinct fragment in that order, from
 * each part's fragments as read (`known`, by folder; a part not among them, or read for other terms,
 * is read now): a page shares a file only with a page of the same fragment, byte for byte. So the
 * merged index is the same whichever part a page was indexed in, and in whatever order: two builds
 * of the same pages write the same files. Nothing is moved yet.
 */
export async function planFragments(
  parts: Part[],
  wholeTerms: readonly string[],
  known: readonly PartPages[] = [],
): Promise<FragmentPlan> {
  const sameTerms = (p: PartPages) =>
    p.wholeTerms.length === wholeTerms.length && p.wholeTerms.every((t, i) => t === wholeTerms[i]);
  /** Every page of the parts, part by part: its part, its fragment's name there and what it holds. */
  const all: { part: Part; hash: string; wordCount: number; facts: FragmentFacts }[] = [];
  for (const part of parts) {
    const read = known.find((p) => p.folder === part.folder && sameTerms(p));
    const { fragments } = read ?? (await readFragments(part.folder, part.meta, wholeTerms));
    for (const page of part.meta.pages) {
      const facts = fragments[page.hash];
      if (!facts)
        throw new Error(`search index merge: ${part.folder} lists a page whose fragment was not read`);
      all.push({ part, hash: page.hash, wordCount: page.wordCount, facts });
    }
  }
  // By address; the same address twice (two indexes of one site) keeps the parts' order.
  const order = all
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [all[a]?.facts.url ?? '', all[b]?.facts.url ?? ''];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  // By a page's place in `all`, which is its part's offset plus its number in the part.
  const renumber = new Int32Array(all.length);
  const plan: FragmentPlan = {
    pages: [],
    meta: [],
    pageNumber: (part, page) => renumber[part.offset + page] as number,
    moves: [],
    terms: wholeTerms.map(() => []),
  };
  /** The number given to each part's fragment, by folder and name. */
  const named = new Map<string, number>();
  /** The number given to each fragment's bytes, by digest: parts' names may collide. */
  const byDigest = new Map<string, number>();
  for (const [n, i] of order.entries()) {
    const { part, hash, wordCount, facts } = all[i] as (typeof all)[number];
    renumber[i] = n;
    const where = join(part.folder, 'fragment', `${hash}.pf_fragment`);
    let fragment = named.get(where);
    if (fragment === undefined) {
      fragment = byDigest.get(facts.digest);
      if (fragment === undefined) {
        fragment = plan.moves.length;
        byDigest.set(facts.digest, fragment);
        plan.moves.push({ from: where, digest: facts.digest });
      }
      named.set(where, fragment);
    }
    for (const [t, positions] of facts.terms.entries())
      if (positions.length > 0) plan.terms[t]?.push({ page: n, positions });
    plan.pages.push({ fragment, wordCount });
    plan.meta.push(facts.meta);
  }
  return plan;
}
