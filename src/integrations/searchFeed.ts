/**
 * Pages handed to Pagefind while Astro is still generating the rest. Indexing Chinese text is
 * Pagefind's heaviest work (about 10 ms of CPU a report page, in its own process), so it runs on
 * the machine's other core beside Astro's page rendering instead of after it. The integration opens
 * the feed at the start of a build; the middleware (searchMiddleware.ts) adds each indexed page as
 * it is rendered, exactly as written to disk; the integration writes the index at the end.
 *
 * The index is written in parts of at most `partPages` pages (utils/searchParts.ts): when a part is
 * full it is written and dropped from Pagefind's memory while the next one fills, so memory stays
 * bounded by the part size and only the last part is written after the last page. Pagefind takes
 * no page while it writes, and one service indexes on one core, so two Pagefind services, each in a
 * worker thread of its own (searchLane.ts), fill a part each at the same time: each page goes to
 * the lane with fewer pages waiting (in all its parts, not only the one it fills), so while one
 * lane writes a full part the other takes every page, otherwise both index side by side, and
 * whatever is left when the last page is rendered is split between them. The second lane's first
 * part is half the size, so the two lanes' parts fill, and are written, at different times.
 *
 * The renderer comes first: the lanes, and the Pagefind processes they start, run at a lower
 * priority (searchLane.ts), so on a busy machine the page renderer, which every later step waits
 * for, gets a core whenever it wants one, and the indexer takes the rest. The indexer may then
 * fall behind by up to `inFlightParts` parts' pages, which it indexes after the last page.
 *
 * At the end the parts are merged into one index (searchMerge.ts, in the first lane's thread): a
 * browser then loads each index chunk a word needs once, not once per part.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { indexExcludeSelectors } from '../utils/searchHtml.ts';
import { partFolder, partsFolder, partsManifest, partsManifestName } from '../utils/searchParts.ts';
import type { LaneReply, LaneRequest } from './searchLane.ts';
import type { PartPages } from './searchMergeFragments.ts';

/**
 * Pages sent but not yet indexed, at most, as a number of parts' pages: beyond this Astro waits, so
 * memory stays bounded (each page waits as its bytes, about 45 KB for a report). Three parts let
 * the lower-priority indexer fall behind the renderer while the machine is busy and catch up after
 * the last page; at 64 pages the renderer kept waiting for it. At 10,000 reports, alternating cold
 * builds, two each, before lanes were chosen by all their waiting pages: 126 s with the lanes lowered
 * and three parts in flight, 129 s with them lowered and no bound, 137 s as before (at the build's
 * priority, 64 pages).
 */
export const inFlightParts = 3;
const key = Symbol.for('touming.searchFeed');

/** Where the indexing time went, for the build's last word on the search index. */
export interface FeedTimes {
  pages: number;
  /** Pages in each part, in order. */
  parts: number[];
  /** Seconds the page renderer waited for the indexer to take pages. */
  waitedSeconds: number;
  /** Seconds spent writing parts, all told (overlapping the rendering of later pages). */
  writeSeconds: number;
  /** Seconds spent merging the parts into one index, after the last page. */
  mergeSeconds: number;
}

export interface SearchFeed {
  /**
   * Adds a rendered page, as the UTF-8 bytes written to disk, by its address under the base
   * (`/agencies/x/`); resolves when there is room for more. Bytes, not a string: they cross to the
   * lane's thread as a copy of the buffer, and the lane decodes them, off the renderer's thread.
   */
  add(url: string, html: Uint8Array): Promise<void>;
  /** Waits for every page, then writes the last part and the manifest; the number of pages indexed, 0 if none came. */
  finish(): Promise<number>;
  /** How the indexing went so far. */
  times(): FeedTimes;
}

export interface FeedOptions {
  /** The main index folder (`dist/pagefind`); later parts go below it. */
  outputPath: string;
  /** Pages per part. */
  partPages: number;
}

type Request = LaneRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** A worker thread with its own Pagefind service (searchLane.ts), and requests awaiting its reply. */
class Lane {
  private readonly worker = new Worker(new URL('./searchLane.ts', import.meta.url));
  private readonly waiting = new Map<number, (reply: LaneReply) => void>();
  /** Pages sent to this lane and not yet indexed, in all its parts. */
  pagesWaiting = 0;
  private next = 0;
  constructor() {
    // A build that fails half-way must still exit: the lane does not hold the process open.
    this.worker.unref();
    this.worker.on('message', (reply: LaneReply) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
    this.worker.on('error', (e) => {
      for (const answer of this.waiting.values())
        answer({ id: -1, errors: [`search indexer: ${String(e)}`] });
      this.waiting.clear();
    });
  }
  request(message: Request): Promise<LaneReply> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ ...message, id });
    });
  }
  async close(): Promise<void> {
    await this.request({ type: 'close' });
    await this.worker.terminate();
  }
}

interface Part {
  number: number;
  lane: Lane;
  pages: number;
  opened: Promise<LaneReply>;
}

/** A lane and the part it is filling, if any. */
interface Slot {
  lane: Lane;
  part?: Part;
}

