import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cellPaths } from '../../../src/catalogue/index.ts';
import { compareReport, type ReadTables } from './compare.ts';
import { derivedTruth, expandPattern, type FixtureEntry, parseManifest } from './manifest.ts';
import { parseTruth, type Truth } from './truth.ts';

const keysOf = (pattern: string, format: '2021' | '2019' = '2021') => {
  const expanded = expandPattern(pattern, format);
  assert.ok(expanded.ok, expanded.ok ? '' : expanded.error);
  return expanded.keys;
};
const errorOf = (pattern: string) => {
  const expanded = expandPattern(pattern, '2021');
  assert.equal(expanded.ok, false, `expected “${pattern}” to be refused`);
  return expanded.ok ? '' : expanded.error;
};

describe('an undetermined pattern', () => {
  test('{a,b} names either key', () => {
    assert.deepEqual(keysOf('table2.rules.{issued,repealed}'), [
      'table2.rules.issued',
      'table2.rules.repealed',
    ]);
  });

  test('* names any row', () => {
    assert.deepEqual(keysOf('table4.*.total'), [
      'table4.reconsideration.total',
      'table4.litigationDirect.total',
      'table4.litigationAfterReconsideration.total',
    ]);
  });

  test('*.* names the whole table, in the form’s order', () => {
    const table3 = cellPaths('2021').filter((c) => c.table === 'table3');
    assert.deepEqual(
      keysOf('table3.*.*'),
      table3.map((c) => c.key),
    );
    assert.equal(table3.length, 175);
  });

  test('a plain key names one cell, and rows are the form’s own', () => {
    assert.deepEqual(keysOf('table3.newReceived.natural'), ['table3.newReceived.natural']);
    assert.deepEqual(keysOf('table2.procurement.amount', '2019'), ['table2.procurement.amount']);
  });

  test('that matches no cell of the form is an error naming the key at fault', () => {
    assert.match(errorOf('table2.rulez.*'), /matches no cell of the 2021 form with row “rulez”/);
    assert.match(errorOf('table2.rules.{issued,repeald}'), /with column “repeald”/);
    // Both keys exist, but not together: newReceived is a row of table 三, not of table 二.
    assert.match(errorOf('table2.{rules,newReceived}.issued'), /with row “newReceived”/);
    assert.match(errorOf('table2.procurement.amount'), /2021 form with row “procurement”/);
  });

  test('that is not table.row.column is an error', () => {
    assert.match(errorOf('table3.newReceived'), /not table\.row\.column/);
    assert.match(errorOf('table3.new-Received.*'), /“new-Received” is not a key, \* or \{a,b\}/);
    assert.match(errorOf('table3.{}.*'), /is not a key/);
  });
});

describe('the manifest', () => {
  test('gives each entry with its options and undetermined patterns', () => {
    const { entries, errors } = parseManifest(
      '- file: a.txt\n  base: samples/a.pdf\n  truth: a\n  made: by hand\n  shapes: [x]\n  undetermined: []\n' +
        '- file: b.md\n  base: seeds/b.txt\n  truth: 640500-sifaju/2023\n  options: { year: 2023 }\n' +
        '  undetermined:\n    - table4.*.total   # why\n',
      'MANIFEST.yaml',
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(entries, [
      { file: 'a.txt', base: 'samples/a.pdf', truth: 'a', options: {}, undetermined: [] },
      {
        file: 'b.md',
        base: 'seeds/b.txt',
        truth: '640500-sifaju/2023',
        options: { year: 2023 },
        undetermined: ['table4.*.total'],
      },
    ]);
  });

  test('an entry with a misspelt field, no undetermined list or a second entry for a file is invalid', () => {
    const { entries, errors } = parseManifest(
      '- file: a.txt\n  base: s\n  truth: t\n  undetermind: []\n' +
        '- file: b.txt\n  base: s\n  truth: t\n' +
        '- file: c.txt\n  base: s\n  truth: t\n  undetermined: []\n' +
        '- file: c.txt\n  base: s\n  truth: t\n  undetermined: []\n',
      'M.yaml',
    );
    assert.deepEqual(
      entries.map((e) => e.file),
      ['c.txt'],
    );
    assert.equal(errors.length, 4);
    assert.match(errors[0] ?? '', /^M\.yaml: a\.txt: undetermined: /);
    assert.match(errors[1] ?? '', /^M\.yaml: a\.txt: .*undetermind/);
    assert.match(errors[2] ?? '', /^M\.yaml: b\.txt: undetermined: /);
    assert.match(errors[3] ?? '', /^M\.yaml: c\.txt: listed twice/);
  });
});

describe('a fixture’s truth', () => {
  const base = (): Truth => {
    const parsed = parseTruth(
      "sample: samples/a.pdf\nformat: '2021'\noptions: { agency: 某局 }\n" +
        'table2:\n  rules: { issued: 1, repealed: 0, inForce: 11 }\n',
      'a.yaml',
    );
    assert.ok(parsed.ok);
    return parsed.truth;
  };
  const entry: FixtureEntry = {
    file: 'a.one-line.txt',
    base: 'samples/a.pdf',
    truth: 'a',
    options: {},
    undetermined: ['table2.rules.{issued,repealed}'],
  };

  test('is its base truth minus the undetermined cells, with the manifest’s options', () => {
    const derived = derivedTruth(base(), entry);
    assert.ok(derived.ok);
    assert.deepEqual([...derived.truth.cells.keys()], ['table2.rules.inForce']);
    assert.deepEqual(derived.undetermined, ['table2.rules.issued', 'table2.rules.repealed']);
    assert.equal(derived.truth.sample, 'a.one-line.txt');
    assert.equal(derived.truth.file, 'a.yaml');
    assert.deepEqual(derived.truth.options, {});
  });

  test('counts a number in an undetermined cell as wrong, a blank or unread one not at all', () => {
    const derived = derivedTruth(base(), entry);
    assert.ok(derived.ok);
    const tables: ReadTables = {
      format: '2021',
      table2: {
        rules: {
          issued: { value: 1 },
          repealed: { value: null, unread: 'can be split two ways' },
          inForce: { value: 11 },
        },
      },
      table3: {},
      table4: {},
    };
    const c = compareReport(derived.truth, { tables });
    assert.deepEqual(
      c.verdicts.map((v) => [v.key, v.verdict, v.truth]),
      [
        ['table2.rules.issued', 'wrong', undefined],
        ['table2.rules.inForce', 'exact', { value: 11 }],
      ],
    );
    assert.deepEqual(c.counts, { cells: 1, exact: 1, refused: 0, wrong: 1 });
  });

  test('with a pattern that matches no cell of the truth’s form is invalid, saying which', () => {
    const derived = derivedTruth(base(), { ...entry, undetermined: ['table4.*.total', 'table2.rulez.*'] });
    assert.deepEqual(derived, {
      ok: false,
      errors: ['undetermined: “table2.rulez.*” matches no cell of the 2021 form with row “rulez”'],
    });
  });
});
