import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCatalogue } from './formats.ts';
import { formLabels, labelParts, termUses } from './termMatches.ts';
import { terms } from './terms.ts';

const termsOf = (label: string) => labelParts(label).flatMap((p) => (p.term ? [p.term.term] : []));

test('every term explains at least one label of the 2021 or the 2019 form', () => {
  const used = new Set(termUses().map((u) => u.term.key));
  assert.deepEqual(
    terms.filter((t) => !used.has(t.key)).map((t) => t.term),
    [],
  );
});

test('no term, wording or anchor key is defined twice', () => {
  const wordings = terms.flatMap((t) => [t.term, ...('aliases' in t ? t.aliases : [])]);
  assert.equal(new Set(wordings).size, wordings.length, 'a wording belongs to two terms');
  assert.equal(new Set(terms.map((t) => t.key)).size, terms.length, 'two terms share a key');
  for (const t of terms) assert.match(t.key, /^[a-z][A-Za-z0-9]*$/, `${t.key}: an anchor-safe key`);
});

test('every explanation is one or two plain sentences, and every citation names its source', () => {
  for (const t of terms) {
    assert.ok(t.explanation.trim().length >= 6, `${t.term}: empty explanation`);
    const sentences = t.explanation.split('。').filter((s) => s.trim());
    assert.ok(sentences.length <= 2, `${t.term}: ${sentences.length} sentences`);
    assert.ok(t.explanation.endsWith('。'), `${t.term}: ends with 。`);
    if ('basis' in t) assert.match(t.basis, /^(《|国办)/, `${t.term}: ${t.basis}`);
  }
});

/** A Chinese numeral up to 九十九: 十四 → 14, 二十 → 20, 五十一 → 51. */
function numeral(zh: string): number {
  const digit = (c: string) => '一二三四五六七八九'.indexOf(c) + 1;
  if (!zh.includes('十')) return digit(zh);
  const [tens = '', units = ''] = zh.split('十');
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

test('an article of 《条例》 cited is one the regulation has (it has 56)', () => {
  assert.deepEqual(['十四', '二十', '五十一', '三十六'].map(numeral), [14, 20, 51, 36]);
  for (const t of terms)
    for (const text of [t.explanation, 'basis' in t ? t.basis : ''])
      for (const [, zh = ''] of text.matchAll(/条例》第([一二三四五六七八九十]+)条/g))
        assert.ok(numeral(zh) >= 1 && numeral(zh) <= 56, `${t.term}: 第${zh}条`);
});

test('the terms of the issue explain the labels that print them', () => {
  assert.deepEqual(termsOf('危及“三安全一稳定”'), ['三安全一稳定']);
  assert.deepEqual(termsOf('属于三类内部事务信息'), ['三类内部事务信息']);
  assert.deepEqual(termsOf('上年结转政府信息公开申请数量'), ['结转']);
  assert.deepEqual(termsOf('结转下年度继续办理'), ['结转']);
  assert.deepEqual(termsOf('行政事业性收费'), ['行政事业性收费']);
  assert.deepEqual(termsOf('申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), ['逾期不补正']);
});

test('the longer wording wins: 行政规范性文件 is one term, and the 2019 form’s 规范性文件 the same term', () => {
  const [current] = labelParts('行政规范性文件');
  const [older] = labelParts('规范性文件');
  assert.equal(current?.text, '行政规范性文件');
  assert.equal(current?.term?.key, 'normativeDocuments');
  assert.equal(older?.term?.key, 'normativeDocuments');
});

test('a label with no term is one plain part', () => {
  assert.deepEqual(labelParts('本年新收政府信息公开申请数量'), [{ text: '本年新收政府信息公开申请数量' }]);
});

test('the labels of the forms include their rows, groups and column headers', () => {
  const texts = formLabels('2021').map((l) => `${l.table} ${l.text}`);
  for (const expected of [
    'table2 第二十条第（一）项',
    'table2 现行有效件数',
    'table3 法人或其他组织',
    'table3 不予公开',
    'table4 行政诉讼',
    'table4 尚未审结',
  ])
    assert.ok(texts.includes(expected), expected);
  const rows2019 = formatCatalogue('2019').table2Blocks.flatMap((b) => b.rows.map((r) => r.label));
  for (const row of rows2019)
    assert.ok(
      formLabels('2019').some((l) => l.text === row),
      row,
    );
});

test('a term used only by the 2019 form says so through its labels, and each term sits under its first table', () => {
  const uses = new Map(termUses().map((u) => [u.term.key, u]));
  assert.deepEqual(uses.get('procurement')?.labels, [{ text: '政府集中采购', formats: ['2019'] }]);
  assert.equal(uses.get('threeSecurities')?.table, 'table3');
  assert.equal(uses.get('inForce')?.table, 'table2');
  assert.equal(uses.get('pending')?.table, 'table4');
});
