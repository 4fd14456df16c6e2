/**
 * One `stat` file of /proc (a process's, `/proc/<pid>/stat`, or a thread's,
 * `/proc/<pid>/task/<tid>/stat`), read once for the process tree watch and the thread counts.
 */
import { readFileSync } from 'node:fs';

/** USER_HZ: clock ticks per second on every Linux this runs on. */
const ticks = 100;

export interface Stat {
  /** The command name (`comm`: `MainThread`, `pagefind_extend`, `V8Worker`…). */
  name: string;
  /** Field `n` as proc(5) numbers them from 1 (4: ppid, 14: utime, 24: rss in pages…). */
  field(n: number): number;
  /** utime + stime, seconds. */
  cpu: number;
}

/** The file at `path`, or undefined when it cannot be read (the process or thread has ended). */
export function readProcStat(path: string): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  // The command name may hold spaces and parentheses: fields start after the last ')' (field 3).
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  return {
    name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
    field,
    cpu: (field(14) + field(15)) / ticks,
  };
}
