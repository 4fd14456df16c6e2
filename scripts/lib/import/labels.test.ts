import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RowDef, table2Blocks, table3Rows } from '../../../src/catalogue/index.ts';
import { editDistance, formsOf, matchLabel, stripLeading } from './labels.ts';

const rows = formsOf(table3Rows);
const table2Rows = table2Blocks.flatMap((b): readonly RowDef[] => b.rows);

test('a row is found by its label at the end of the text before its numbers, whatever precedes it', () => {
  const m = matchLabel('三、本年度办理结果（一）予以公开', rows);
  assert.equal(m?.key, 'granted');
  assert.equal(m?.quality, 'exact');
  assert.equal(stripLeading(m?.prefix ?? '', ['本年度办理结果']), '');
});

test('half- and full-width brackets, commas and spacing do not matter', () => {
  for (const printed of [
    '(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    '（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）',
  ])
    assert.equal(matchLabel(printed, rows)?.key, 'partiallyGranted', printed);
});

test('the longest label wins: 行政规范性文件 is not 规范性文件’s alias nor 规章', () => {
  const forms = formsOf(table2Rows);
  assert.deepEqual(
    [matchLabel('行政规范性文件', forms)?.key, matchLabel('行政规范性文件', forms)?.quality],
    ['normativeDocuments', 'exact'],
  );
  assert.equal(matchLabel('规范性文件', forms)?.quality, 'alias');
  assert.equal(matchLabel('第二十条第（一）项信息内容规章', forms)?.key, 'rules');
});

test('a catalogue alias is matched and marked as one', () => {
  const m = matchLabel('2.其他法律法规禁止公开', rows);
  assert.deepEqual([m?.key, m?.quality], ['deniedProhibitedByLaw', 'alias']);
  const cols = formsOf(table2Blocks[0].columns);
  assert.equal(matchLabel('本年度止件数', cols)?.key, 'repealed');
});

test('a label with one character garbled is matched loosely; a badly garbled one is not matched', () => {
  const loose = matchLabel('4.保护第三方合法杈益', rows);
  assert.deepEqual([loose?.key, loose?.quality], ['deniedThirdParty', 'loose']);
  assert.equal(matchLabel('4.甲乙丙丁戊己庚', rows), undefined);
});

test('short labels are never matched loosely (行政处罚 vs 行政强制 are one edit apart from 行政强罚)', () => {
  const forms = formsOf(table2Rows);
  assert.equal(matchLabel('行政强罚', forms), undefined);
});

test('edit distance counts insertions, deletions and substitutions, bounded by a limit', () => {
  assert.equal(editDistance('予以公开', '予以公开'), 0);
  assert.equal(editDistance('予以公开', '予公开'), 1);
  assert.equal(editDistance('予以公开', '予以不公开'), 1);
  assert.equal(editDistance('予以公开', '不予公开'), 2);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
});
