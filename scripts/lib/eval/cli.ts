/**
 * `npm run eval:import`: runs the importer on every sample that has a truth file and prints, per report,
 * the cells the document determines and how many were read exactly, refused or wrong. Exit code 1 when
 * any cell is wrong, a sample that must be refused is read, or a truth file is invalid.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AgencyEntry } from '../import/agency.ts';
import { loadAgencies } from '../import/files.ts';
import { importFile } from '../import/importFile.ts';
import { compareReport, type Reading } from './compare.ts';
import { findSamples, loadTruths } from './files.ts';
import { fromImported } from './reading.ts';
import { renderText } from './render.ts';
import { exitCode, type ReportResult, reportResult, summarize } from './summary.ts';
import type { Truth } from './truth.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const repo = new URL('../../../', import.meta.url).pathname;

export const usage = `usage: npm run eval:import -- [options]

  Runs the importer on every sample that has a ground-truth file and compares every cell.

  --only <text>     only the samples (or truth files) whose path contains <text>
  --truth <dir>     the truth files (default: tests/eval/truth, with its sub-folders)
  --shared <dir>    the shared folder that samples are named relative to (default: ../shared)
  --json            print the result as JSON
`;

/** Runs the evaluation over `argv` (the arguments after `--`); returns the exit code. */
export async function runEval(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  let v: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string' },
        truth: { type: 'string' },
        shared: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  }
  try {
    v = parse().values;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if (v.help) {
    io.stdout(usage);
    return 0;
  }
  const started = performance.now();
  const truthDir = v.truth ? resolve(cwd, v.truth) : join(repo, 'tests/eval/truth');
  const shared = v.shared ? resolve(cwd, v.shared) : resolve(repo, '../shared');
  const only = v.only;
  const picked = (...names: string[]) => only === undefined || names.some((n) => n.includes(only));
  const name = (path: string) => relative(cwd, path) || path;

  const { truths, invalid } = await loadTruths(truthDir, name);
  const agencies = await loadAgencies(join(repo, 'content'));
  const reports: ReportResult[] = [];
  const chosen = truths
    .filter((t) => picked(t.sample, t.file))
    .sort((a, b) => (a.sample < b.sample ? -1 : 1));
  for (const truth of chosen) {
    const bytes = await readFile(join(shared, truth.sample)).catch(() => undefined);
    if (!bytes) {
      invalid.push(`${truth.file}: sample: no such file ${join(shared, truth.sample)}`);
      continue;
    }
    const t = performance.now();
    const reading = await readSample(truth, bytes, agencies);
    reports.push(reportResult(truth, compareReport(truth, reading), (performance.now() - t) / 1000));
  }
  const named = new Set(truths.map((t) => t.sample));
  const noTruth = (await findSamples(shared)).filter((s) => !named.has(s) && picked(s));
  const summary = summarize(reports, invalid, noTruth, (performance.now() - started) / 1000);
  io.stdout(v.json ? `${JSON.stringify(summary, null, 2)}\n` : renderText(summary));
  return exitCode(summary);
}

/** The importer's reading of one sample; a crash is a refusal of the whole report, with its message. */
async function readSample(truth: Truth, bytes: Uint8Array, agencies: AgencyEntry[]): Promise<Reading> {
  try {
    const options = { ...truth.options, allowPartial: true };
    return fromImported(await importFile({ bytes, ext: extname(truth.sample), options, agencies }));
  } catch (e) {
    return { refused: `the importer crashed: ${(e as Error).message}` };
  }
}
