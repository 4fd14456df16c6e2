/**
 * `npm run bench:import [-- <seconds>]`: import throughput on one core — the bundled sources imported
 * over and over in this one process (read, tables, prose, Markdown, frontmatter; no disk writes), in
 * rounds of one second, for each kind of source: extracted text, web pages, PDFs (whose text layer is
 * read with pdfjs each time). Prints reports per second of CPU time (what one core does, whatever else
 * the machine is running) and of wall-clock time, best round and median.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledContentDir } from '../src/loaders/contentDir.ts';
import { loadAgencies } from './lib/import/files.ts';
import { importFile } from './lib/import/importFile.ts';
import { importReport } from './lib/import/importReport.ts';

const contentDir = bundledContentDir;
const seconds = Number(process.argv[2] ?? 5);
const sourcesDir = join(contentDir, 'sources');
const files = readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' }).sort();
const agencies = await loadAgencies(contentDir);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (xs: number[]) => {
  const r = (x: number) => (x < 100 ? x.toFixed(1) : String(Math.round(x)));
  return `median ${r(median(xs))}, best ${r(Math.max(...xs))}`;
};

async function bench(kind: string, ext: string, unit: string, warmUp: number) {
  const inputs = files.filter((f) => extname(f) === ext).map((f) => readFileSync(join(sourcesDir, f)));
  if (!inputs.length) return console.log(`no ${ext} sources under ${sourcesDir}`);
  const importAll = async () => {
    for (const bytes of inputs) {
      // Text and HTML are imported synchronously, as a batch does; a PDF's text layer is read first.
      const r =
        ext === '.pdf' ? await importFile({ bytes, ext, agencies }) : importReport({ bytes, ext, agencies });
      if (!r.text) throw new Error(`import failed: ${r.errors.map((e) => e.message).join('; ')}`);
    }
  };
  for (let i = 0; i < warmUp; i++) await importAll(); // let the JIT settle
  const rounds: { cpu: number; wall: number }[] = [];
  let total = 0;
  for (let r = 0; r < Math.max(1, seconds); r++) {
    let count = 0;
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    while (performance.now() - wall0 < 1000) {
      await importAll();
      count += inputs.length;
    }
    const wall = (performance.now() - wall0) / 1000;
    const used = process.cpuUsage(cpu0);
    rounds.push({ cpu: count / ((used.user + used.system) / 1e6), wall: count / wall });
    total += count;
  }
  console.log(
    `${kind}: ${total} imports of ${inputs.length} ${unit} in ${rounds.length} rounds of 1 s, one process:`,
  );
  console.log(`  ${unit}/s of CPU time:        ${fmt(rounds.map((r) => r.cpu))}`);
  console.log(`  ${unit}/s of wall-clock time: ${fmt(rounds.map((r) => r.wall))}`);
}

await bench('Extracted text', '.txt', 'reports', 50);
await bench('Web pages', '.html', 'pages', 20);
await bench('PDFs', '.pdf', 'PDFs', 5);
