/**
 * The pages of a merged search index (searchMerge.ts): every part's fragments read once, for the
 * pages' metadata and the whole terms' positions, and each distinct fragment given its merged name.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseWords, termPositions } from '../utils/searchText.ts';
import { decodeFragment, type MetaIndex } from './pagefindFiles.ts';
import type { Part } from './searchMergeParts.ts';

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
 * Reads every part's fragments (for the pages' metadata) and names each distinct fragment in the
 * merged index by `name`, in page order: a page shares a file only with a page of the same
 * fragment, byte for byte (two parts may give different pages the same hash). Nothing is moved yet.
 */
export async function planFragments(
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
