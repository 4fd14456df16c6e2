/**
 * `npm run eval:import`: runs the importer on every sample that has a truth file, then on every derived fixture
 * of tests/fixtures/shapes (converter outputs and hand transformations of those samples), and prints, per
 * report, the cells the document determines and how many were read exactly, refused or wrong. Exit code 1
 * when the samples miss the bar, any cell of either group is wrong, a sample that must be refused is read, or
 * a truth file or manifest entry is invalid.
 */

import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledContentDir } from '../../../src/loaders/contentDir.ts';
import type { AgencyEntry } from '../import/agency.ts';
import { loadAgencies } from '../import/files.ts';
import { importFile } from '../import/importFile.ts';
import { compareReport, type Reading } from './compare.ts';
import { findSamples, loadTruths } from './files.ts';
import { loadFixtures } from './fixtures.ts';
import { fromImported } from './reading.ts';
import { renderText } from './render.ts';
import {
  exitCode,
  type GroupName,
  type GroupSummary,
  type ReportResult,
  reportResult,
  summarize,
  summarizeGroup,
} from './summary.ts';
import type { Truth, TruthOptions } from './truth.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const repo = new URL('../../../', import.meta.url).pathname;

export const usage = `usage: npm run eval:import -- [options]

  Runs the importer on every sample that has a ground-truth file, and on every derived fixture
  (tests/fixtures/shapes/MANIFEST.yaml), and compares every cell.

  --only <text>       only the samples (or truth files), and the fixtures (or their base documents),
                      whose path contains <text>
  --group <name>      only one group: samples or derived
  --truth <dir>       the truth files (default: tests/eval/truth, with its sub-folders)
  --shared <dir>      the shared folder that samples are named relative to (default: ../shared)
  --fixtures <dir>    the derived fixtures and their MANIFEST.yaml (default: tests/fixtures/shapes)
  --json              print the result as JSON
`;

const groupNames: readonly GroupName[] = ['samples', 'derived'];

/** Runs the evaluation over `argv` (the arguments after `--`); returns the exit code. */
export async function runEval(argv: readonly string[], io: Io, cwd = process.cwd()): Promise<number> {
  let v: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string' },
        group: { type: 'string' },
        truth: { type: 'string' },
        shared: { type: 'string' },
        fixtures: { type: 'string' },
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
  const group = v.group;
  if (group !== undefined && !groupNames.includes(group as GroupName)) {
    io.stderr(`--group: “${group}” is not ${groupNames.join(' or ')}\n\n${usage}`);
    return 2;
  }
  const runs = (g: GroupName) => group === undefined || group === g;
  const started = performance.now();
  const truthDir = v.truth ? resolve(cwd, v.truth) : join(repo, 'tests/eval/truth');
  const shared = v.shared ? resolve(cwd, v.shared) : resolve(repo, '../shared');
  const fixturesDir = v.fixtures ? resolve(cwd, v.fixtures) : join(repo, 'tests/fixtures/shapes');
  const only = v.only;
  const picked = (...names: string[]) => only === undefined || names.some((n) => n.includes(only));
  const name = (path: string) => relative(cwd, path) || path;

  const { truths, invalid } = await loadTruths(truthDir, name);
  const agencies = await loadAgencies(bundledContentDir);
  const groups: { samples?: GroupSummary; derived?: GroupSummary } = {};
  if (runs('samples'))
    groups.samples = await samplesGroup(truths, invalid, { shared, name, picked, agencies });
  if (runs('derived'))
    groups.derived = await derivedGroup(truths, fixturesDir, { shared, name, picked, agencies });
  const summary = summarize(groups, (performance.now() - started) / 1000);
  io.stdout(v.json ? `${JSON.stringify(summary, null, 2)}\n` : renderText(summary));
  return exitCode(summary);
}

interface Context {
  shared: string;
  name: (path: string) => string;
  picked: (...names: string[]) => boolean;
  agencies: AgencyEntry[];
}

/** Every picked sample that has a truth file; `invalid` holds the truth files' problems and gains missing samples. */
async function samplesGroup(truths: Truth[], invalid: string[], cx: Context): Promise<GroupSummary> {
  const reports: ReportResult[] = [];
  const chosen = truths
    .filter((t) => cx.picked(t.sample, t.file))
    .sort((a, b) => (a.sample < b.sample ? -1 : 1));
  for (const truth of chosen) {
    const path = join(cx.shared, truth.sample);
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) {
      invalid.push(`${truth.file}: sample: no such file ${path}`);
      continue;
    }
    reports.push(await evaluate(truth, path, bytes, cx.agencies));
  }
  const named = new Set(truths.map((t) => t.sample));
  const noTruth = (await findSamples(cx.shared)).filter((s) => !named.has(s) && cx.picked(s));
  return summarizeGroup(`samples (${cx.name(cx.shared)})`, reports, invalid, noTruth);
}

/** Every picked fixture of the manifest, in the manifest's order (it groups them by the tool that made them). */
async function derivedGroup(truths: Truth[], dir: string, cx: Context): Promise<GroupSummary> {
  const { fixtures, invalid, unlisted } = await loadFixtures({
    dir,
    truths,
    repo,
    shared: cx.shared,
    name: cx.name,
    picked: cx.picked,
  });
  const reports: ReportResult[] = [];
  for (const f of fixtures)
    reports.push(await evaluate(f.truth, f.path, await readFile(f.path), cx.agencies, f.base));
  return summarizeGroup(`derived fixtures (${cx.name(dir)})`, reports, invalid, unlisted);
}

/** One document read by the importer and judged against its truth, timed. */
async function evaluate(
  truth: Truth,
  path: string,
  bytes: Uint8Array,
  agencies: AgencyEntry[],
  base?: string,
): Promise<ReportResult> {
  const t = performance.now();
  const reading = await readDocument(bytes, extname(path), truth.options, agencies);
  return reportResult({ ...truth, base }, compareReport(truth, reading), (performance.now() - t) / 1000);
}

/** The importer's reading of one document; a crash is a refusal of the whole report, with its message. */
async function readDocument(
  bytes: Uint8Array,
  ext: string,
  options: TruthOptions,
  agencies: AgencyEntry[],
): Promise<Reading> {
  try {
    return fromImported(
      await importFile({ bytes, ext, options: { ...options, allowPartial: true }, agencies }),
    );
  } catch (e) {
    return { refused: `the importer crashed: ${(e as Error).message}` };
  }
}
