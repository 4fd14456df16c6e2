/**
 * A synthetic corpus of ordinary content files, deterministic in its seed: agencies spread over
 * real places, each reporting over a run of years (some start late or skip a year), tables that
 * satisfy every identity except in a controlled share of reports, carry-overs chained across years.
 * Files are yielded agency by agency, so a corpus of any size streams to disk in constant memory.
 */
import { createHash } from 'node:crypto';
import { agencyYaml } from '../import/agency.ts';
import { emitReport } from '../import/emit.ts';
import { applyBreak, type Break, chooseBreak } from './breaks.ts';
import { type PlannedAgency, plannedAgencies } from './places.ts';
import { reportBody } from './prose.ts';
import { Random } from './random.ts';
import { sourceText } from './source.ts';
import { tableChain } from './tables.ts';

export interface CorpusOptions {
  seed: number;
  /** Years each agency may report, ending with lastYear. */
  years: number;
  lastYear: number;
  /** Stop after this many agencies … */
  agencies?: number;
  /** … or after exactly this many reports (the last agency's run cut short). */
  reports?: number;
  /** Province names or two-digit codes; default all of China. */
  provinces?: readonly string[];
  /** Share of reports with one deliberate mistake. */
  brokenShare: number;
}

export interface CorpusFile {
  /** Relative to the content folder. */
  path: string;
  content: string;
}

export interface Manifest {
  options: CorpusOptions;
  agencies: number;
  reports: number;
  /** Every deliberately broken report, by id. */
  broken: Record<string, Break>;
}

/** The years an agency reports: most the whole run, some start late, a few skip one year. */
function reportYears(rng: Random, options: CorpusOptions): number[] {
  const first = options.lastYear - options.years + 1;
  const start = rng.chance(0.12) ? rng.int(first + 1, options.lastYear) : first;
  const years = Array.from({ length: options.lastYear - start + 1 }, (_, i) => start + i);
  if (years.length > 3 && rng.chance(0.03)) years.splice(rng.int(1, years.length - 2), 1);
  return years;
}

function* agencyFiles(agency: PlannedAgency, years: number[], options: CorpusOptions, manifest: Manifest) {
  const rng = new Random(options.seed, `reports ${agency.id}`);
  const profile = {
    level: agency.data.level,
    busy: /人民政府|自然资源|住房/.test(agency.data.kind),
    issuesRules: agency.data.kind === '人民政府' && agency.data.level !== 'county',
  };
  yield { path: `agencies/${agency.id}.yaml`, content: agencyYaml(agency.data) };
  const chain = tableChain(rng, profile, years);
  for (const [i, year] of years.entries()) {
    const tables = chain[i] as (typeof chain)[number];
    const id = `${agency.id}/${year}`;
    let misstate = 0;
    if (rng.chance(options.brokenShare)) {
      const b = chooseBreak(rng, i > 0 && years[i - 1] === year - 1);
      applyBreak(rng, tables, b);
      if (b.kind === 'prose') misstate = b.by;
      manifest.broken[id] = b;
    }
    const title = `${agency.data.shortName}${year}年政府信息公开工作年度报告`;
    const body = reportBody(rng, { agency: agency.data, topics: agency.kind.topics, year, tables, misstate });
    const source = sourceText(title, body, tables);
    const file = `sources/${id}.txt`;
    const sha256 = createHash('sha256').update(source).digest('hex');
    const report = emitReport(
      { agency: agency.id, year, format: '2021', title, source: { file, sha256, kind: 'text' }, ...tables },
      body,
    );
    yield { path: `reports/${id}.md`, content: report };
    yield { path: file, content: source };
  }
}

/** Every file of the corpus; `manifest` is complete once the generator is exhausted. */
export function* corpusFiles(options: CorpusOptions, manifest: Manifest): Generator<CorpusFile> {
  const rng = new Random(options.seed, 'years');
  for (const agency of plannedAgencies(options.seed, options.provinces)) {
    if (options.agencies !== undefined && manifest.agencies >= options.agencies) return;
    if (options.reports !== undefined && manifest.reports >= options.reports) return;
    let years = reportYears(rng, options);
    if (options.reports !== undefined) years = years.slice(0, options.reports - manifest.reports);
    manifest.agencies += 1;
    manifest.reports += years.length;
    yield* agencyFiles(agency, years, options, manifest);
  }
}

export function emptyManifest(options: CorpusOptions): Manifest {
  return { options, agencies: 0, reports: 0, broken: {} };
}
