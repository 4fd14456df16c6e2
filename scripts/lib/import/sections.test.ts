import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSections, matchPartHeading } from './sections.ts';
import { readSeed, replaceOnce, seedNames } from './testkit.ts';

const split = (text: string) => {
  const lines = text.split('\n');
  return findSections(lines, (n) => lines[n - 1] ?? '');
};

test('every seed has a title and all six part headings, in order', async () => {
  for (const name of seedNames) {
    const { sections, problems } = split(await readSeed(name));
    assert.ok(sections, name);
    assert.deepEqual(
      sections.parts.map((p) => p.heading.number),
      [1, 2, 3, 4, 5, 6],
      name,
    );
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
      name,
    );
  }
});

test('the title may be split over two lines (seed 000: agency, then year and 年度报告)', async () => {
  const { sections } = split(await readSeed('000'));
  assert.equal(sections?.title, '利通区司法局 2023 年政府信息公开工作年度报告');
  assert.deepEqual(sections?.preamble, [2, 15]);
});

test('a truncated heading (seed 001: 三、收到和处理政府信息公开) is found, kept as printed, and warned about', async () => {
  const { sections, problems } = split(await readSeed('001'));
  assert.equal(sections?.parts[2]?.heading.text, '三、收到和处理政府信息公开');
  assert.equal(sections?.parts[2]?.heading.quality, 'truncated');
  assert.deepEqual(
    problems.map((p) => p.code),
    ['heading-truncated'],
  );
});

test('heading variants: half-width numerals’ punctuation, markdown, leading spaces, other wording', () => {
  const quality = (line: string, n: number) => matchPartHeading(line, n)?.quality;
  assert.equal(quality(' 二、主动公开政府信息情况', 2), 'exact');
  assert.equal(quality('**五、存在的主要问题及改进情况**', 5), 'exact');
  assert.equal(quality('## 一. 总体情况', 1), 'exact');
  assert.equal(quality('五、存在的主要问题及改进措施', 5), 'variant');
  // Rows of table 三 start with the same numerals but are not headings.
  assert.equal(matchPartHeading('三、本年度办理结果', 3), undefined);
  assert.equal(matchPartHeading('四、结转下年度继续办理 0 0 0 0 0 0 0', 4), undefined);
  assert.equal(matchPartHeading('一是强学习，提升理论水平。', 1), undefined);
});

test('a missing part heading is an error naming the part', async () => {
  const text = replaceOnce(
    await readSeed('002'),
    '四、政府信息公开行政复议、行政诉讼情况',
    '四、行政复议诉讼什么的',
  );
  const { sections, problems } = split(text);
  assert.equal(sections, undefined);
  assert.deepEqual(
    problems.map((p) => [p.code, p.message]),
    [
      [
        'missing-part',
        'part heading “四、政府信息公开行政复议、行政诉讼情况” not found after the previous part',
      ],
    ],
  );
});

test('text that is not a report is refused as such', () => {
  assert.deepEqual(
    split('会议纪要\n\n今天开会。\n').problems.map((p) => p.code),
    ['no-title'],
  );
  assert.deepEqual(
    split('关于某事的报告\n\n正文。\n').problems.map((p) => p.code),
    ['no-parts'],
  );
});

test('lines above the title (an index number, a date) are not part of it', () => {
  const { sections } = split(
    '索引号：11640302MB1234\n\n利通区司法局\n2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
  );
  assert.equal(sections?.title, '利通区司法局 2023年政府信息公开工作年度报告');
});

test('a paragraph run in after a heading on the same line is split from it', () => {
  const line = '一、总体情况 2023年，我局坚持以习近平新时代中国特色社会主义思想为指导。';
  assert.deepEqual(matchPartHeading(line, 1), { quality: 'exact', cut: 6 });
  const text = [
    '某局2023年政府信息公开工作年度报告',
    line,
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ];
  const part = findSections(text, (n) => text[n - 1] ?? '').sections?.parts[0]?.heading;
  assert.deepEqual(
    [part?.text, part?.runIn],
    ['一、总体情况', { text: '2023年，我局坚持以习近平新时代中国特色社会主义思想为指导。', offset: 7 }],
  );
});
