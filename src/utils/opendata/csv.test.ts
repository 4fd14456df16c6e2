import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCsv } from '../../../tests/lib/csv.ts';
import { bom, toCsv } from './csv.ts';

test('quotes only fields that need it, doubles quotes, ends every record with CRLF, starts with a BOM', () => {
  assert.equal(
    toCsv([
      ['id', 'note'],
      ['a', '其中修订16件, 废止"2"件'],
      ['b', '两行\n文字'],
    ]),
    `${bom}id,note\r\na,"其中修订16件, 废止""2""件"\r\nb,"两行\n文字"\r\n`,
  );
});

test('reads RFC 4180 text: quoted commas, quotes and line breaks, empty fields, LF or CRLF', () => {
  assert.deepEqual(parseCsv('a,"b,c","d""e"\r\n,,\n"x\r\ny",1'), [
    ['a', 'b,c', 'd"e'],
    ['', '', ''],
    ['x\r\ny', '1'],
  ]);
});

test('a text field a spreadsheet would run as a formula is written as text: a quote before it, quoted', () => {
  assert.equal(
    toCsv([['=HYPERLINK("http://x","y")', '+1+cmd|x', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "'=1", '甲=1']]),
    `${bom}"'=HYPERLINK(""http://x"",""y"")","'+1+cmd|x","'-2+3","'@SUM(A1)","'\t=1","'\r=1","''=1",甲=1\r\n`,
  );
});

test('numbers are written as they are, negative and decimal ones too', () => {
  assert.equal(
    toCsv([['-1', '-183', '0.5', '-0.25', '12', '+3', '1e3']]),
    `${bom}-1,-183,0.5,-0.25,12,+3,1e3\r\n`,
  );
});

test('reading what was written gives back the same records', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '1', '=', '+', '-', '@', '\t', "'"),
  });
  fc.assert(
    fc.property(
      fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      (rows) => {
        assert.deepEqual(parseCsv(toCsv(rows)), rows);
      },
    ),
  );
});
