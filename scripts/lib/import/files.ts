/** The disk side of a batch: finding input files, reading the agencies, writing one imported report. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { agencySchema } from '../../../src/schemas/agency.ts';
import type { AgencyEntry } from './agency.ts';
import type { Imported } from './importReport.ts';
import { type Plan, planWrite, writeTogether } from './write.ts';

/**
 * Extensions a folder is searched for: extracted text, converter markdown, web pages, PDFs. A file
 * named on the command line is taken whatever its name; its kind is told by its content either way.
 */
export const reportExtensions = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.shtml',
  '.pdf',
]);

/** The files named, folders searched recursively for reports (text, web pages, PDFs), in a stable order. */
export async function collectInputs(
  paths: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && reportExtensions.has(extname(e.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, missing };
}

/** A file of the content folder that cannot be read: the message names it (and its line where known). */
export class ContentError extends Error {}

/**
 * The agencies of a content folder (entries that do not validate are left out). An entry that is not
 * YAML stops the import (ContentError naming the file and line): read without it, its agency would be
 * made again under another entry.
 */
export async function loadAgencies(contentDir: string): Promise<AgencyEntry[]> {
  const dir = join(contentDir, 'agencies');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const out: AgencyEntry[] = [];
  for (const n of names) {
    let data: unknown;
    try {
      data = load(await readFile(join(dir, n), 'utf8'));
    } catch (e) {
      if (!(e instanceof YAMLException)) throw e;
      const line = e.mark ? `:${e.mark.line + 1}` : '';
      throw new ContentError(
        `${join(dir, n)}${line}: error: not valid YAML: ${e.reason}; fix or remove it, then import again`,
      );
    }
    const parsed = agencySchema.safeParse(data);
    if (parsed.success) out.push({ id: n.slice(0, -'.yaml'.length), data: parsed.data });
  }
  return out;
}

export interface FileWrite {
  /** Relative to the content folder. */
  path: string;
  data: string | Uint8Array;
  plan: Plan;
}

/** The line that records the day of the import; the only one a re-import of the same original may differ in. */
const importDay = /^ {2}imported: .*\n/m;

/**
 * The report text to write: the existing file's, when the two differ only in the day they were
 * imported, so that importing the same original again leaves the report (and its import day) alone.
 */
async function keepImportDay(path: string, text: string): Promise<string> {
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing === undefined || !importDay.test(text)) return text;
  return existing.replace(importDay, '') === text.replace(importDay, '') && importDay.test(existing)
    ? existing
    : text;
}

/** What importing would write (report last); a conflict means an existing file differs and --force was not given. */
export async function planImport(
  contentDir: string,
  imported: Imported,
  sourceBytes: Uint8Array,
  force: boolean,
): Promise<FileWrite[]> {
  const paths = imported.paths;
  if (!paths || imported.text === undefined) return [];
  const items: { path: string; data: string | Uint8Array }[] = [{ path: paths.source, data: sourceBytes }];
  if (imported.agencyYaml) items.push({ path: paths.agency, data: imported.agencyYaml });
  items.push({
    path: paths.report,
    data: await keepImportDay(join(contentDir, paths.report), imported.text),
  });
  return Promise.all(
    items.map(async (i) => ({ ...i, plan: await planWrite(join(contentDir, i.path), i.data, force) })),
  );
}

/**
 * Carries out a plan as one unit (source, agency, then report): new and replaced files are written
 * together, so that a report never names a source it does not match; unchanged ones are left alone.
 */
export async function carryOut(contentDir: string, writes: readonly FileWrite[]): Promise<void> {
  await writeTogether(
    writes
      .filter((w) => w.plan === 'new' || w.plan === 'overwrite')
      .map((w) => ({ path: join(contentDir, w.path), data: w.data })),
  );
}
