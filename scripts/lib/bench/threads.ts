/**
 * CPU time of a process tree by kind of thread, from /proc: which of the build's threads used the
 * machine's cores (Astro's renderer on Node's main thread, V8's collector helpers, Node's file
 * threads, worker threads, the Pagefind processes). Read about once a second beside the memory
 * watch (procTree.ts); Linux only.
 */
import { readdirSync } from 'node:fs';
import { readProcStat } from './procStat.ts';

/** The kinds, in the words the bench prints. */
export const threadKinds = {
  main: 'main thread',
  v8: "V8's helper threads",
  libuv: "Node's thread pool (file calls, gzip)",
  worker: 'worker threads',
  pagefind: 'Pagefind',
  ended: 'threads ended between readings',
} as const;

/**
 * The kind of one thread: `processName` and `threadName` as /proc gives them (`comm`, at most 15
 * bytes), `main` whether it is the main thread of the tree's first process. Node 24 names its threads
 * `MainThread`, `V8Worker` (`V8 DefaultWorke` before), `libuv-worker` and `WorkerThread`; Pagefind's processes are named
 * `pagefind_extended` (cut to `pagefind_extend`) and all their threads count as Pagefind.
 */
export function threadKind(processName: string, threadName: string, main: boolean): string {
  if (processName.startsWith('pagefind')) return threadKinds.pagefind;
  if (main) return threadKinds.main;
  if (/^V8 ?(Default)?Worke/.test(threadName)) return threadKinds.v8;
  if (threadName.startsWith('libuv-worker')) return threadKinds.libuv;
  if (threadName === 'WorkerThread') return threadKinds.worker;
  // Another process's main thread (a child Node forks, esbuild) or any other thread: by its name.
  return threadName.replace(/[\s\d#:-]+$/, '') || threadName;
}

/**
 * Keeps the latest CPU time seen for each thread of the processes it is shown, and sums them by
 * kind (a thread's latest reading names its kind: a child forked by a worker thread is Pagefind's
 * once it has run Pagefind). A thread's time after its last reading is lost to its kind, but not to
 * the total: a process's own time includes its ended threads, and `totals` lists what its threads'
 * readings do not account for.
 */
export class ThreadCpu {
  private readonly byThread = new Map<string, { kind: string; cpu: number }>();
  private readonly threadsOf = new Map<number, Set<string>>();
  private readonly root: number;

  /** `root`: the tree's first process, whose main thread is the build's. */
  constructor(root: number) {
    this.root = root;
  }

  /** Reads every thread of `processes` (pid and command name). */
  read(processes: readonly { pid: number; name: string }[]): void {
    for (const p of processes) {
      let tids: string[];
      try {
        tids = readdirSync(`/proc/${p.pid}/task`);
      } catch {
        continue;
      }
      const mine = this.threadsOf.get(p.pid) ?? new Set<string>();
      this.threadsOf.set(p.pid, mine);
      for (const tid of tids) {
        const t = readProcStat(`/proc/${p.pid}/task/${tid}/stat`);
        if (!t) continue;
        const key = `${p.pid}/${tid}`;
        mine.add(key);
        const kind = threadKind(p.name, t.name, p.pid === this.root && tid === String(p.pid));
        const seen = this.byThread.get(key);
        this.byThread.set(key, { kind, cpu: Math.max(seen?.cpu ?? 0, t.cpu) });
      }
    }
  }

  /**
   * CPU seconds by kind, largest first, from the final reading of each process's own time and
   * name (every process seen in the tree, read or not). What a Pagefind process's threads were not
   * seen to use is Pagefind's all the same (a lane starts one for each part, and the last second of
   * its write falls after the last reading); any other process's remainder is `threadKinds.ended`.
   */
  totals(processes: ReadonlyMap<number, { name: string; cpu: number }>): [string, number][] {
    const sums = new Map<string, number>();
    const add = (kind: string, cpu: number) => sums.set(kind, (sums.get(kind) ?? 0) + cpu);
    for (const { kind, cpu } of this.byThread.values()) add(kind, cpu);
    for (const [pid, { name, cpu }] of processes) {
      let threads = 0;
      for (const key of this.threadsOf.get(pid) ?? []) threads += this.byThread.get(key)?.cpu ?? 0;
      // Ticks are counted per thread and per process separately: a few hundredths may differ.
      if (cpu - threads <= 0.05) continue;
      add(name.startsWith('pagefind') ? threadKinds.pagefind : threadKinds.ended, cpu - threads);
    }
    return [...sums].sort(([, a], [, b]) => b - a);
  }
}
