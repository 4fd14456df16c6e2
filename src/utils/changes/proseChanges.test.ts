import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { diffArrays } from 'diff';
import fc from 'fast-check';
import {
  addPiece,
  blockText,
  compareParagraphs,
  compareProse,
  countKinds,
  foldUnchanged,
  markdownText,
  normalize,
  type Piece,
  paragraphs,
  pieces,
  similarity,
} from './proseChanges.ts';

test('paragraphs: blocks between blank lines, as plain text, Markdown marks and empty blocks dropped', () => {
  assert.deepEqual(paragraphs('**一是**加强领导。\n\n\n------\n\n二是[完善](https://example.org)制度。\n'), [
    { text: '一是加强领导。', key: '一是加强领导。' },
    { text: '二是完善制度。', key: '二是完善制度。' },
  ]);
  // Full-width forms are made half-width and whitespace goes, for comparing only: the text is kept.
  assert.equal(normalize('2023 年，（一） 主动公开'), '2023年,(一)主动公开');
});

test('a block read without parsing reads as parsed: every bundled report, and blocks that are Markdown', async () => {
  const blocks = [
    '1. 第一项',
    '2) 第二项',
    '- 一项',
    '+ 一项',
    '* 一项',
    '# 标题',
    '> 引用',
    '**加粗**',
    'a_b_c',
    '费用 &amp; 收费',
    'a\\*b',
    '<b>粗</b>',
    '[链接](https://example.org)',
    '![图](x.png)',
    '`代码`',
    '~~删除~~',
    '=====',
    '---',
    '两个  空格',
    '（一）主动公开',
    '2023年，本机关共收到申请12件。',
    '一、总体情况',
    '第一行\n第二行',
    '第一行  \n第二行',
  ];
  const reports = join(import.meta.dirname, '../../../content/reports');
  for (const agency of await readdir(reports))
    for (const file of await readdir(join(reports, agency))) {
      const text = await readFile(join(reports, agency, file), 'utf8');
      blocks.push(
        ...text
          .split(/\n[ \t]*\n/)
          .map((b) => b.trim())
          .filter((b) => b.length > 0),
      );
    }
  assert.ok(blocks.length > 200, `${blocks.length} blocks`);
  for (const block of blocks) assert.equal(blockText(block), markdownText(block), block);
});

test('similarity: 2 × characters in common, in order, ÷ characters of both; 0 once sure to be below the bar', () => {
  assert.equal(similarity('abc', 'abc'), 1);
  assert.equal(similarity('abcdefghij', 'abcdefghiX'), 0.9); // 2 × 9 ÷ 20
  assert.equal(similarity('abcdefghij', 'abcdefghiX', 0.9), 0.9); // exactly at the bar counts
  assert.equal(similarity('abcdefghij', 'abcdefgXYj', 0.9), 0); // 2 × 8 ÷ 20 = 0.8
  assert.equal(similarity('abcdefghij', 'abcdefgXYj'), 0.8);
  assert.equal(similarity('abcd', 'wxyz'), 0);
  assert.equal(similarity('ab', 'abcdefgh', 0.5), 0); // lengths alone rule it out
});

test('similarity with a bar is the full similarity when that reaches the bar, else 0: its shortcuts never cut a pair that reaches it', () => {
  const text = fc
    .array(fc.constantFrom('政', '府', '信', '息', '公', '开', 'a', 'B', '1', '，', ',', '𠀀', '𠀁', ' '), {
      maxLength: 24,
    })
    .map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, text, fc.constantFrom(0.5, 0.8, 0.9, 1), (a, b, bar) => {
      const full = similarity(a, b);
      assert.equal(similarity(a, b, bar), full >= bar ? full : 0, `${a} | ${b} at ${bar}`);
    }),
    { numRuns: 3000 },
  );
});

test('pieces: what an edited paragraph took out and put in; width and whitespace changes are not marked', () => {
  assert.deepEqual(pieces('2022 年，本局', '2023年,本局'), [
    { op: 'same', text: '202' },
    { op: 'removed', text: '2' },
    { op: 'added', text: '3' },
    { op: 'same', text: '年,本局' },
  ]);
});

