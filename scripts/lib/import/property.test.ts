/**
 * Property-based tests (fast-check). The five seeds are first given random numbers that keep the
 * tables' arithmetic, written into each seed's own layout at the places the numbers stand; then
 * thousands of random mutations (characters, lines, truncation, binary junk) are fed to the
 * importer. It must never throw, and whatever it writes must carry the numbers the source says,
 * unless it also says what it doubted about that table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import {
  table3Columns,
  table3OutcomeRows,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import { validateReportFile } from './checks.ts';
import {
  type CharEdit,
  editCharacters,
  problemKey,
  richSeed,
  seedBaselines,
  textImporter,
  unsaidNumbers,
} from './mutationOracle.ts';
import { numbersFrom, substitute, tableValues } from './propertyKit.ts';

/** FC_RUNS=10 multiplies the runs, for a longer hunt than the default suite affords. */
const runs = (n: number) => n * Number(process.env.FC_RUNS ?? 1);
const run = await textImporter();
const baselines = await seedBaselines(run);

test('any numbers written into any seed’s layout are read back exactly, with no new doubts', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: baselines.length - 1 }), fc.integer(), (i, seed) => {
      const base = baselines[i] as (typeof baselines)[number];
      const numbers = numbersFrom(seed);
      const r = run(Buffer.from(substitute(base.text, base.imported, numbers)));
      assert.deepEqual(r.errors, []);
      assert.deepEqual(tableValues(r), numbers);
      assert.deepEqual(r.warnings.map(problemKey), base.imported.warnings.map(problemKey));
    }),
    { numRuns: runs(300) },
  );
});

/** The rich seeds the mutations start from: each seed with numbers, and where each number stands. */
const rich = baselines.flatMap((base) =>
  [1, 2, 3].map((seed) => richSeed(base, seed * 7919 + base.name.length, run)),
);

type Edit =
  | { kind: 'delete' | 'replace' | 'insert'; at: number; ch: string }
  | { kind: 'line-delete' | 'line-duplicate' | 'line-swap'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'junk'; at: number; bytes: number[] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom('delete', 'replace', 'insert' as const),
      at: fc.nat(),
      ch: fc.constantFrom(...editCharacters),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('line-delete', 'line-duplicate', 'line-swap' as const),
      at: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('junk' as const),
      at: fc.nat(),
      bytes: fc.array(fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0, max: 8 })), {
        minLength: 1,
        maxLength: 64,
      }),
    }),
  },
);

/** Applies an edit; returns the bytes and, for a character edit, where it stands and what it changed. */
function apply(text: string, e: Edit): { bytes: Uint8Array; edit?: CharEdit } {
  const at = e.at % (text.length + 1);
  const removed = at < text.length ? 1 : 0;
  if (e.kind === 'delete')
    return {
      bytes: Buffer.from(text.slice(0, at) + text.slice(at + 1)),
      edit: { at, removed, inserted: '' },
    };
  if (e.kind === 'replace')
    return {
      bytes: Buffer.from(text.slice(0, at) + e.ch + text.slice(at + 1)),
      edit: { at, removed, inserted: e.ch },
    };
  if (e.kind === 'insert')
    return {
      bytes: Buffer.from(text.slice(0, at) + e.ch + text.slice(at)),
      edit: { at, removed: 0, inserted: e.ch },
    };
  if (e.kind === 'truncate') return { bytes: Buffer.from(text.slice(0, at)) };
  if (e.kind === 'junk') {
    const bytes = Buffer.from(text);
    const cut = e.at % (bytes.length + 1);
    return { bytes: Buffer.concat([bytes.subarray(0, cut), Buffer.from(e.bytes), bytes.subarray(cut)]) };
  }
  const lines = text.split('\n');
  const i = e.at % lines.length;
  if (e.kind === 'line-delete') lines.splice(i, 1);
  else if (e.kind === 'line-duplicate') lines.splice(i, 0, lines[i] ?? '');
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', lines[i] ?? ''];
  return { bytes: Buffer.from(lines.join('\n')) };
}

/** Markdown the importer writes may hold only the body's structure: no HTML, links, emphasis, lists or code. */
function onlyProse(body: string) {
  const tree = fromMarkdown(body) as Root;
  for (const node of tree.children) {
    assert.ok(
      node.type === 'paragraph' || (node.type === 'heading' && (node.depth === 2 || node.depth === 3)),
      `unexpected ${node.type}`,
    );
    for (const child of node.children) assert.equal(child.type, 'text');
  }
}

// Counterexamples name a rich seed by its index (the seeds are long).
const richIndex = fc.integer({ min: 0, max: rich.length - 1 });

test('thousands of mutations: never an exception, and every number written is the source’s unless the table was doubted', () => {
  fc.assert(
    fc.property(richIndex, edit, (i, e) => {
      const base = rich[i] as (typeof rich)[number];
      const m = apply(base.text, e);
      const r = run(m.bytes);
      if (!r.text) {
        assert.ok(r.errors.length > 0, 'no report and no error');
        return;
      }
      assert.deepEqual(r.errors, []);
      assert.deepEqual(unsaidNumbers(base, m.edit, r), []);
    }),
    { numRuns: runs(3000) },
  );
});

test('one or several mutations: never an exception; a written report passes the site’s schema and its body holds only prose markup', () => {
  fc.assert(
    fc.property(richIndex, fc.array(edit, { minLength: 1, maxLength: 6 }), (i, edits) => {
      const base = rich[i] as (typeof rich)[number];
      let bytes: Uint8Array = Buffer.from(base.text);
      for (const e of edits) bytes = apply(Buffer.from(bytes).toString('utf8'), e).bytes;
      const r = run(bytes);
      if (!r.text) return assert.ok(r.errors.length > 0);
      assert.deepEqual(validateReportFile('x/2023', r.text).issues, []);
      onlyProse(r.body ?? '');
      for (const t of ['table2', 'table3', 'table4'] as const)
        for (const cols of Object.values(r.report?.[t] ?? {}))
          for (const c of Object.values(cols)) assert.ok(c.value === null || c.value >= 0);
    }),
    { numRuns: runs(800) },
  );
});

test('the identities hold for the generated numbers (the generator itself is right)', () => {
  const n = numbersFrom(42);
  for (const c of table3Columns) {
    const v = (row: string) => n.table3[row]?.[c.key] ?? NaN;
    assert.equal(v('newReceived') + v('carriedOver'), v('outcomeTotal') + v('carriedForward'));
    assert.equal(
      table3OutcomeRows.reduce((s, r) => s + v(r.key), 0),
      v('outcomeTotal'),
    );
  }
  for (const g of table4Groups)
    assert.equal(
      table4Columns.slice(0, 4).reduce((s, c) => s + (n.table4[g.key]?.[c.key] ?? 0), 0),
      n.table4[g.key]?.total,
    );
});
