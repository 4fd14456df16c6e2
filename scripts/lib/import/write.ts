/**
 * Safe writing: a file is written to a temporary name beside it, flushed, then renamed over the
 * target, so a crash leaves the old file or the new one, never half of one. Nothing that exists is
 * replaced unless the caller says so.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
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
