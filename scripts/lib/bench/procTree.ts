/**
 * CPU time and memory of a whole process tree, sampled from /proc: a build is Node plus the
 * Pagefind binary it starts, and GNU time counts a child only if its parent waits for it (Node
 * does not wait for Pagefind's), so the tree is read directly. Linux only; elsewhere the figures
 * are absent rather than wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';

const ticks = 100; // USER_HZ: clock ticks per second on every Linux this runs on.

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
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(fields[i - 3]);
    const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    return { pid, name, ppid: num(4), cpu: (num(14) + num(15)) / ticks, rss: num(24) * 4096 };
  } catch {
    return undefined;
  }
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

export interface TreeUsage {
  /** CPU seconds of every process seen in the tree (each process's own time, summed). */
  cpu: number;
  /** Largest sum of RSS over the tree at one sample, bytes. */
  peakRss: number;
  /** Largest single process's RSS seen, bytes. */
  peakProcessRss: number;
  /** At the peak: seconds since the watch started, and the RSS of each command name, bytes. */
  atPeak: { seconds: number; byName: Record<string, number> };
  samples: number;
}

/** Samples the tree under `root` every `intervalMs` until stop() is called. */
export function watchTree(root: number, intervalMs = 100): { stop(): TreeUsage } {
  const cpuByPid = new Map<number, number>();
  const usage: TreeUsage = {
    cpu: 0,
    peakRss: 0,
    peakProcessRss: 0,
    atPeak: { seconds: 0, byName: {} },
    samples: 0,
  };
  const started = performance.now();
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
      cpuByPid.set(p.pid, Math.max(cpuByPid.get(p.pid) ?? 0, p.cpu));
      rss += p.rss;
      usage.peakProcessRss = Math.max(usage.peakProcessRss, p.rss);
    }
    if (rss > usage.peakRss) {
      const byName: Record<string, number> = {};
      for (const p of tree) byName[p.name] = (byName[p.name] ?? 0) + p.rss;
      usage.atPeak = { seconds: (performance.now() - started) / 1000, byName };
    }
    usage.peakRss = Math.max(usage.peakRss, rss);
    usage.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      usage.cpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      return { ...usage };
    },
  };
}