test('pieces equal the diff that compares characters by their half-width forms one pair at a time', () => {
  // The rule as first written: a comparator normalising both characters at every comparison.
  const sameChar = (a: string, b: string) => a === b || a.normalize('NFKC') === b.normalize('NFKC');
  const reference = (before: string, after: string) => {
    const out: Piece[] = [];
    for (const change of diffArrays([...before], [...after], { comparator: sameChar }))
      addPiece(out, change.added ? 'added' : change.removed ? 'removed' : 'same', change.value.join(''));
    return out;
  };
  const text = fc
    .array(fc.constantFrom('本', '局', '，', ',', 'Ａ', 'A', '１', '1', ' ', '\u3000', '𠀀', '㍿'), {
      maxLength: 16,
    })
    .map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, text, (before, after) => {
      assert.deepEqual(pieces(before, after), reference(before, after), `${before} → ${after}`);
    }),
    { numRuns: 3000 },
  );
});

test('paragraphs are matched in order: unchanged, nearly unchanged (≥ 90%), added and removed', () => {
  const p = (text: string) => ({ text, key: normalize(text) });
  const changes = compareParagraphs(
    [p('甲乙丙丁戊己庚辛壬癸。'), p('本局主动公开政府信息10条。'), p('公开形式较为单一。')],
    [p('甲乙丙丁戊己庚辛壬癸!'), p('本局今年新建了政务新媒体账号。'), p('公开形式较为单一。')],
  );
  assert.deepEqual(
    changes.map((c) => [c.kind, c.chars]),
    [
      ['edited', 11], // 2 × 10 ÷ 22 ≈ 0.91
      ['removed', 14],
      ['added', 15],
      ['same', 9],
    ],
  );
  assert.deepEqual(countKinds(changes), { same: 1, edited: 1, added: 1, removed: 1 });
  // 8 of 10 characters kept (2 × 8 ÷ 20 = 0.8): not the same paragraph, but a new one.
  assert.deepEqual(
    compareParagraphs([p('甲乙丙丁戊己庚辛壬癸')], [p('甲乙丙丁戊己庚子丑癸')]).map((c) => c.kind),
    ['removed', 'added'],
  );
});

test('prose is compared part by part: 前言, then each numbered part; parts with no prose are left out', () => {
  const before =
    '前言。\n\n## 一、总体情况\n\n甲。\n\n## 二、主动公开政府信息情况\n\n## 五、存在的主要问题及改进情况\n\n乙。';
  const after =
    '前言。\n\n## 一、总体情况\n\n乙。\n\n## 二、主动公开政府信息情况\n\n## 六、其他需要报告的事项\n\n丙。';
  assert.deepEqual(
    compareProse(before, after).map((part) => [
      part.number,
      part.heading,
      part.paragraphs.map((c) => c.kind),
    ]),
    [
      [0, '前言', ['same']],
      // 乙 moved from part 五 to part 一: within a part it is new.
      [1, '一、总体情况', ['removed', 'added']],
      [5, '五、存在的主要问题及改进情况', ['removed']],
      [6, '六、其他需要报告的事项', ['added']],
    ],
  );
});

test('a body without numbered parts is compared as a whole', () => {
  const parts = compareProse('甲。\n\n乙。', '## 一、总体情况\n\n甲。\n\n丙。');
  assert.deepEqual(
    parts.map((part) => [part.number, part.heading, part.paragraphs.map((c) => `${c.kind}:${c.text}`)]),
    [[0, '正文', ['added:一、总体情况', 'same:甲。', 'removed:乙。', 'added:丙。']]],
  );
  assert.deepEqual(compareProse('', ''), []);
});

test('runs of unchanged paragraphs fold into one block', () => {
  const same = (text: string) => ({ kind: 'same' as const, text, chars: 1 });
  const added = { kind: 'added' as const, text: '丁', chars: 1 };
  assert.deepEqual(foldUnchanged([same('甲'), same('乙'), added, same('丙')]), [
    { kind: 'same', texts: ['甲', '乙'] },
    added,
    { kind: 'same', texts: ['丙'] },
  ]);
});
