/**
 * `npm run corpus -- --agencies 100 --years 10 --seed 1 --out tmp/corpus`: writes a synthetic corpus
 * of ordinary content files (scripts/lib/corpus) for scale tests and benchmarks. `--reports N` stops
 * at exactly N reports instead; `--provinces 宁夏回族自治区,河南省` keeps to those provinces.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './lib/corpus/write.ts';

const { values } = parseArgs({
  options: {
    agencies: { type: 'string' },
    reports: { type: 'string' },
    years: { type: 'string', default: '10' },
    'last-year': { type: 'string', default: '2024' },
    seed: { type: 'string', default: '1' },
    provinces: { type: 'string' },
    broken: { type: 'string', default: '0.05' },
    out: { type: 'string', default: 'tmp/corpus' },
  },
});
const whole = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${v}`);
  return n;
};
if (values.agencies === undefined && values.reports === undefined) values.agencies = '100';
const started = performance.now();
const manifest = writeCorpus(values.out, {
  seed: whole('seed', values.seed) ?? 1,
  years: whole('years', values.years) ?? 10,
  lastYear: whole('last-year', values['last-year']) ?? 2024,
  ...(values.agencies !== undefined ? { agencies: whole('agencies', values.agencies) } : {}),
  ...(values.reports !== undefined ? { reports: whole('reports', values.reports) } : {}),
  ...(values.provinces ? { provinces: values.provinces.split(/[,，]/).filter(Boolean) } : {}),
  brokenShare: Number(values.broken),
});
const broken = Object.keys(manifest.broken).length;
console.log(
  `wrote ${manifest.agencies} agencies, ${manifest.reports} reports (${broken} with a deliberate mistake) to ${values.out} in ${Math.round(performance.now() - started)} ms`,
);
