/**
 * `npm run bench:import [-- <seconds>]`: import throughput on one core — the bundled sources
 * imported over and over in this one process (decode, tables, prose, Markdown, frontmatter;
 * no disk writes), reported as reports per second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAgencies } from './lib/import/files.ts';
import { importReport } from './lib/import/importReport.ts';

const contentDir = new URL('../content/', import.meta.url).pathname;
const seconds = Number(process.argv[2] ?? 3);
const sourcesDir = join(contentDir, 'sources');
const inputs = readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(sourcesDir, f)));
if (!inputs.length) throw new Error(`no .txt sources under ${sourcesDir}`);
const agencies = await loadAgencies(contentDir);

const run = (n: number) => {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const input = inputs[i % inputs.length] as Buffer;
    const r = importReport({ bytes: input, ext: 'txt', agencies });
    if (!r.text) throw new Error(`import failed: ${r.errors.map((e) => e.message).join('; ')}`);
    bytes += input.length;
  }
  return bytes;
};

run(inputs.length * 20); // warm-up
let count = 0;
let bytes = 0;
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  bytes += run(inputs.length);
  count += inputs.length;
}
const elapsed = (performance.now() - start) / 1000;
const perSecond = count / elapsed;
console.log(
  `${count} reports (${inputs.length} distinct, ${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${elapsed.toFixed(2)} s: ` +
    `${Math.round(perSecond)} reports/s, ${((elapsed / count) * 1000).toFixed(2)} ms each, one process`,
);
