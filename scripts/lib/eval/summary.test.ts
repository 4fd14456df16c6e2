import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Comparison, compareReport, type ReadCell, type ReadTables } from './compare.ts';
import { percent, renderText } from './render.ts';
import { exitCode, type ReportResult, reportResult, summarize, summarizeGroup } from './summary.ts';

/** A 2021 report whose determined cells are table 三's 一、 row (all 0), read as `got` per column. */
function comparison(got: Record<string, ReadCell>): Comparison {
  const columns = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
  const truth = new Map(columns.map((c) => [`table3.newReceived.${c}`, { value: 0 }]));
  const tables: ReadTables = { format: '2021', table2: {}, table3: { newReceived: got }, table4: {} };
  return compareReport({ format: '2021', cells: truth }, { tables });
}

const zeros = {
  natural: 0,
  commercial: 0,
  research: 0,
  publicInterest: 0,
  legalService: 0,
  other: 0,
  total: 0,
};
const cells = (values: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }]));
const noTables = (): { tables: ReadTables } => ({
  tables: { format: '2021', table2: {}, table3: {}, table4: {} },
});
const result = (c: Comparison, sample = 'samples/x.txt') =>
  reportResult({ file: 'x.yaml', sample, format: '2021' }, c, 0.01);

/** A run of the samples group alone, as `--group samples` gives it. */
const samples = (reports: ReportResult[], invalid: string[] = [], noTruth: string[] = [], seconds = 1) =>
  summarize({ samples: summarizeGroup('samples', reports, invalid, noTruth) }, seconds);
/** A run of the derived group alone. */
const derived = (reports: ReportResult[], invalid: string[] = []) =>
  summarize({ derived: summarizeGroup('derived fixtures', reports, invalid, []) }, 1);

describe('the bar', () => {
  test('is met with every cell exact', () => {
    const s = samples([result(comparison(cells(zeros)))]);
    assert.equal(s.samples?.bar.met, true);
    assert.equal(exitCode(s), 0);
  });

  test('is not met, and the run fails, with one wrong cell however many are exact', () => {
    const exact = Array.from({ length: 40 }, () => result(comparison(cells(zeros))));
    const s = samples([...exact, result(comparison(cells({ ...zeros, total: 1 })))]);
    assert.ok((s.samples?.exactShare ?? 0) > 0.99);
    assert.equal(s.samples?.bar.met, false);
    assert.equal(exitCode(s), 1);
  });

  test('is not met below 95 % exact, and the samples then fail the run though nothing is wrong', () => {
    const s = samples([result(comparison(cells({ natural: 0 })))]);
    assert.deepEqual(s.samples?.total, { reports: 1, cells: 7, exact: 1, refused: 6, wrong: 0 });
    assert.equal(s.samples?.bar.met, false);
    assert.equal(exitCode(s), 1);
  });

  test('is only reported for the derived fixtures: below 95 % exact they do not fail the run', () => {
    const s = derived([result(comparison(cells({ natural: 0 })), 'x.one-line.txt')]);
    assert.equal(s.derived?.bar.met, false);
    assert.equal(exitCode(s), 0);
    assert.match(renderText(s), /bar .*: NOT met \(reported only/);
  });

  test('one wrong cell in a derived fixture fails the run, whatever the samples do', () => {
    const exact = summarizeGroup('samples', [result(comparison(cells(zeros)))], [], []);
    const wrong = summarizeGroup('derived', [result(comparison(cells({ ...zeros, total: 1 })))], [], []);
    assert.equal(exitCode(summarize({ samples: exact, derived: wrong }, 1)), 1);
    assert.equal(exitCode(summarize({ samples: exact }, 1)), 0);
  });

  test('a group that determines no cell has no share to fall short of', () => {
    assert.equal(exitCode(samples([])), 0);
    assert.match(renderText(samples([])), /bar .*: — \(no determined cell\)/);
    const refusedWhole = compareReport({ cells: new Map(), refuse: 'invalid JSON' }, { refused: 'no title' });
    assert.equal(exitCode(samples([result(refusedWhole)])), 0);
  });

  test('an invalid truth file fails the run', () => {
    const s = samples([result(comparison(cells(zeros)))], ['y.yaml: table3.foo: unknown row']);
    assert.equal(exitCode(s), 1);
    assert.match(renderText(s), /invalid truth: y\.yaml: table3\.foo/);
  });

  test('an invalid manifest entry fails the run', () => {
    const s = derived([], ['MANIFEST.yaml: x.txt: undetermined: “table9.*.*” matches no cell']);
    assert.equal(exitCode(s), 1);
    assert.match(renderText(s), /invalid manifest: MANIFEST\.yaml: x\.txt: undetermined/);
  });

  test('a sample that must be refused but was read fails the run', () => {
    const c = compareReport({ cells: new Map(), refuse: 'invalid JSON' }, noTables());
    const s = samples([result(c)]);
    assert.equal(exitCode(s), 1);
    assert.match(renderText(s), /NOT REFUSED/);
  });
});

describe('the text', () => {
  test('shares are rounded down, so an imperfect reading never shows 100 %', () => {
    assert.equal(percent(0.99999), '99.9 %');
    assert.equal(percent(1), '100.0 %');
  });

  test('names every wrong cell with what was printed and what was read', () => {
    const text = renderText(samples([result(comparison(cells({ ...zeros, research: 3 })))]));
    assert.match(text, /wrong table3\.newReceived\.research: printed 0, read 3/);
  });

  test('a row wrong the same way in every column is one line', () => {
    const blank = Object.fromEntries(Object.keys(zeros).map((k) => [k, null]));
    const text = renderText(samples([result(comparison(cells(blank)))]));
    assert.match(text, /wrong table3\.newReceived\.\* \(7 cells\): printed 0, read blank\n/);
  });

  test('groups refusals by reason and lists samples without truth', () => {
    const unread = (reason: string) => ({ value: null, unread: reason });
    const c = comparison({ natural: unread('cut off'), commercial: unread('cut off'), total: unread('odd') });
    const text = renderText(samples([result(c)], [], ['samples/y.pdf'], 2));
    assert.match(
      text,
      /refused 4 × the importer gave no cell\n {2}refused 2 × cut off\n {2}refused 1 × odd\n/,
    );
    assert.match(text, /no truth: samples\/y\.pdf/);
    assert.match(text, /1 report in 2\.00 s \(0\.5 reports\/s\)/);
  });

  test('prints each group under its title, the derived fixtures by file', () => {
    const s = summarize(
      {
        samples: summarizeGroup('samples (../shared)', [result(comparison(cells(zeros)))], [], []),
        derived: summarizeGroup(
          'derived fixtures (tests/fixtures/shapes)',
          [result(comparison(cells(zeros)), 'x.one-line.txt')],
          [],
          ['y.get-md.md'],
        ),
      },
      2,
    );
    const text = renderText(s);
    assert.match(text, /^samples \(\.\.\/shared\)\nsample +form/);
    assert.match(
      text,
      /\n\nderived fixtures \(tests\/fixtures\/shapes\)\nfixture +form .*\nx\.one-line\.txt +2021 +7 +7 +0 +0 +100\.0 %/,
    );
    assert.match(text, /total: 1 fixture, 7 cells/);
    assert.match(text, /not in the manifest: y\.get-md\.md/);
    assert.match(text, /2 reports in 2\.00 s/);
  });
});
