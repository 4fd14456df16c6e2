/**
 * `npm run hunt:import [-- --tables table2 --chars "\n,\t" --kinds insert]`: every one-character edit
 * at every place around every number of the importer's mutation seeds (the five seeds, each given
 * three sets of generated numbers: mutationOracle.ts), imported and judged by the mutation tests'
 * own oracle. The property test draws 3,000 such edits at random; this tries them all, so what it
 * finds is found every time. Prints each kind of failure once, with the text around it, and exits 1
 * if there was any. All tables, all characters, the three kinds: about 550,000 imports, half an hour
 * on one core; `--tables`, `--chars` (comma-separated; `\n`, `\t` and `\,` as written) and `--kinds`
 * narrow it.
 */
import { parseArgs } from 'node:util';
import {
  type CharEdit,
  editCharacters,
  richSeed,
  type Span,
  seedBaselines,
  textImporter,
  unsaidNumbers,
} from './lib/import/mutationOracle.ts';

const kinds = ['insert', 'replace', 'delete'] as const;
const tables = ['table2', 'table3', 'table4'] as const;

const { values: options } = parseArgs({
  options: {
    tables: { type: 'string', default: tables.join(',') },
    chars: { type: 'string' },
    kinds: { type: 'string', default: kinds.join(',') },
  },
});

/** A comma-separated list, each item one of `allowed`; anything else ends the run with one line. */
function listOf<T extends string>(name: string, given: string, allowed: readonly T[]): T[] {
  const items = given.split(',').map((s) => s.trim());
  const wrong = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (wrong.length) {
    console.error(`--${name}: ${wrong.join(', ')} is not one of ${allowed.join(', ')}`);
    process.exit(2);
  }
  return items as T[];
}

const chosenTables = new Set(listOf('tables', options.tables, tables));
const chosenKinds = listOf('kinds', options.kinds, kinds);
const chars =
  options.chars === undefined
    ? [...editCharacters]
    : options.chars
        .split(/(?<!\\),/)
        .map((c) => c.replace(/\\,/g, ',').replace(/\\n/g, '\n').replace(/\\t/g, '\t'));

/** Every edit of `kind` at `at` (a deletion has no character). */
function editsAt(text: string, at: number): { edit: CharEdit; text: string }[] {
  return chosenKinds.flatMap((kind) => {
    const removed = kind === 'insert' ? 0 : at < text.length ? 1 : 0;
    return (kind === 'delete' ? [''] : chars).map((inserted) => ({
      edit: { at, removed, inserted },
      text: text.slice(0, at) + inserted + text.slice(at + removed),
    }));
  });
}

/** Offsets an edit can touch a number from: its characters, and one either side (see the oracle). */
function placesAround(spans: readonly Span[], textLength: number): number[] {
  const at = new Set<number>();
  for (const s of spans)
    if (chosenTables.has(s.table))
      for (let p = Math.max(0, s.start - 1); p <= Math.min(textLength, s.end + 1); p++) at.add(p);
  return [...at].sort((a, b) => a - b);
}

const run = await textImporter();
const rich = (await seedBaselines(run)).flatMap((base) =>
  [1, 2, 3].map((seed) => richSeed(base, seed * 7919 + base.name.length, run)),
);

let edits = 0;
let failed = 0;
const seen = new Set<string>();
const started = performance.now();
for (const [i, base] of rich.entries()) {
  for (const at of placesAround(base.spans, base.text.length))
    for (const { edit, text } of editsAt(base.text, at)) {
      edits++;
      let wrong: string[];
      try {
        const r = run(Buffer.from(text));
        wrong = r.text ? unsaidNumbers(base, edit, r) : [];
      } catch (e) {
        wrong = [`threw ${e instanceof Error ? e.message : String(e)}`];
      }
      if (!wrong.length) continue;
      failed++;
      const where = `${JSON.stringify(base.text.slice(Math.max(0, at - 15), at))} ⟦${JSON.stringify(edit.inserted)}⟧ ${JSON.stringify(base.text.slice(at + edit.removed, at + edit.removed + 15))}`;
      for (const w of wrong) {
        const kind = `${base.name} ${edit.removed ? (edit.inserted ? 'replace' : 'delete') : 'insert'} ${JSON.stringify(edit.inserted)} ${w.split(':')[0]}`;
        if (seen.has(kind)) continue;
        seen.add(kind);
        console.log(`seed ${base.name} (rich ${i}), offset ${at}: ${w}\n  ${where}`);
      }
    }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `${edits} edits of ${rich.length} seeds (${[...chosenTables].join(', ')}; ${chars.length} characters; ${chosenKinds.join(', ')}) in ${seconds} s: ${failed} wrote a number the source does not say`,
);
process.exit(failed ? 1 : 0);
