/**
 * `npm run import -- <file or folder>…`: imports each input (extracted text, a saved web page or a
 * PDF), goes on past a bad one, draws a progress bar on a terminal and ends with a summary; exit
 * code 1 if any input failed.
 */

import { extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir as defaultContentDir } from '../../../src/loaders/contentDir.ts';
import type { AgencyEntry } from './agency.ts';
import { runChecks } from './checks.ts';
import { ContentError, carryOut, collectInputs, type FileWrite, loadAgencies, planImport } from './files.ts';
import { importFile } from './importFile.ts';
import type { Imported, ImportOptions } from './importReport.ts';
import { readInput } from './input.ts';
import { orphanSources, removeLeftovers } from './litter.ts';
import { acquireLock, defaultWaitMs, LockBusy } from './lock.ts';
import { formatProblem, problem } from './problems.ts';
import type { Problem } from './types.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (draws the progress bar). */
  isTTY: boolean;
}

export const usage = `usage: npm run import -- <file or folder>... [options]

  Inputs: reports as extracted text (.txt), a converter's markdown (.md), saved web pages
  (.html) or PDFs (.pdf); a folder is searched for all four. A file named here is read
  whatever its name: its kind is told by its content. Reports in the 2019 form are read too.

  --agency <id or name>   the agency (e.g. 640302-sifaju or 利通区司法局), instead of the title's
  --year <year>           the year the report covers, instead of the title's
  --region <code or name> the agency's place (e.g. 410307 or 洛阳市偃师区) when its name is ambiguous
  --force                 overwrite a report (or source) that exists and differs
  --allow-partial         write what was read; each cell that could not be read is marked
                          unread with the reason (not 未填报), to be typed from the original
  --dry-run               print what would be written, write nothing
  --json                  print the parsed reports and problems as JSON
  --content-dir <dir>     the content folder (default: CONTENT_DIR, else the project's content/)
  --lock-wait <seconds>   how long to wait for another import writing into the content folder
                          (default ${defaultWaitMs / 1000})

  Each report records the day it was imported (source.imported): today, or the day the
  environment variable SOURCE_DATE_EPOCH names. Importing the same original again keeps it.
  The day the agency published it (source.published) is taken from a web page's publication
  meta tag or a line such as 发布日期：2024-01-19 before the report's first part.
`;

/**
 * The day recorded as a report's import: today, or the day SOURCE_DATE_EPOCH (seconds since 1970,
 * the reproducible-builds convention) names, so that an import can be repeated byte for byte.
 */
export function importDay(epoch: string | undefined, now = new Date()): string {
  const seconds = epoch === undefined || epoch === '' ? Number.NaN : Number(epoch);
  const at = Number.isFinite(seconds) ? new Date(seconds * 1000) : now;
  return at.toISOString().slice(0, 10);
}

export type Status = 'imported' | 'unchanged' | 'failed';

export interface FileResult {
  input: string;
  status: Status;
  writes: { path: string; plan: FileWrite['plan'] }[];
  imported?: Imported;
  errors: Problem[];
  warnings: Problem[];
  checks: string[];
}

