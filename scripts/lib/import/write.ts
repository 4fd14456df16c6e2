/**
 * Safe writing: a file is written to a temporary name beside it, flushed, then renamed over the
 * target, so a crash leaves the old file or the new one, never half of one. Nothing that exists is
 * replaced unless the caller says so.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type Plan = 'new' | 'unchanged' | 'overwrite' | 'conflict';

/** What writing `data` to `path` would do: create it, leave it (same bytes), replace it (with force) or refuse. */
export async function planWrite(path: string, data: string | Uint8Array, force: boolean): Promise<Plan> {
  let existing: Buffer;
  try {
    existing = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw e;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  if (existing.equals(bytes)) return 'unchanged';
  return force ? 'overwrite' : 'conflict';
}

/** Writes `data` to `path` atomically (temporary file, fsync, rename), creating folders as needed. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** A hidden name beside `path` for this process's temporary files (`.<name>.<pid>.<random>.tmp`). */
const tempBeside = (path: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes several files as one unit (a report and its source must never disagree): every file is
 * first written and flushed under a temporary name, then renamed over its target in the order
 * given. If a rename fails, the targets already replaced get their old bytes back (kept by a hard
 * link taken before) and those that were new are removed, so the folder is as it was.
 */
export async function writeTogether(
  items: readonly { path: string; data: string | Uint8Array }[],
): Promise<void> {
  const staged: { path: string; tmp: string; backup?: string; done: boolean }[] = [];
  try {
    for (const { path, data } of items) {
      await mkdir(dirname(path), { recursive: true });
      const entry = { path, tmp: tempBeside(path), done: false };
      staged.push(entry);
      const fh = await open(entry.tmp, 'wx');
      try {
        await fh.writeFile(data);
        await fh.sync();
      } finally {
        await fh.close();
      }
    }
    for (const s of staged) {
      const backup = tempBeside(s.path);
      try {
        await link(s.path, backup);
        s.backup = backup;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await rename(s.tmp, s.path);
      s.done = true;
    }
  } catch (e) {
    for (const s of [...staged].reverse()) {
      if (s.done) await (s.backup ? rename(s.backup, s.path) : rm(s.path, { force: true })).catch(() => {});
    }
    throw e;
  } finally {
    for (const s of staged) {
      await rm(s.tmp, { force: true });
      if (s.backup) await rm(s.backup, { force: true });
    }
  }
}
