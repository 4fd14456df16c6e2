/**
 * `npm run bench -- --reports 1000,10000`: builds the site from a generated corpus of that many
 * reports (scripts/lib/corpus, seed 1, ten years) and, beside it, the framework floor: a bare Astro
 * project with one report-sized page per report from the same files (scripts/bench/bare), then the
 * Pagefind CLI over those pages, cold each time; prints touming's figures as ratios to the floor, wall time,
 * CPU time and peak memory of the whole process tree, dist/ and search index size, wall time per
 * report, and the bytes a first search fetches; appends them to scripts/bench/results.md.
 * Options: --seed, --years, --no-bare, --no-search, --queries 法律援助,行政复议, --rounds N (touming
 * and the floor each built N times, alternately, for each size: the tables show the last round,
 * a line lists every round's ratio and their median).
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAtStart, type Round, type Run, section } from './lib/bench/report.ts';
import { inSequence, measureBuild, measurePagefind } from './lib/bench/run.ts';
import { measureFloorSearches, measureSearches } from './lib/bench/search.ts';
import type { CorpusOptions, Manifest } from './lib/corpus/corpus.ts';
import { manifestFile, writeCorpus } from './lib/corpus/write.ts';

const repoRoot = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    years: { type: 'string', default: '10' },
    'no-bare': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    queries: { type: 'string', default: '法律援助,行政复议,信息处理费' },
    rounds: { type: 'string', default: '1' },
  },
});
/** A wrong option: said in one line, without a stack trace. */
function refuse(message: string): never {
  console.error(`npm run bench: ${message}`);
  process.exit(2);
}
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  refuse(`--rounds takes a whole number from 1, got ${values.rounds}`);
if (rounds > 1 && values['no-bare']) refuse('--rounds compares touming with the floor: not with --no-bare');
const sizes = values.reports.split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0))
  refuse(`--reports takes whole numbers above 0, got ${values.reports}`);
const work = join(repoRoot, 'tmp/bench');
const results = join(repoRoot, 'scripts/bench/results.md');

/** The corpus for N reports, generated once and reused while its options stay the same. */
async function corpus(reports: number): Promise<{ dir: string; manifest: Manifest }> {
  const options: CorpusOptions = {
    seed: Number(values.seed),
    years: Number(values.years),
    lastYear: 2024,
    reports,
    brokenShare: 0.05,
  };
  const dir = join(work, `corpus-${reports}-s${options.seed}`);
  const existing = await readFile(join(dir, manifestFile), 'utf8').catch(() => undefined);
  if (existing) {
    const manifest = JSON.parse(existing) as Manifest;
    if (JSON.stringify(manifest.options) === JSON.stringify(options)) return { dir, manifest };
  }
  console.log(`generating ${reports} reports into ${dir}`);
  return { dir, manifest: writeCorpus(dir, options) };
}

console.log(`load average at start: ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}`);
await mkdir(work, { recursive: true });
const runs: Run[] = [];
for (const n of sizes) {
  const { dir, manifest } = await corpus(n);
  let touming: Run['touming'] | undefined;
  let bare: Run['bare'];
  let pagefind: Run['pagefind'];
  const measured: Round[] = [];
  for (let round = 1; round <= rounds; round++) {
    const of = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
    console.log(`building touming from ${n} reports${of} …`);
    touming = await measureBuild(repoRoot, {
      args: [],
      env: {
        CONTENT_DIR: dir,
        SITE_OUT_DIR: join(work, `touming-${n}`),
        ASTRO_CACHE_DIR: `./node_modules/.astro-bench/touming-${n}`,
      },
      outDir: join(work, `touming-${n}`),
      // Its own content store, removed before the build: a store left by an earlier build of the
      // same corpus would let Astro skip validating every unchanged report (a warm build).
      cacheDir: join(repoRoot, `node_modules/.astro-bench/touming-${n}`),
      log: join(work, `touming-${n}.log`),
    });
    if (values['no-bare']) continue;
    console.log(`building bare Astro from ${n} reports${of} …`);
    bare = await measureBuild(repoRoot, {
      args: ['--root', 'scripts/bench/bare'],
      env: {
        CONTENT_DIR: dir,
        SITE_OUT_DIR: join(work, `bare-${n}`),
        ASTRO_CACHE_DIR: `./.astro-cache/${n}`,
      },
      outDir: join(work, `bare-${n}`),
      cacheDir: join(repoRoot, `scripts/bench/bare/.astro-cache/${n}`),
      log: join(work, `bare-${n}.log`),
    });
    console.log(`indexing the bare pages with the Pagefind CLI${of} …`);
    pagefind = await measurePagefind(repoRoot, join(work, `bare-${n}`), join(work, `pagefind-bare-${n}.log`));
    measured.push({ touming, floor: inSequence(bare, pagefind) });
  }
  if (!touming) throw new Error('no build was measured');
  const queries = values.queries.split(',');
  const searches = values['no-search'] ? [] : await measureSearches(join(work, `touming-${n}`), queries);
  const floorSearches =
    values['no-search'] || !pagefind ? [] : await measureFloorSearches(join(work, `bare-${n}`), queries);
  runs.push({
    reports: n,
    agencies: manifest.agencies,
    ...(measured.length > 1 ? { rounds: measured } : {}),
    touming,
    ...(bare ? { bare } : {}),
    ...(pagefind ? { pagefind } : {}),
    searches,
    floorSearches,
  });
}
const text = section(runs);
console.log(`\n${text}`);
await appendFile(results, `\n${text}`);
console.log(`appended to ${results}`);