function progress(io: Io, done: number, total: number, name: string) {
  if (!io.isTTY || total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  const label = name.length > 40 ? `…${name.slice(-39)}` : name;
  io.stderr(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`);
}

const clearProgress = (io: Io) => {
  if (io.isTTY) io.stderr('\r\x1b[2K');
};

async function importOne(
  file: string,
  options: ImportOptions & { force: boolean; dryRun: boolean; contentDir: string; lockWaitMs: number },
  agencies: AgencyEntry[],
  say: (message: string) => void,
): Promise<FileResult> {
  const result: FileResult = {
    input: file,
    status: 'failed',
    writes: [],
    errors: [],
    warnings: [],
    checks: [],
  };
  let bytes: Uint8Array;
  try {
    const read = await readInput(file);
    if ('error' in read) {
      result.errors.push(problem('error', 'too-big', read.error));
      return result;
    }
    bytes = read.bytes;
  } catch (e) {
    result.errors.push(problem('error', 'read', `cannot read: ${(e as Error).message}`));
    return result;
  }
  const imported = await importFile({ bytes, ext: extname(file) || '.txt', options, agencies });
  result.imported = imported;
  result.warnings = imported.warnings;
  result.errors = [...imported.errors];
  if (imported.errors.length || !imported.text) return result;
  // What exists is looked at and written under the lock: another import of the same report at the
  // same time either finished before (and this one sees its files) or waits.
  let release: (() => Promise<void>) | undefined;
  if (!options.dryRun) {
    try {
      release = await acquireLock(options.contentDir, { waitMs: options.lockWaitMs, say });
    } catch (e) {
      if (!(e instanceof LockBusy)) throw e;
      result.errors.push(problem('error', 'locked', e.message));
      return result;
    }
  }
  try {
    const writes = await planImport(options.contentDir, imported, bytes, options.force);
    result.writes = writes.map((w) => ({ path: w.path, plan: w.plan }));
    const conflicts = writes.filter((w) => w.plan === 'conflict');
    for (const c of conflicts)
      result.errors.push(
        problem('error', 'exists', `${c.path} exists and differs; not overwritten (use --force)`),
      );
    if (conflicts.length) return result;
    if (!options.dryRun) await carryOut(options.contentDir, writes);
    result.status = writes.every((w) => w.plan === 'unchanged') ? 'unchanged' : 'imported';
  } finally {
    await release?.();
  }
  if (imported.agency?.isNew) agencies.push({ id: imported.agency.id, data: imported.agency.data });
  try {
    result.checks = await runChecks(imported, options.contentDir);
  } catch (e) {
    // The report is written; a failing check must not make it look as if it was not.
    result.checks = [`the checks could not run: ${(e as Error).message}`];
  }
  return result;
}

function report(io: Io, r: FileResult, dryRun: boolean) {
  const name = r.input;
  for (const p of [...r.errors, ...r.warnings]) io.stderr(`${formatProblem(name, p)}\n`);
  for (const line of foldChecks(r.checks)) io.stderr(`${name}: check: ${line}\n`);
  if (r.status === 'failed') return;
  const target = r.imported?.paths?.report ?? '';
  // The same words as the summary: a dry run says what it would do, and “unchanged” when nothing.
  const verb = r.status === 'unchanged' ? 'unchanged' : dryRun ? 'would import' : 'imported';
  const extra = r.warnings.length ? ` (${r.warnings.length} warning${r.warnings.length > 1 ? 's' : ''})` : '';
  io.stdout(`${verb} ${target} ← ${name}${extra}\n`);
}

/**
 * The check lines of one report, those of one kind folded into one with a count: 35 lines of
 * `unchecked  table3-row-total: …` become the first of them and “(and 34 more unchecked: table3-row-total)”.
 */
export function foldChecks(lines: readonly string[]): string[] {
  const kindOf = (line: string) => /^(\S+)\s+([\w-]+):/.exec(line.trim());
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const m = kindOf(line);
    const key = m ? `${m[1]} ${m[2]}` : line;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups].map(([key, group]) =>
    group.length === 1 ? (group[0] as string) : `${group[0]} (and ${group.length - 1} more: ${key})`,
  );
}

/** Runs the importer over `argv` (the arguments after `--`); returns the exit code. */
export async function runImport(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        agency: { type: 'string' },
        year: { type: 'string' },
        region: { type: 'string' },
        force: { type: 'boolean', default: false },
        'allow-partial': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'content-dir': { type: 'string' },
        'lock-wait': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  }
  try {
    parsed = parse();
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout(usage);
    return 0;
  }
  if (!positionals.length) {
    io.stderr(`no input given\n\n${usage}`);
    return 2;
  }
  const year = v.year === undefined ? undefined : Number(v.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2008 && year <= 2100)) {
    io.stderr(`--year ${v.year}: not a year\n`);
    return 2;
  }
  const lockWait = v['lock-wait'] === undefined ? defaultWaitMs / 1000 : Number(v['lock-wait']);
  if (!(Number.isFinite(lockWait) && lockWait >= 0)) {
    io.stderr(`--lock-wait ${v['lock-wait']}: not a number of seconds\n`);
    return 2;
  }
  const contentDir = v['content-dir'] ? resolve(cwd, v['content-dir']) : defaultContentDir;
  const options = {
    lockWaitMs: lockWait * 1000,
    agency: v.agency,
    year,
    region: v.region,
    allowPartial: v['allow-partial'],
    importedOn: importDay(process.env.SOURCE_DATE_EPOCH),
    force: v.force,
    dryRun: v['dry-run'],
    contentDir,
  };
  const { files, missing } = await collectInputs(positionals.map((p) => resolve(cwd, p)));
  const contentName = relative(cwd, contentDir) || contentDir;
  const say = (message: string) => io.stderr(`${contentName}: ${message}\n`);
  let agencies: AgencyEntry[];
  try {
    agencies = await loadAgencies(contentDir);
    if (!options.dryRun) await tidyContent(contentDir, options.lockWaitMs, say);
  } catch (e) {
    if (!(e instanceof ContentError || e instanceof LockBusy)) throw e;
    io.stderr(`${e.message}\nNothing imported: the content folder must be readable first.\n`);
    return 1;
  }
  const results: FileResult[] = missing.map((m) => ({
    input: relative(cwd, m) || m,
    status: 'failed',
    writes: [],
    errors: [problem('error', 'missing', 'no such file or folder')],
    warnings: [],
    checks: [],
  }));
  for (const [i, file] of files.entries()) {
    const name = relative(cwd, file) || file;
    progress(io, i, files.length, name);
    let r: FileResult;
    try {
      r = await importOne(file, options, agencies, say);
    } catch (e) {
      r = {
        input: file,
        status: 'failed',
        writes: [],
        // One line, no stack trace: the file and what went wrong are what a reader can act on.
        errors: [
          problem('error', 'internal', `the importer failed on this file: ${(e as Error).message ?? e}`),
        ],
        warnings: [],
        checks: [],
      };
    }
    r.input = name;
    results.push(r);
    clearProgress(io);
    if (!v.json) {
      report(io, r, options.dryRun);
      if (options.dryRun && r.status !== 'failed') printDryRun(io, r);
    }
  }
  progress(io, files.length, files.length, '');
  clearProgress(io);
  const failed = results.filter((r) => r.status === 'failed');
  const ok = results.filter((r) => r.status !== 'failed');
  const summary = {
    imported: ok.filter((r) => r.status === 'imported').length,
    unchanged: ok.filter((r) => r.status === 'unchanged').length,
    withWarnings: ok.filter((r) => r.warnings.length > 0).length,
    failed: failed.length,
  };
  if (v.json)
    io.stdout(
      `${JSON.stringify({ dryRun: options.dryRun, results: results.map(toJson), summary }, null, 2)}\n`,
    );
  const lines = [
    `${options.dryRun ? 'Dry run: would import' : 'Imported'} ${summary.imported}, unchanged ${summary.unchanged}, with warnings ${summary.withWarnings}, failed ${summary.failed} (of ${results.length})`,
    ...failed.map(
      (r) =>
        `  ✗ ${r.errors[0] ? formatProblem(r.input, r.errors[0]).split('\n')[0] : `${r.input}: failed`}${r.errors.length > 1 ? ` (+${r.errors.length - 1} more)` : ''}`,
    ),
  ];
  io.stderr(`${lines.join('\n')}\n`);
  return failed.length ? 1 : 0;
}

/**
 * Before a batch writes: removes the temporary files left by imports that were killed (under the
 * lock, so none is a live import's) and names the sources that have no report.
 */
async function tidyContent(contentDir: string, waitMs: number, say: (message: string) => void) {
  const release = await acquireLock(contentDir, { waitMs, say });
  try {
    for (const m of await removeLeftovers(contentDir)) say(m);
    for (const m of await orphanSources(contentDir)) say(`warning: ${m}`);
  } finally {
    await release();
  }
}

function printDryRun(io: Io, r: FileResult) {
  const imported = r.imported;
  for (const w of r.writes) {
    if (w.plan === 'unchanged') continue;
    io.stdout(`--- ${w.path} (${w.plan === 'overwrite' ? 'would overwrite' : 'new'}) ---\n`);
    if (w.path === imported?.paths?.report) io.stdout(imported.text ?? '');
    else if (w.path === imported?.paths?.agency) io.stdout(imported.agencyYaml ?? '');
    else io.stdout(`(a copy of ${r.input})\n`);
  }
}

function toJson(r: FileResult) {
  return {
    input: r.input,
    status: r.status,
    writes: r.writes,
    agency: r.imported?.agency
      ? { id: r.imported.agency.id, isNew: r.imported.agency.isNew, ...r.imported.agency.data }
      : undefined,
    report: r.imported?.report,
    // The tables as read even when no report could be written (errors, an unknown agency): what was
    // read, and each cell not read with its reason.
    ...(r.imported?.report ? {} : { tables: r.imported?.tables }),
    body: r.imported?.body,
    errors: r.errors,
    warnings: r.warnings,
    checks: r.checks,
  };
}
