/** The benchmark's figures as a Markdown section, printed and appended to scripts/bench/results.md. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { parsePartPages } from '../../../src/utils/searchParts.ts';
import { type BuildFigures, inSequence } from './run.ts';
import type { FloorSearchBytes, SearchBytes } from './search.ts';

/** One round of a size: touming's build and the floor's, measured one after the other. */
export interface Round {
  touming: BuildFigures;
  floor: BuildFigures;
}

export interface Run {
  reports: number;
  agencies: number;
  /** Every round's touming and floor, in the order run, when more than one was asked for. */
  rounds?: Round[];
  touming: BuildFigures;
  bare?: BuildFigures;
  /** The Pagefind CLI over the bare build's pages. */
  pagefind?: BuildFigures;
  searches: SearchBytes[];
  /** The same first searches on the floor's index (Pagefind's own, one index of the bare pages). */
  floorSearches?: FloorSearchBytes[];
}

/** The load average when the benchmark started (read at the end it would count the builds themselves). */
export const loadAtStart: readonly number[] = loadavg();

/** The framework floor: bare Astro, then the Pagefind CLI over its pages. */
export function floorOf(r: Run): BuildFigures | undefined {
  return r.bare && r.pagefind ? inSequence(r.bare, r.pagefind) : undefined;
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(n < 10 * 2 ** 20 ? 1 : 0)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const s = (n: number) => `${n.toFixed(1)} s`;

/** The middle value (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * The rounds of one size in a line: each round's wall times and ratio, in the order run, and the
 * median ratio. The machine's speed drifts (the same build took 145 and 173 s minutes apart), so
 * alternating rounds show how far one ratio can be trusted.
 */
export function roundsLine(reports: number, rounds: readonly Round[]): string {
  const ratios = rounds.map((r) => r.touming.wallSeconds / r.floor.wallSeconds);
  const each = rounds
    .map(
      (r, i) =>
        `${s(r.touming.wallSeconds)} / ${s(r.floor.wallSeconds)} = ${(ratios[i] as number).toFixed(2)}×`,
    )
    .join('; ');
  return `- ${reports} reports, ${rounds.length} rounds alternating touming and the floor (touming / floor wall): ${each}; median ${median(ratios).toFixed(2)}×, from ${Math.min(...ratios).toFixed(2)}× to ${Math.max(...ratios).toFixed(2)}×`;
}

export function machine(): string {
  const cpu = cpus();
  const commit = (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        encoding: 'utf8',
      });
      return dirty.trim() ? `${head} with uncommitted changes` : head;
    } catch {
      return 'unknown';
    }
  })();
  return [
    `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
    `Node ${process.version}, commit ${commit}`,
    `search index in parts of ${parsePartPages(process.env.SITE_SEARCH_PART_PAGES)} pages`,
    `load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' ')}`,
  ].join('; ');
}

function row(name: string, n: number, f: BuildFigures): string {
  const perReport = ((f.wallSeconds * 1000) / n).toFixed(1);
  return `| ${name} | ${n} | ${s(f.wallSeconds)} | ${s(f.cpuSeconds)} | ${mb(f.peakRssBytes)} | ${mb(f.distBytes)} (${f.distFiles} files) | ${f.indexBytes ? mb(f.indexBytes) : '—'} | ${perReport} ms |`;
}

/** Where touming's CPU went, by kind of thread; undefined when the threads were not read. */
export function cpuByThreadLine(reports: number, f: BuildFigures): string | undefined {
  if (!f.cpuByThread || f.cpuByThread.length === 0) return undefined;
  const kinds = f.cpuByThread
    .filter(([, seconds]) => seconds >= 0.05)
    .map(([kind, seconds]) => `${kind} ${s(seconds)}`)
    .join(', ');
  return `- ${reports} reports: touming's CPU by thread: ${kinds}`;
}

export function section(runs: readonly Run[], date = new Date()): string {
  const lines = [
    `## ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    machine(),
    '',
    '| build | reports | wall | CPU (all processes) | peak memory (PSS, process tree) | dist/ | search index | wall per report |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    lines.push(row('touming', r.reports, r.touming));
    if (r.bare) lines.push(row('bare Astro (report-sized pages)', r.reports, r.bare));
    if (r.pagefind) lines.push(row('Pagefind CLI over bare pages', r.reports, r.pagefind));
    const floor = floorOf(r);
    if (floor) lines.push(row('**framework floor** (the two in turn)', r.reports, floor));
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const withFloor = runs.flatMap((r) => {
    const floor = floorOf(r);
    return floor ? [{ r, floor }] : [];
  });
  if (withFloor.length > 0) {
    lines.push('');
    for (const { r, floor } of withFloor)
      lines.push(
        `- ${r.reports} reports (${r.agencies} agencies): touming / framework floor: wall ${ratio(r.touming.wallSeconds, floor.wallSeconds)}, CPU ${ratio(r.touming.cpuSeconds, floor.cpuSeconds)}, peak memory ${ratio(r.touming.peakRssBytes, floor.peakRssBytes)}`,
      );
  }
  for (const r of runs) if (r.rounds && r.rounds.length > 1) lines.push(roundsLine(r.reports, r.rounds));
  for (const r of runs) {
    const peak = r.touming.atPeak;
    if (!peak) continue;
    const shares = Object.entries(peak.byName)
      .sort(([, a], [, b]) => b - a)
      .map(([name, bytes]) => `${name} ${mb(bytes)}`)
      .join(', ');
    lines.push(
      `- ${r.reports} reports: touming's peak memory came ${s(peak.seconds)} into the build: ${shares}`,
    );
  }
  for (const r of runs) {
    const line = cpuByThreadLine(r.reports, r.touming);
    if (line) lines.push(line);
  }
  const [small, large] = runs;
  if (small && large)
    lines.push(
      `- growth ${small.reports} → ${large.reports}: touming wall ${(large.touming.wallSeconds / small.touming.wallSeconds).toFixed(1)}×, peak memory ${(large.touming.peakRssBytes / small.touming.peakRssBytes).toFixed(1)}×`,
    );
  const searched = runs.filter((r) => r.searches.length > 0);
  if (searched.length > 0) {
    lines.push(
      '',
      '| reports | query | results | search bytes fetched | with gzip | script + wasm | index metadata | index chunks | filters | fragments | requests | whole first visit, gzip | next query on the page, gzip |',
      '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const r of searched)
      for (const q of r.searches)
        lines.push(
          `| ${r.reports} | ${q.query} | ${q.results} | ${kb(q.bytes.total)} | ${kb(q.wire)} | ${kb(q.bytes.code)} | ${kb(q.bytes.meta)} | ${kb(q.bytes.index)} | ${kb(q.bytes.filter)} | ${kb(q.bytes.fragment)} | ${q.requests} | ${kb(q.visitWire)} | ${q.next.query}: ${kb(q.next.wire)} (${q.next.requests} requests) |`,
        );
  }
  for (const r of runs.filter((x) => (x.floorSearches ?? []).length > 0)) {
    const listed = (r.floorSearches ?? [])
      .map((q) => `${q.query} ${kb(q.wire)} (${q.results} results, ${q.requests} requests)`)
      .join('; ');
    lines.push('', `- ${r.reports} reports, the floor's first search (Pagefind's files, gzip): ${listed}`);
  }
  return `${lines.join('\n')}\n`;
}
