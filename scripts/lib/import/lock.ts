/**
 * One importer at a time writes into a content folder. Two imports of the same report at once
 * would otherwise both find it absent and both write it, the second silently replacing the first,
 * or leave a report whose sha256 is that of the other's source. The lock is a file created with
 * O_EXCL holding the holder's pid, host and start time; a lock whose process is gone (same host) or
 * that is older than any import could take is stale, and is taken over with a message.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The lock's name inside the content folder (hidden: never content). */
export const lockName = '.import.lock';

/** A lock older than this is stale whoever holds it: it guards one report's writes, which take well under a second. */
export const staleAfterMs = 10 * 60 * 1000;

/** How long an import waits for a live lock by default before it gives up. */
export const defaultWaitMs = 60 * 1000;

interface Holder {
  pid: number;
  host: string;
  started: string;
  token: string;
}

/** The lock could not be taken: its message names the holder. */
export class LockBusy extends Error {}

/** Whether process `pid` of this host is running (EPERM: running, not ours). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const describe = (h: Holder | undefined) =>
  h ? `process ${h.pid} on ${h.host}, since ${h.started}` : 'a holder whose lock file is unreadable';

async function readHolder(
  path: string,
): Promise<{ holder?: Holder; text: string; ageMs: number } | undefined> {
  try {
    const [text, s] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let holder: Holder | undefined;
    try {
      const h = JSON.parse(text) as Holder;
      if (Number.isInteger(h.pid) && typeof h.host === 'string') holder = h;
    } catch {
      // Being written this instant, or damaged: judged by its age alone.
    }
    const started = holder ? Date.parse(holder.started) : Number.NaN;
    return { holder, text, ageMs: Date.now() - (Number.isNaN(started) ? s.mtimeMs : started) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Why a lock is stale, or undefined when it is live. */
function staleness(h: { holder?: Holder; ageMs: number }): string | undefined {
  if (h.ageMs > staleAfterMs) return `it is ${Math.round(h.ageMs / 60000)} minutes old`;
  if (h.holder && h.holder.host === hostname() && !isAlive(h.holder.pid))
    return `process ${h.holder.pid} is no longer running`;
  // An unreadable lock a few seconds old is being written; older, it was left half-written.
  if (!h.holder && h.ageMs > 5000) return 'it is unreadable';
  return undefined;
}

/**
 * Takes the lock on `contentDir`, waiting up to `waitMs` for a live holder; a stale lock is taken
 * over and `say` told why. Returns the release function. Throws LockBusy naming the holder.
 */
export async function acquireLock(
  contentDir: string,
  {
    waitMs = defaultWaitMs,
    say = (_: string) => {},
  }: { waitMs?: number; say?: (message: string) => void } = {},
): Promise<() => Promise<void>> {
  const path = join(contentDir, lockName);
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + waitMs;
  let delay = 10;
  for (;;) {
    try {
      const fh = await open(path, 'wx');
      try {
        await fh.writeFile(JSON.stringify(me));
        await fh.sync();
      } finally {
        await fh.close();
      }
      return async () => {
        // Only our own lock is removed: a lock taken over as stale is no longer ours.
        const now = await readHolder(path);
        if (now?.holder?.token === me.token) await rm(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = await readHolder(path);
    if (!held) continue;
    const why = staleness(held);
    if (why) {
      // Moved aside first and checked: if another importer took the stale lock over meanwhile, the
      // file moved is its fresh lock, which is put back.
      const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await rename(path, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      if ((await readFile(aside, 'utf8')) === held.text) {
        await rm(aside, { force: true });
        say(`took over a stale import lock (${describe(held.holder)}): ${why}`);
      } else {
        // link, not rename: never over a lock created in the meantime.
        await link(aside, path).catch(() => {});
        await rm(aside, { force: true });
      }
      continue;
    }
    if (Date.now() >= deadline)
      throw new LockBusy(
        `${path}: another import is writing into this content folder (${describe(held.holder)}); waited ${Math.round(waitMs / 1000)} s. Try again when it is done, or delete the lock file if that process is gone`,
      );
    await sleep(Math.min(delay, Math.max(1, deadline - Date.now())));
    delay = Math.min(delay * 2, 250);
  }
}
