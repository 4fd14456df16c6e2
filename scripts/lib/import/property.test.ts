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
import { readSeed, repoAgencies, seedNames } from '../testkit/import.ts';
import { parseCell } from './cells.ts';
import { validateReportFile } from './checks.ts';
import { importReport } from './importReport.ts';
import { type Numbers, numbersFrom, readsOf, substitute, tableValues } from './propertyKit.ts';
import type { CellRead, Problem, TableName } from './types.ts';

const tableNames: Record<keyof Numbers, TableName> = { table2: '表二', table3: '表三', table4: '表四' };
const agencies = await repoAgencies();
/** FC_RUNS=10 multiplies the runs, for a longer hunt than the default suite affords. */
const runs = (n: number) => n * Number(process.env.FC_RUNS ?? 1);
const run = (bytes: Uint8Array) => importReport({ bytes, ext: 'txt', agencies });

const baselines = await Promise.all(
  seedNames.map(async (name) => {
    const text = await readSeed(name);
    return { name, text, imported: run(Buffer.from(text)) };
  }),
);

const problemKey = (p: Problem) => [p.severity, p.code, p.table, p.row, p.column].join('|');

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
  [1, 2, 3].map((seed) => {
    const numbers = numbersFrom(seed * 7919 + base.name.length);
    const text = substitute(base.text, base.imported, numbers);
    const imported = run(Buffer.from(text));
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const spans = (Object.entries(readsOf(imported)) as [keyof Numbers, Map<string, CellRead>][]).flatMap(
      ([table, reads]) =>
        [...reads].map(([key, read]) => {
          const at = (lineStarts[read.line - 1] ?? 0) + read.start;
          return { table, key, start: at, end: at + read.end - read.start };
        }),
    );
    return {
      name: base.name,
      text,
      numbers,
      imported,
      spans,
      known: new Set(imported.warnings.map(problemKey)),
    };
  }),
);

const pool = [
  ' ',
  '\t',
  '\n',
  'x',
  '一',
  '（',
  '）',
  '(',
  ')',
  '0',
  '1',
  '5',
  '9',
  '/',
  '-',
  '—',
  '无',
  '。',
  '，',
  '*',
  '#',
  '<',
  '>',
  '[',
  ']',
  '|',
  '\\',
  '`',
  '_',
  '&',
  '.',
  '、',
  '\u3000',
  '第',
  '项',
];

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
      ch: fc.constantFrom(...pool),
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

/** Applies an edit; returns the bytes and, for a character edit, the text offset and length change. */
function apply(
  text: string,
  e: Edit,
): { bytes: Uint8Array; at?: number; removed?: number; inserted?: string } {
  const at = e.at % (text.length + 1);
  if (e.kind === 'delete')
    return {
      bytes: Buffer.from(text.slice(0, at) + text.slice(at + 1)),
      at,
      removed: at < text.length ? 1 : 0,
      inserted: '',
    };
  if (e.kind === 'replace')
    return {
      bytes: Buffer.from(text.slice(0, at) + e.ch + text.slice(at + 1)),
      at,
      removed: at < text.length ? 1 : 0,
      inserted: e.ch,
    };
  if (e.kind === 'insert')
    return { bytes: Buffer.from(text.slice(0, at) + e.ch + text.slice(at)), at, removed: 0, inserted: e.ch };
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
      const doubted = new Set(r.warnings.filter((w) => !base.known.has(problemKey(w))).map((w) => w.table));
      const got = tableValues(r) as Record<keyof Numbers, Record<string, Record<string, number | null>>>;
      for (const span of base.spans) {
        const [row = '', col = ''] = span.key.split('.');
        let expected: number | null | undefined = base.numbers[span.table][row]?.[col];
        // Replacing the separator before a number with a digit makes the number longer too, now that a
        // number printed against its label is read ("行政事业性收费9100").
        const before = m.at === span.start - 1 && m.removed === 1 && /^\d/.test(m.inserted ?? '');
        if (
          m.at !== undefined &&
          ((m.at >= span.start && m.at <= span.end) || before) &&
          // Replacing the separator after a number with a digit makes the number longer: that touches it too.
          !(m.at === span.end && m.removed && !/^\d/.test(m.inserted ?? ''))
        ) {
          // The edit touched this number: the source now says what the edited token says.
          const token =
            base.text.slice(span.start, m.at) +
            (m.inserted ?? '') +
            base.text.slice(m.at + (m.removed ?? 0), span.end);
          const kind = span.table === 'table2' && row === 'fees' ? 'amount' : 'count';
          const parsed = parseCell(token, kind);
          expected = parsed.ok ? parsed.cell.value : undefined;
        }
        const actual = got[span.table]?.[row]?.[col];
        if (actual !== expected)
          assert.ok(
            doubted.has(tableNames[span.table]),
            `${span.table}.${span.key}: wrote ${actual}, source says ${expected}, and no warning about ${tableNames[span.table]}`,
          );
      }
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