export function createFeed({ outputPath, partPages }: FeedOptions): SearchFeed {
  const failures: string[] = [];
  const slots: Slot[] = [];
  const slot = (i: number): Slot => {
    slots[i] ??= { lane: new Lane() };
    return slots[i] as Slot;
  };
  let parts = 0;
  /** Part 2 (the second lane's first) is half the size: the lanes then fill parts out of step. */
  const capacity = (number: number) => (number === 2 ? Math.max(1, Math.ceil(partPages / 2)) : partPages);
  const writes: Promise<void>[] = [];
  const inFlight = new Set<Promise<void>>();
  const times: FeedTimes = { pages: 0, parts: [], waitedSeconds: 0, writeSeconds: 0, mergeSeconds: 0 };
  const sealed: Part[] = [];
  /** Each written part's fragments, read by its lane for the merge. */
  const partsRead: PartPages[] = [];
  const note = (what: string) => (r: LaneReply) => {
    if (r.errors.length > 0) failures.push(`${what}: ${r.errors.join('; ')}`);
  };
  const open = (lane: Lane): Part => {
    const number = ++parts;
    const opened = lane.request({ type: 'open', excludeSelectors: indexExcludeSelectors });
    void opened.then(note(`opening search index part ${number}`));
    return { number, lane, pages: 0, opened };
  };

  /** Writes a full part once its pages are indexed; its lane then frees the part's memory. */
  const seal = (full: Part) => {
    sealed.push(full);
    const folder = join(outputPath, partFolder(full.number));
    writes.push(
      full.lane.request({ type: 'write', outputPath: folder }).then((r) => {
        note(`writing search index part ${full.number}`)(r);
        times.writeSeconds += r.seconds ?? 0;
        if (r.pages) partsRead.push(r.pages);
      }),
    );
  };

  /**
   * The slot for the next page: the first lane until the first part is full (a small site has one
   * part, one lane), then whichever lane has fewer pages waiting. A lane's waiting pages are all it
   * has not indexed yet, in every part: a lane writing a part has all its new pages waiting, and a
   * lane that fell behind has the parts it has not finished. (Counting only the part being filled
   * sent pages to a lane already parts behind: at 10,000 reports, 3,000 of the 4,300 pages left at
   * the last page were one lane's, and the other lane stood idle while they were indexed.)
   */
  const next = (): Slot => {
    const first = slot(0);
    if (!first.part || (parts === 1 && first.part.pages < capacity(1))) return first;
    const second = slot(1);
    return second.lane.pagesWaiting < first.lane.pagesWaiting || !second.part ? second : first;
  };
  const inFlightLimit = inFlightParts * partPages;

  return {
    async add(url, html) {
      const s = next();
      if (!s.part) s.part = open(s.lane);
      else if (s.part.pages >= capacity(s.part.number)) {
        seal(s.part);
        s.part = open(s.lane);
      }
      const part = s.part;
      part.pages += 1;
      times.pages += 1;
      const { lane } = part;
      lane.pagesWaiting += 1;
      const added = lane.request({ type: 'add', url, content: html }).then(note(`indexing ${url}`));
      inFlight.add(added);
      void added.finally(() => {
        lane.pagesWaiting -= 1;
        inFlight.delete(added);
      });
      if (inFlight.size < inFlightLimit) return;
      const started = performance.now();
      while (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
      times.waitedSeconds += (performance.now() - started) / 1000;
    },
    async finish() {
      for (const s of slots) if (s?.part) seal(s.part);
      await Promise.all(writes);
      times.parts = sealed.sort((a, b) => a.number - b.number).map((p) => p.pages);
      // One part is merged too: the merge adds the form's terms as words (utils/searchWholeTerms.ts).
      const merging = failures.length === 0 && parts > 0;
      if (merging) {
        const folders = sealed.map((p) => join(outputPath, partFolder(p.number)));
        const r = await slot(0).lane.request({ type: 'merge', parts: folders, pages: partsRead });
        note('merging the search index parts')(r);
        times.mergeSeconds = r.seconds ?? 0;
      }
      await Promise.all(slots.map((s) => s.lane.close()));
      if (failures.length > 0)
        throw new Error(`Pagefind indexing failed:\n${failures.map((e) => `  ${e}`).join('\n')}`);
      if (parts === 0) return 0;
      if (merging) await rm(join(outputPath, partsFolder), { recursive: true, force: true });
      await mkdir(outputPath, { recursive: true });
      await writeFile(join(outputPath, partsManifestName), `${JSON.stringify(partsManifest(1))}\n`);
      return times.pages;
    },
    times: () => ({ ...times, parts: [...times.parts] }),
  };
}

type Holder = { [key]?: SearchFeed };

/** Starts a feed for this build (the integration, at build start). */
export function openSearchFeed(options: FeedOptions): SearchFeed {
  const feed = createFeed(options);
  (globalThis as Holder)[key] = feed;
  return feed;
}

/** The open feed, if a build opened one (the middleware runs in the same process as the build). */
export function searchFeed(): SearchFeed | undefined {
  return (globalThis as Holder)[key];
}

/** Ends the feed; Pagefind's process is closed by the caller. */
export function closeSearchFeed(): void {
  delete (globalThis as Holder)[key];
}
