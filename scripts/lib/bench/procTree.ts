/**
 * CPU time and memory of a whole process tree, sampled from /proc: a build is Node plus the
 * Pagefind binary it starts, and GNU time counts a child only if its parent waits for it (Node
 * does not wait for Pagefind's), so the tree is read directly. Linux only; elsewhere the figures
 * are absent rather than wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readProcStat } from './procStat.ts';
import { ThreadCpu } from './threads.ts';

interface ProcStat {
  pid: number;
  ppid: number;
  /** The command name (`node`, `pagefind_extended`…). */
  name: string;
  /** utime + stime of the process itself (not its children), in seconds. */
  cpu: number;
  /** Resident set size, bytes. */
  rss: number;
}

function readStat(pid: number): ProcStat | undefined {
  const s = readProcStat(`/proc/${pid}/stat`);
  return s && { pid, name: s.name, ppid: s.field(4), cpu: s.cpu, rss: s.field(24) * 4096 };
}

function allProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) out.push(s);
  }
  return out;
}

/**
 * A process's proportional set size, bytes: its resident memory with each page shared with other
 * processes divided among them. A child Node forks to start Pagefind shares the parent's pages
 * until it execs, and RSS would count them twice.
 */
function readPss(pid: number): number | undefined {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

export interface TreeUsage {
  /** CPU seconds of every process seen in the tree (each process's own time, summed). */
  cpu: number;
  /** Largest sum of memory over the tree at one sample, bytes: PSS (RSS where PSS is unreadable). */
  peakRss: number;
  /** Largest single process's RSS seen, bytes. */
  peakProcessRss: number;
  /** At the peak: seconds since the watch started, and the RSS of each command name, bytes. */
  atPeak: { seconds: number; byName: Record<string, number> };
  /** CPU seconds by kind of thread (threads.ts), largest first. */
  cpuByThread: [string, number][];
  samples: number;
}

/** PSS is read at most once in this many times its last reading took. */
const maxPssShare = 10;

/** The threads are read once in this many samples (once a second at the usual interval). */
const threadEvery = 10;

/** Samples the tree under `root` every `intervalMs` until stop() is called. */
export function watchTree(root: number, intervalMs = 100): { stop(): TreeUsage } {
  /** Each process's latest name and own CPU seconds. */
  const seen = new Map<number, { name: string; cpu: number }>();
  const usage: TreeUsage = {
    cpu: 0,
    peakRss: 0,
    peakProcessRss: 0,
    atPeak: { seconds: 0, byName: {} },
    cpuByThread: [],
    samples: 0,
  };
  const threads = new ThreadCpu(root);
  const started = performance.now();
  /** When PSS was last read, and how long that took (ms). */
  let pssReadAt = Number.NEGATIVE_INFINITY;
  let pssReadMs = 0;
  const sample = () => {
    if (process.platform !== 'linux') return;
    const all = allProcesses();
    const children = new Map<number, ProcStat[]>();
    for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
    const tree: ProcStat[] = [];
    const top = all.find((p) => p.pid === root);
    for (const queue = top ? [top] : []; queue.length > 0; ) {
      const p = queue.pop() as ProcStat;
      tree.push(p);
      queue.push(...(children.get(p.pid) ?? []));
    }
    let rss = 0;
    for (const p of tree) {
      seen.set(p.pid, { name: p.name, cpu: Math.max(seen.get(p.pid)?.cpu ?? 0, p.cpu) });
      rss += p.rss;
      usage.peakProcessRss = Math.max(usage.peakProcessRss, p.rss);
    }
    if (usage.samples % threadEvery === 0) threads.read(tree);
    usage.samples += 1;
    // PSS is never above RSS, so it is read (slower: the kernel walks the page tables) only when
    // the RSS could hold a new peak.
    if (rss <= usage.peakRss) return;
    // The RSS of a build sharing pages with a forked child stays above its PSS, so it nearly always
    // "could" hold a new peak, and reading PSS takes the kernel 40 ms for a 3 GB process (holding
    // the lock the process needs to map memory): at ten reads a second the watch took 0.4 of one of
    // the machine's two cores from the build it measured. PSS is read at most a tenth of the time;
    // a peak shorter than ten readings (about 0.4 s at 3 GB) can be missed, a collector's cycle cannot.
    if (performance.now() - pssReadAt < maxPssShare * pssReadMs) return;
    const reading = performance.now();
    const shares = tree.map((p) => ({ name: p.name, bytes: readPss(p.pid) ?? p.rss }));
    pssReadAt = performance.now();
    pssReadMs = pssReadAt - reading;
    const total = shares.reduce((n, p) => n + p.bytes, 0);
    if (total <= usage.peakRss) return;
    const byName: Record<string, number> = {};
    for (const p of shares) byName[p.name] = (byName[p.name] ?? 0) + p.bytes;
    usage.peakRss = total;
    usage.atPeak = { seconds: (performance.now() - started) / 1000, byName };
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      usage.cpu = [...seen.values()].reduce((n, p) => n + p.cpu, 0);
      usage.cpuByThread = threads.totals(seen);
      return { ...usage };
    },
  };
}
