/**
 * The shape properties' harness: the seeds with random numbers written into their own layout, an
 * import that says which input it threw on, and the cells read as something else than the source's.
 */
import assert from 'node:assert/strict';
import { readSeed, repoAgencies, seedNames } from '../testkit/import.ts';
import { type Imported, importReport } from './importReport.ts';
import { type Numbers, numbersFrom, substitute } from './propertyKit.ts';

const agencies = await repoAgencies();
/** FC_RUNS=10 multiplies the runs, for a longer hunt than the default suite affords. */
export const runs = (n: number) => n * Number(process.env.FC_RUNS ?? 1);
export const run = (text: string) =>
  importReport({ bytes: Buffer.from(text), ext: 'txt', options: { allowPartial: true }, agencies });
/** `run`, saying on which input the importer threw (fast-check shows only the arguments). */
export function runOn(text: string, where: string): Imported {
  try {
    return run(text);
  } catch (error) {
    throw new Error(`the importer threw on ${where}`, { cause: error });
  }
}

export const seeds = await Promise.all(
  seedNames.map(async (name) => {
    const text = await readSeed(name);
    return { name, text, imported: importReport({ bytes: Buffer.from(text), ext: 'txt', agencies }) };
  }),
);

/**
 * The cells written as something else than the source's number: another number, or a blank with no
 * reason (a blank that is not printed). A cell not read, with the reason, is never wrong. `printed`
 * holds the cells (flat keys) the source was changed to print as a not-reported mark.
 */
export function wrongCells(
  r: Imported,
  numbers: Numbers,
  printed: ReadonlyMap<string, null> = new Map(),
): string[] {
  const tables = r.tables;
  // Nothing read at all is an honest refusal, as long as it says why.
  if (!tables) return r.errors.length ? [] : ['no tables read, and no error'];
  const out: string[] = [];
  for (const t of ['table2', 'table3', 'table4'] as const)
    for (const [row, cols] of Object.entries(tables[t]))
      for (const [col, cell] of Object.entries(cols)) {
        const key = `${t}.${row}.${col}`;
        const source = printed.has(key) ? null : numbers[t][row]?.[col];
        if (cell.value === source && (source !== null || !cell.unread)) continue;
        if (cell.value === null && cell.unread) continue;
        const how = r.reads?.[t].get(`${row}.${col}`)?.how;
        out.push(`${key}: wrote ${cell.value}${how ? ` (read by ${how})` : ''}, the source says ${source}`);
      }
  return out;
}

/** A seed with the numbers written into its own layout, and where each number now stands. */
export function shaped(index: number, numbersSeed: number, small: boolean) {
  const base = seeds[index] as (typeof seeds)[number];
  const numbers = numbersFrom(numbersSeed, small);
  const text = substitute(base.text, base.imported, numbers);
  const r = run(text);
  // The control: as printed, the numbers are read back exactly.
  assert.deepEqual(wrongCells(r, numbers), [], `${base.name} with numbers ${numbersSeed} is not read back`);
  assert.ok(r.reads, `${base.name}: no report`);
  return { name: base.name, text, numbers, reads: r.reads };
}
