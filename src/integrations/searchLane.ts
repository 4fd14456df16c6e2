/**
 * One lane of the search indexer: a worker thread with its own Pagefind service (the `pagefind`
 * module starts one binary per module instance, and a worker has its own). Pagefind takes no page
 * while it writes an index, so the feed (searchFeed.ts) gives consecutive parts to two lanes: one
 * writes a full part while the other goes on taking the pages Astro renders.
 *
 * Messages are handled in order of the part they belong to: a part opened on a lane waits for the
 * lane's previous part to be written, and a part is written only after all its pages are added.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { termWordings } from '../catalogue/terms.ts';
import { sortValueFromMeta } from '../utils/search.ts';
import { indexedCopy } from '../utils/searchHtml.ts';
import { createTurns } from '../utils/turns.ts';
import { mergeIndexParts } from './searchMerge.ts';
import { type PartPages, readPartPages } from './searchMergeFragments.ts';
import { lowerThreadPriority } from './threadPriority.ts';

export type LaneRequest =
  | { id: number; type: 'open'; excludeSelectors: string[] }
  /** A page as built: the lane hands Pagefind its indexed copy, off the renderer's thread. */
  | { id: number; type: 'add'; url: string; content: Uint8Array }
  | { id: number; type: 'write'; outputPath: string }
  | { id: number; type: 'merge'; parts: string[]; pages: PartPages[] }
  | { id: number; type: 'close' };

export interface LaneReply {
  id: number;
  errors: string[];
  /** For a write or a merge: seconds it took. */
  seconds?: number;
  /** For a write: the part's fragments, read for the merge. */
  pages?: PartPages;
}

// The renderer first: this lane's Pagefind services take the cores the page renderer leaves.
lowerThreadPriority();

let index: Promise<pagefind.PagefindIndex | undefined> = Promise.resolve(undefined);
let pending = new Set<Promise<unknown>>();
/** The lane's last write: the next part opens only after it, so the lane holds one part at a time. */
let written: Promise<unknown> = Promise.resolve();

const utf8 = new TextDecoder();

/**
 * Pages handed to Pagefind and not yet indexed, at most. The lane's Pagefind runs at a lower priority
 * and may fall behind by hundreds of pages (searchFeed.ts): those wait here as the bytes they came
 * as, about 45 KB a report page, not as the base64 JSON the service is sent, several times that,
 * buffered on its pipe.
 */
const handing = createTurns(16);
const reply = (message: LaneReply) => parentPort?.postMessage(message);
const failed = (id: number, e: unknown) => reply({ id, errors: [String(e)] });

async function open(excludeSelectors: string[]): Promise<pagefind.PagefindIndex> {
  await written;
  const r = await pagefind.createIndex({ forceLanguage: 'zh', excludeSelectors });
  if (r.errors.length > 0 || !r.index) throw new Error(`createIndex: ${r.errors.join('; ') || 'no index'}`);
  return r.index;
}

parentPort?.on('message', (m: LaneRequest) => {
  if (m.type === 'open') {
    pending = new Set();
    index = open(m.excludeSelectors);
    index.then(
      () => reply({ id: m.id, errors: [] }),
      (e) => failed(m.id, e),
    );
  } else if (m.type === 'add') {
    const added = index.then(async (idx) => {
      await handing.take();
      try {
        const r = await (idx as pagefind.PagefindIndex).addHTMLFile({
          url: m.url,
          content: indexedCopy(utf8.decode(m.content)),
        });
        return r.errors;
      } finally {
        handing.give();
      }
    });
    pending.add(added);
    added.then(
      (errors) => reply({ id: m.id, errors }),
      (e) => failed(m.id, e),
    );
  } else if (m.type === 'write') {
    const adds = pending;
    const idx = index;
    written = (async () => {
      const current = (await idx) as pagefind.PagefindIndex;
      await Promise.allSettled(adds);
      const started = performance.now();
      const r = await current.writeFiles({ outputPath: m.outputPath });
      await current.deleteIndex();
      // Pagefind's process keeps the memory it reached writing the part (about 1 MB a page) after the
      // index is deleted; closing it lets the next part start in a fresh, small process.
      await pagefind.close();
      return { errors: r.errors, seconds: (performance.now() - started) / 1000 };
    })();
    // The part's fragments are read for the merge now, while pages are still rendered, not after the
    // last page; the lane's next part does not wait for it.
    written
      .then(async (r) => {
        const { errors, seconds } = r as { errors: string[]; seconds: number };
        const pages = errors.length === 0 ? await readPartPages(m.outputPath, termWordings) : undefined;
        return { errors, seconds, ...(pages ? { pages } : {}) };
      })
      .then(
        (r) => reply({ id: m.id, ...r }),
        (e) => failed(m.id, e),
      );
  } else if (m.type === 'merge') {
    // In the lane's thread: the merge's many short-lived buffers are collected in this small heap,
    // not in the build's, which at the end of a large build holds gigabytes the collector would walk.
    const started = performance.now();
    written
      .then(() =>
        mergeIndexParts({
          parts: m.parts,
          sortValue: sortValueFromMeta,
          wholeTerms: termWordings,
          partPages: m.pages,
        }),
      )
      .then(
        () => reply({ id: m.id, errors: [], seconds: (performance.now() - started) / 1000 }),
        (e) => failed(m.id, e),
      );
  } else if (m.type === 'close') {
    written
      .catch(() => undefined)
      .then(() => pagefind.close())
      .then(
        () => reply({ id: m.id, errors: [] }),
        (e) => failed(m.id, e),
      );
  }
});
