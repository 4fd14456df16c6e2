/**
 * What an import killed half-way (kill -9, a power cut) leaves in a content folder: hidden
 * temporary files, and sources whose report was never written. The next import removes the first
 * (they hold nothing the folder needs: a target is only ever replaced by a rename) and names the
 * second without deleting it (a source is an original, and may be waiting for its report).
 */
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isAlive } from './lock.ts';

/** A temporary file of writeAtomic, writeTogether or the lock: `.<name>.<pid>.<hex>.tmp`. */
const tempPattern = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Removes the temporary files left in `contentDir` by importers that are no longer running; returns
 * one message per file removed. A file of a running process (its pid in the name) is left alone.
 */
export async function removeLeftovers(contentDir: string): Promise<string[]> {
  const said: string[] = [];
  for (const path of await filesUnder(contentDir)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const m = tempPattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    await rm(path, { force: true });
    said.push(
      `removed ${relative(contentDir, path)}: a temporary file left by an import (process ${pid}) that did not finish`,
    );
  }
  return said;
}

/**
 * The sources with no report (`sources/<id>/<year>.*` without `reports/<id>/<year>.md`): one
 * message each. They are not deleted.
 */
export async function orphanSources(contentDir: string): Promise<string[]> {
  const said: string[] = [];
  const sources = join(contentDir, 'sources');
  const reports = new Map<string, Promise<string[]>>();
  const reportsOf = (id: string) => {
    if (!reports.has(id))
      reports.set(
        id,
        readdir(join(contentDir, 'reports', id)).catch(() => []),
      );
    return reports.get(id) as Promise<string[]>;
  };
  for (const path of (await filesUnder(sources)).sort()) {
    const rel = relative(sources, path);
    const m = /^([^/]+)\/(\d{4})\.[^/]+$/.exec(rel);
    if (!m) continue;
    const report = join(contentDir, 'reports', m[1] as string, `${m[2]}.md`);
    if (!(await reportsOf(m[1] as string)).includes(`${m[2]}.md`))
      said.push(
        `sources/${rel} has no report (${relative(contentDir, report)}): left as it is; import its report again, or delete it`,
      );
  }
  return said;
}
