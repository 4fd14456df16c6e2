/** The disk side of the evaluation: truth files, and the samples of the shared folder. */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { parseTruth, type Truth } from './truth.ts';

/** Files under `dir` (recursively) whose names pass `keep`, as paths relative to `dir`, sorted. */
async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && keep(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

export interface TruthFiles {
  truths: Truth[];
  /** Messages naming each invalid file and what is wrong in it. */
  invalid: string[];
}

/**
 * Every truth file under `dir` (*.yaml, any depth), parsed; `name` turns a path into the name shown in
 * messages. A second file for the same sample is invalid: two truths for one document cannot both hold.
 */
export async function loadTruths(dir: string, name: (path: string) => string): Promise<TruthFiles> {
  const out: TruthFiles = { truths: [], invalid: [] };
  const bySample = new Map<string, string>();
  for (const path of await filesUnder(dir, (n) => /\.ya?ml$/i.test(n))) {
    const file = name(join(dir, path));
    const parsed = parseTruth(await readFile(join(dir, path), 'utf8'), file);
    if (!parsed.ok) {
      out.invalid.push(...parsed.errors);
      continue;
    }
    const other = bySample.get(parsed.truth.sample);
    if (other) out.invalid.push(`${file}: sample: ${parsed.truth.sample} already has a truth file, ${other}`);
    else {
      bySample.set(parsed.truth.sample, file);
      out.truths.push(parsed.truth);
    }
  }
  return out;
}

/** What counts as a report sample (SOURCES.md and other notes do not). */
export const sampleExtensions = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.shtml',
  '.pdf',
  '.js',
  '.json',
]);

const isNote = (name: string) => /^(sources|readme)\.(md|markdown|txt)$/i.test(name);

/** The documents under `dir` (any depth, notes left out), relative to it; none when `dir` is missing. */
export async function findDocuments(dir: string): Promise<string[]> {
  return filesUnder(dir, (n) => sampleExtensions.has(extname(n).toLowerCase()) && !isNote(n)).catch(() => []);
}

/** The samples under the shared folder's samples/, relative to the shared folder (e.g. samples/wild/x.pdf). */
export async function findSamples(shared: string): Promise<string[]> {
  return (await findDocuments(join(shared, 'samples'))).map((p) => join('samples', p));
}
