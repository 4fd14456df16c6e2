/**
 * The pages of a merged search index (searchMerge.ts): every part's fragments read once, for the
 * pages' metadata and the whole terms' positions, and each distinct fragment given its merged name.
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

/** What the merge needs of one fragment file of a part. */
export interface FragmentFacts {
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
        meta: fragment.meta ?? {},
        digest: createHash('sha256').update(bytes).digest('base64'),
        terms: words ? wholeTerms.map((t) => termPositions(words, t)) : [],
      },
    ];
  });
  return { folder, wholeTerms: [...wholeTerms], fragments: Object.fromEntries(facts) };
}

export interface FragmentPlan {
  pages: MetaIndex['pages'];
  /** Each page's metadata, in merged page order. */
  meta: Record<string, string>[];
  /** Fragment files to move: from a part's folder to a name in the merged one. */
  moves: { from: string; name: string }[];
  /** For each whole term (`MergeOptions.wholeTerms`), the pages whose text has it, and where. */
  terms: { page: number; positions: number[] }[][];
}

/**
 * Names each distinct fragment in the merged index by `name`, in page order, from each part's
 * fragments as read (`known`, by folder; a part not among them, or read for other terms, is read
 * now): a page shares a file only with a page of the same fragment, byte for byte. Nothing is moved yet.
 */
export async function planFragments(
  parts: Part[],
  name: (n: number) => string,
  wholeTerms: readonly string[],
  known: readonly PartPages[] = [],
): Promise<FragmentPlan> {
  const plan: FragmentPlan = { pages: [], meta: [], moves: [], terms: wholeTerms.map(() => []) };
  /** The merged names given to each part hash, by the digest of the bytes they hold. */
  const given = new Map<string, Map<string, string>>();
  const sameTerms = (p: PartPages) =>
    p.wholeTerms.length === wholeTerms.length && p.wholeTerms.every((t, i) => t === wholeTerms[i]);
  for (const part of parts) {
    const read = known.find((p) => p.folder === part.folder && sameTerms(p));
    const { fragments } = read ?? (await readFragments(part.folder, part.meta, wholeTerms));
    const named = new Map<string, string>();
    for (const page of part.meta.pages) {
      const facts = fragments[page.hash];
      if (!facts)
        throw new Error(`search index merge: ${part.folder} lists a page whose fragment was not read`);
      let file = named.get(page.hash);
      if (!file) {
        const byDigest = given.get(page.hash) ?? new Map<string, string>();
        given.set(page.hash, byDigest);
        file = byDigest.get(facts.digest);
        if (!file) {
          file = name(plan.moves.length);
          byDigest.set(facts.digest, file);
          plan.moves.push({ from: join(part.folder, 'fragment', `${page.hash}.pf_fragment`), name: file });
        }
        named.set(page.hash, file);
      }
      for (const [t, positions] of facts.terms.entries())
        if (positions.length > 0) plan.terms[t]?.push({ page: plan.pages.length, positions });
      plan.pages.push({ hash: file, wordCount: page.wordCount });
      plan.meta.push(facts.meta);
    }
  }
  return plan;
}
