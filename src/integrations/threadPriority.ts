/**
 * The priority of the build's background threads, the search lanes (searchLane.ts) and the content
 * check (contentGateWorker.ts): below the build's own thread, which syncs the content and renders
 * the pages, and which every later step waits for. On a machine with fewer cores than busy threads,
 * that thread then gets a core whenever it wants one and the others take what is left, instead of
 * each taking turns.
 *
 * Linux keeps a niceness per thread, and a process inherits the niceness of the thread that starts
 * it: lowering a lane's thread lowers the Pagefind services it starts, and no other thread. On
 * macOS and Windows the same call would lower the whole build, so there it is not made.
 */
import { constants, getPriority, setPriority } from 'node:os';

/**
 * How far below the build a background thread runs, in niceness: "below normal", not the lowest, so the indexer
 * still keeps pace on a busy machine (alternating 10,000-report builds: 126 s at 10 against 137 s
 * without; at the lowest priority the indexer fell so far behind that the build took longer).
 */
export const backgroundNiceness = constants.priority.PRIORITY_BELOW_NORMAL;

/** The niceness of a background thread in a build running at `build`: `backgroundNiceness` lower, at most the lowest. */
export function backgroundNicenessUnder(build: number): number {
  return Math.min(constants.priority.PRIORITY_LOW, build + backgroundNiceness);
}

/** Lowers the calling thread's priority by `backgroundNiceness`, on Linux only; whether it did. */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(backgroundNicenessUnder(getPriority()));
    return true;
  } catch {
    // A sandbox that forbids it: the thread runs at the build's priority, as it did before.
    return false;
  }
}
