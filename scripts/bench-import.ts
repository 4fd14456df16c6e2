/**
 * `npm run bench:import [-- <seconds>]`: import throughput on one core — the bundled sources
 * imported over and over in this one process (decode, tables, prose, Markdown, frontmatter;
 * no disk writes), in rounds of one second. Prints reports per second of CPU time (what one core
 * does, whatever else the machine is running) and per second of wall-clock time, best round and
 * median.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAgencies } from './lib/import/files.ts';
import { importReport } from './lib/import/importReport.ts';

const contentDir = new URL('../content/', import.meta.url).pathname;
const seconds = Number(process.argv[2] ?? 5);
const sourcesDir = join(contentDir, 'sources');
const inputs = readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(sourcesDir, f)));
if (!inputs.length) throw new Error(`no .txt sources under ${sourcesDir}`);
const agencies = await loadAgencies(contentDir);

function importAll() {
  for (const bytes of inputs) {
    const r = importReport({ bytes, ext: 'txt', agencies });
    if (!r.text) throw new Error(`import failed: ${r.errors.map((e) => e.message).join('; ')}`);
  }
}

for (let i = 0; i < 50; i++) importAll(); // warm-up: let the JIT settle

const rounds: { cpu: number; wall: number }[] = [];
let total = 0;
for (let r = 0; r < Math.max(1, seconds); r++) {
  let count = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  while (performance.now() - wall0 < 1000) {
    importAll();
    count += inputs.length;
  }
  const wall = (performance.now() - wall0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  rounds.push({ cpu: count / cpu, wall: count / wall });
  total += count;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (xs: number[]) => `median ${Math.round(median(xs))}, best ${Math.round(Math.max(...xs))}`;
console.log(`${total} imports of ${inputs.length} reports in ${rounds.length} rounds of 1 s, one process:`);
console.log(`  reports/s of CPU time:        ${fmt(rounds.map((r) => r.cpu))}`);
console.log(`  reports/s of wall-clock time: ${fmt(rounds.map((r) => r.wall))}`);
