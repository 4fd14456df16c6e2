/**
 * V8's collector settings for `astro build`, set before the content sync. About 1.1 GB stays alive
 * in a 10,000-report build from the content sync to the last page (the content store and the site's
 * indexes), so each full collection marks all of it, on the renderer's thread and its helpers;
 * these settings make such collections rarer.
 *
 * - **External memory counted with the heap** (`--external-memory-accounted-in-global-limit`).
 *   Every page passes through several `ArrayBuffer`s (the response body, the bytes written, the copy
 *   sent to the search lane), memory outside V8's heap. By default V8 starts a full collection
 *   whenever such memory still held has grown by 64 MB since the last one, however large the heap:
 *   `node --trace-gc --trace-incremental-marking` over a cold 10,000-report build showed the full
 *   collections of the page generation started so ("external memory pressure": 18 of 19), one
 *   every 5–6 s. Counted with the heap, that memory waits for the heap's own limit: 26 full
 *   collections in the whole build instead of 37, none for external memory, 8 in the generation,
 *   one every 13 s.
 * - **The heap's step fixed at half** (`--heap-growing-percent`, `SITE_HEAP_GROWING_PERCENT`): V8
 *   chooses how far the heap grows between full collections from how fast it collects; its choice
 *   let the largest process reach 3.3–4.0 GB against 2.9–3.0 GB at half (alternating single builds
 *   of 10,000 reports, three each, with the wall time the same within the runs' spread).
 *   `SITE_HEAP_GROWING_PERCENT` sets another step (0 leaves the choice to V8).
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The heap's growth between full collections, in percent, unless the environment says otherwise. */
export const defaultGrowingPercent = 50;

/** The growth the environment asks for: a whole number of percent, or the default; anything else is refused. */
export function growingPercent(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return defaultGrowingPercent;
  if (!/^\d{1,3}$/.test(setting.trim()))
    throw new Error(`SITE_HEAP_GROWING_PERCENT must be a whole number from 0 to 999, not "${setting}"`);
  return Number(setting.trim());
}

/** The V8 flags a build sets, for a heap step of `percent` (0: V8's own). */
export function buildFlags(percent: number): string[] {
  return [
    '--external-memory-accounted-in-global-limit',
    ...(percent > 0 ? [`--heap-growing-percent=${percent}`] : []),
  ];
}

export default function buildHeap(): AstroIntegration {
  return {
    name: 'touming:build-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        // V8 reads these flags each time it sets the next collection's limit, so setting them now,
        // before the content sync, covers the whole build (and the worker threads, which share them).
        for (const flag of buildFlags(growingPercent(process.env.SITE_HEAP_GROWING_PERCENT)))
          setFlagsFromString(flag);
      },
    },
  };
}
