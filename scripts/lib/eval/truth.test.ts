import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, test } from 'node:test';
import { loadTruths } from './files.ts';
import { parseTruth } from './truth.ts';

const head = `sample: samples/x.txt\nformat: '2021'\n`;

function errorsOf(text: string): string[] {
  const parsed = parseTruth(text, 'truth/x.yaml');
  assert.equal(parsed.ok, false, 'expected the file to be invalid');
  return parsed.ok ? [] : parsed.errors;
}

describe('a truth file', () => {
  test('gives its cells by flat key, blanks as null, units kept', () => {
    const parsed = parseTruth(
      `sample: samples/x.js\nformat: '2019'\noptions: { agency: 上海市人民政府 }\n` +
        'table2:\n  fees: { previousYear: 49, change: -1 }\n  procurement: { amount: { value: 386400, unit: 元 } }\n' +
        'table3:\n  newReceived: { natural: null }\n',
      'x.yaml',
    );
    assert.ok(parsed.ok);
    assert.deepEqual(Object.fromEntries(parsed.truth.cells), {
      'table2.fees.previousYear': { value: 49 },
      'table2.fees.change': { value: -1 },
      'table2.procurement.amount': { value: 386400, unit: '元' },
      'table3.newReceived.natural': { value: null },
    });
    assert.deepEqual(parsed.truth.options, { agency: '上海市人民政府' });
  });

  test('with an unknown row key is invalid, naming the file and the key', () => {
    const [error] = errorsOf(`${head}table3:\n  newRecieved: { natural: 1 }\n`);
    assert.match(error ?? '', /^truth\/x\.yaml: table3\.newRecieved: unknown row “newRecieved”/);
  });

  test('with an unknown column key is invalid, naming the file and the key', () => {
    const [error] = errorsOf(`${head}table3:\n  newReceived: { naturel: 1 }\n`);
    assert.match(error ?? '', /^truth\/x\.yaml: table3\.newReceived\.naturel: unknown column “naturel”/);
  });

  test('a row of the other form is unknown', () => {
    assert.match(errorsOf(`${head}table3:\n  otherHandling: { natural: 1 }\n`)[0] ?? '', /unknown row/);
  });

  test('a value impossible for its cell is invalid', () => {
    assert.match(errorsOf(`${head}table3:\n  newReceived: { natural: 1.5 }\n`)[0] ?? '', /whole number/);
    assert.match(errorsOf(`${head}table3:\n  newReceived: { natural: -1 }\n`)[0] ?? '', /whole number/);
    assert.match(errorsOf(`${head}table2:\n  fees: { amount: { value: 1, unit: 元 } }\n`)[0] ?? '', /unit/);
  });

  test('a misspelt top-level key is invalid rather than ignored', () => {
    assert.match(errorsOf(`${head}tabel3: {}\n`)[0] ?? '', /tabel3/);
  });

  test('tables need a form; a sample to be refused has none', () => {
    assert.match(errorsOf('sample: s.txt\ntable4: {}\n')[0] ?? '', /^truth\/x\.yaml: format:/);
    assert.match(errorsOf(`${head}refuse: junk\ntable4: {}\n`)[0] ?? '', /refused whole has no tables/);
    assert.match(errorsOf(head)[0] ?? '', /determines nothing/);
    assert.ok(parseTruth('sample: s.json\nrefuse: invalid JSON\n', 'x.yaml').ok);
  });

  test('a duplicated row is invalid rather than silently overwritten', () => {
    assert.match(
      errorsOf(`${head}table4:\n  reconsideration: {}\n  reconsideration: {}\n`)[0] ?? '',
      /not YAML/,
    );
  });
});

test('every truth file of the repository is valid', async () => {
  const dir = new URL('../../../tests/eval/truth/', import.meta.url).pathname;
  const { truths, invalid } = await loadTruths(dir, (p) => relative(dir, p));
  assert.deepEqual(invalid, []);
  assert.ok(truths.some((t) => t.sample.startsWith('seeds/')));
});
