/**
 * `npm run hunt:import [-- --tables table2 --chars "\n,\t" --kinds insert,join]`: every edit of the
 * chosen kinds, everywhere it can matter, on the importer's mutation seeds (the five seeds, each
 * given three sets of generated numbers: mutationOracle.ts), imported and judged by the mutation
 * tests' own oracle. The property test draws 3,000 edits at random; this tries them all, so what it
 * finds is found every time. Prints each kind of failure once, with the text around it, and exits 1
 * if there was any.
 *
 * Kinds: `insert`, `replace`, `delete` (one character, at every offset in and beside every number of
 * the chosen tables, with each of the test's characters); `join` (every line break taken out, or
 * made a space or a tab: cells and rows run together); `split` (every space or tab beside a digit
 * made a line break: a row wrapped); `line-delete`, `line-duplicate`, `line-swap` (every line).
 * Everything: about 575,000 imports, half an hour on one core; `--tables`, `--chars` (comma-
 * separated; `\n`, `\t` and `\,` as written) and `--kinds` narrow it.
 */
import { parseArgs } from 'node:util';
import {
  type CharEdit,
  editCharacters,
  type RichSeed,
  richSeed,
  seedBaselines,
  textImporter,
  unsaidNumbers,
} from './lib/import/mutationOracle.ts';

const kinds = [
  'insert',
  'replace',
  'delete',
  'join',
  'split',
  'line-delete',
  'line-duplicate',
  'line-swap',
] as const;
type Kind = (typeof kinds)[number];
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
const chosenKinds = new Set(listOf('kinds', options.kinds, kinds));
const chars =
  options.chars === undefined
    ? [...editCharacters]
    : options.chars
        .split(/(?<!\\),/)
        .map((c) => c.replace(/\\,/g, ',').replace(/\\n/g, '\n').replace(/\\t/g, '\t'));

/** One edited text: what was done, where (a text offset, or a line for a line edit), and, for a character edit, the edit. */
interface Edited {
  kind: Kind;
  at: number;
  text: string;
  edit?: CharEdit;
}

/** The text with `removed` characters at `at` replaced by `inserted`. */
function charEdit(kind: Kind, text: string, at: number, removed: number, inserted: string): Edited {
  return {
    kind,
    at,
    text: text.slice(0, at) + inserted + text.slice(at + removed),
    edit: { at, removed, inserted },
  };
}

/** Offsets an edit can touch a number from: its characters, and one either side (see the oracle). */
function placesAround(base: RichSeed): number[] {
  const at = new Set<number>();
  for (const s of base.spans)
    if (chosenTables.has(s.table))
      for (let p = Math.max(0, s.start - 1); p <= Math.min(base.text.length, s.end + 1); p++) at.add(p);
  return [...at].sort((a, b) => a - b);
}

function* editsOf(base: RichSeed): Generator<Edited> {
  const { text } = base;
  for (const at of placesAround(base)) {
    const removed = at < text.length ? 1 : 0;
    if (chosenKinds.has('insert')) for (const c of chars) yield charEdit('insert', text, at, 0, c);
    if (chosenKinds.has('replace')) for (const c of chars) yield charEdit('replace', text, at, removed, c);
    if (chosenKinds.has('delete')) yield charEdit('delete', text, at, removed, '');
  }
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '\n' && chosenKinds.has('join'))
      for (const join of ['', ' ', '\t']) yield charEdit('join', text, at, 1, join);
    const besideDigit = /\d/.test(text[at - 1] ?? '') || /\d/.test(text[at + 1] ?? '');
    if ((c === ' ' || c === '\t') && besideDigit && chosenKinds.has('split'))
      yield charEdit('split', text, at, 1, '\n');
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const edited = (edit: (ls: string[]) => void) => {
      const ls = [...lines];
      edit(ls);
      return ls.join('\n');
    };
    if (chosenKinds.has('line-delete'))
      yield { kind: 'line-delete', at: i, text: edited((ls) => ls.splice(i, 1)) };
    if (chosenKinds.has('line-duplicate'))
      yield { kind: 'line-duplicate', at: i, text: edited((ls) => ls.splice(i, 0, lines[i] ?? '')) };
    if (chosenKinds.has('line-swap') && i + 1 < lines.length)
      yield {
        kind: 'line-swap',
        at: i,
        text: edited((ls) => ls.splice(i, 2, lines[i + 1] ?? '', lines[i] ?? '')),
      };
  }
}

/** The text around an edit, the edit marked. */
function where(base: RichSeed, e: Edited): string {
  if (!e.edit) return `line ${e.at + 1}: ${JSON.stringify(base.text.split('\n')[e.at])}`;
  const { at, removed, inserted } = e.edit;
  const before = base.text.slice(Math.max(0, at - 15), at);
  const after = base.text.slice(at + removed, at + removed + 15);
  return `offset ${at}: ${JSON.stringify(before)} ⟦${JSON.stringify(inserted)}⟧ ${JSON.stringify(after)}`;
}

const run = await textImporter();
const rich = (await seedBaselines(run)).flatMap((base) =>
  [1, 2, 3].map((seed) => richSeed(base, seed * 7919 + base.name.length, run)),
);

let edits = 0;
let failed = 0;
const seen = new Set<string>();
const started = performance.now();
for (const [i, base] of rich.entries())
  for (const e of editsOf(base)) {
    edits++;
    let wrong: string[];
    try {
      const r = run(Buffer.from(e.text));
      wrong = r.text ? unsaidNumbers(base, e.edit, r) : [];
    } catch (error) {
      wrong = [`threw ${error instanceof Error ? error.message : String(error)}`];
    }
    if (!wrong.length) continue;
    failed++;
    for (const w of wrong) {
      const sort = `${base.name} ${e.kind} ${JSON.stringify(e.edit?.inserted ?? '')} ${w.split(':')[0]}`;
      if (seen.has(sort)) continue;
      seen.add(sort);
      console.log(`seed ${base.name} (rich ${i}), ${e.kind}: ${w}\n  ${where(base, e)}`);
    }
  }
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `${edits} edits of ${rich.length} seeds (${[...chosenTables].join(', ')}; ${chars.length} characters; ${[...chosenKinds].join(', ')}) in ${seconds} s: ${failed} wrote a number the source does not say`,
);
process.exit(failed ? 1 : 0);
