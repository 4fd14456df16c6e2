import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSeed, seedNames } from '../testkit/import.ts';
import { findTitle, lacksAgency } from './title.ts';

const title = (text: string) => findTitle(text.split('\n'));

test('a title printed on two lines, agency above year (the 淮安 and 洪泽 PDFs as pdftotext reads them)', () => {
  const hongze = title(
    [
      '                洪泽区人民政府',
      '      2023 年政府信息公开工作年度报告',
      '',
      '   本报告由淮安市洪泽区人民政府办公室根据《中华人民共和',
      '国政府信息公开条例》（国令第 711 号）（以下简称《条例》）',
    ].join('\n'),
  );
  assert.deepEqual(hongze, {
    title: '洪泽区人民政府2023年政府信息公开工作年度报告',
    start: 0,
    end: 2,
    lines: [0, 1],
    dropped: [],
  });
  assert.equal(
    title('淮安市人民政府\n2024 年政府信息公开工作年度报告\n本报告由淮安市人民政府办公室根据')?.title,
    '淮安市人民政府2024年政府信息公开工作年度报告',
  );
});

test('a blank line between the title’s lines does not split it (seed 003’s shape)', () => {
  const found = title('\n\n红寺堡区司法局\n\n2024 年政府信息公开工作年度报告\n\n根据《条例》规定……');
  assert.equal(found?.title, '红寺堡区司法局2024年政府信息公开工作年度报告');
  assert.deepEqual([found?.start, found?.end, found?.lines], [2, 5, [2, 4]]);
});

test('a title over three lines, and one broken inside the year’s 年', () => {
  assert.equal(
    title('淮安市洪泽区人民政府\n2023年政府信息公开\n工作年度报告\n一、总体情况')?.title,
    '淮安市洪泽区人民政府2023年政府信息公开工作年度报告',
  );
  assert.equal(
    title('沭阳县发展和改革局2023\n年政府信息公开工作年度报告')?.title,
    '沭阳县发展和改革局2023年政府信息公开工作年度报告',
  );
});

test('a title that names its agency on its own line takes nothing from above (a site header stays out)', () => {
  const found = title('淮安市人民政府\n淮安市人民政府2024年政府信息公开工作年度报告\n本报告由……');
  assert.equal(found?.title, '淮安市人民政府2024年政府信息公开工作年度报告');
  assert.deepEqual(found?.lines, [1]);
});

test('the year may come first (the Shanghai report: 2020年上海市…), the publishing date below stays out', () => {
  const found = title('2020年上海市政府信息公开工作年度报告\n发布日期：2021-03-30\n本年度报告根据……');
  assert.deepEqual([found?.title, found?.end], ['2020年上海市政府信息公开工作年度报告', 1]);
});

test('a label before the title is dropped: 标题：, 标题:, 题目：, 附件：, markdown # and **; book-title marks too', () => {
  for (const line of [
    '标题：沭阳县发展和改革局2023年政府信息公开年度报告',
    '附件：沭阳县发展和改革局2023年政府信息公开年度报告',
    '附件2 沭阳县发展和改革局2023年政府信息公开年度报告',
    '《沭阳县发展和改革局2023年政府信息公开年度报告》',
    '标题: 沭阳县发展和改革局2023年政府信息公开年度报告',
    '题目：沭阳县发展和改革局2023年政府信息公开年度报告',
    '# 沭阳县发展和改革局2023年政府信息公开年度报告',
    '**沭阳县发展和改革局2023年政府信息公开年度报告**',
  ])
    assert.equal(title(line)?.title, '沭阳县发展和改革局2023年政府信息公开年度报告', line);
  assert.deepEqual(title('标题：沭阳县发展和改革局2023年政府信息公开年度报告')?.dropped, ['标题：']);
});

test('what follows 报告 is dropped when it is a note, a file name, a site name, a date or a page’s metadata; a year in brackets stays', () => {
  const cases = [
    ['淮安市人民政府2024年政府信息公开工作年度报告（全文）', '（全文）'],
    ['淮安市人民政府2024年政府信息公开工作年度报告.pdf', '.pdf'],
    ['沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局', '-沭阳县发改局'],
    ['淮安市人民政府2024年政府信息公开工作年度报告 _ 淮安市人民政府', '_ 淮安市人民政府'],
    // A page's header copied as one line: the title, then its date or metadata.
    ['淮安市人民政府2024年政府信息公开工作年度报告 2025-01-17', '2025-01-17'],
    ['淮安市人民政府2024年政府信息公开工作年度报告\t2025年1月17日', '2025年1月17日'],
    [
      '淮安市人民政府2024年政府信息公开工作年度报告 发布时间：2025-01-17 浏览次数：88',
      '发布时间：2025-01-17 浏览次数：88',
    ],
  ] as const;
  for (const [line, note] of cases) {
    const found = title(line);
    assert.ok(found?.title.endsWith('年度报告'), line);
    assert.deepEqual(found?.dropped, [note], line);
  }
  assert.equal(
    title('淮安市教育局政府信息公开工作年度报告（2023年度）')?.title,
    '淮安市教育局政府信息公开工作年度报告（2023年度）',
  );
});

test('a page’s furniture above the title is skipped: 索引号, 发布机构, 来源, a date, a page number, a breadcrumb', () => {
  const found = title(
    [
      '首页 > 政府信息公开 > 政府信息公开年度报告',
      '索引号：014124367/2024-00021',
      '发布机构：淮安市人民政府办公室',
      '来源：淮安市人民政府',
      '发布日期：2025-01-20',
      '2025-01-20 10:32',
      '- 1 -',
      '淮安市人民政府',
      '2024年政府信息公开工作年度报告',
      '【打印】【关闭】',
    ].join('\n'),
  );
  assert.deepEqual(
    [found?.title, found?.start, found?.end],
    ['淮安市人民政府2024年政府信息公开工作年度报告', 7, 9],
  );
});

test('furniture is never joined into a title that lacks its agency', () => {
  const found = title('发布日期：2024-01-17\n2023年政府信息公开工作年度报告\n根据……');
  assert.deepEqual([found?.title, found?.lines], ['2023年政府信息公开工作年度报告', [1]]);
});

test('prose, part headings, notices and other reports are not the title', () => {
  // A line of a hard-wrapped sentence that happens to end in 报告.
  assert.equal(
    title('根据条例要求，现将本局2023年度政府信息公开工作情况，形成\n政府信息公开工作年度报告\n一、总体情况'),
    undefined,
  );
  assert.equal(title('六、其他需要报告的事项\n本年度无。'), undefined);
  assert.equal(title('淮安市人民政府办公室关于印发2023年政府信息公开工作年度报告的通知'), undefined);
  assert.equal(title('2023年政府工作报告'), undefined);
  assert.equal(title('本报告由淮安市人民政府办公室编制年度报告'), undefined);
});

test('no title before part 一 means none, even if one appears further down', () => {
  assert.equal(title('一、总体情况\n……\n某局2023年政府信息公开工作年度报告'), undefined);
});

test('a fragment (the 淮安 fragment starts with a page number and a table) has no title', () => {
  const fragment = [
    '- 4 -',
    '信息内容 本年处理决定数量',
    '行政处罚 3985758',
    '行政强制 88283',
    '第二十条 第（八）项',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，',
  ].join('\n');
  assert.equal(title(fragment), undefined);
});

test('a title lacks its agency when it starts, after a year, with the words every title has', () => {
  assert.equal(lacksAgency('2023年政府信息公开工作年度报告'), true);
  assert.equal(lacksAgency('年政府信息公开工作年度报告'), true);
  assert.equal(lacksAgency('工作年度报告'), true);
  assert.equal(lacksAgency('2023'), true);
  assert.equal(lacksAgency('2020年上海市政府信息公开工作年度报告'), false);
  assert.equal(lacksAgency('利通区司法局2023年政府信息公开工作年度报告'), false);
  // The year in Chinese numerals, as formal titles print it.
  assert.equal(lacksAgency('二〇二三年度政府信息公开工作年度报告'), true);
  assert.equal(lacksAgency('二〇二〇年上海市政府信息公开工作年度报告'), false);
  assert.equal(
    title('洪泽区人民政府\n二〇二三年度政府信息公开工作年度报告\n')?.title,
    '洪泽区人民政府二〇二三年度政府信息公开工作年度报告',
  );
});

test('every seed’s title, as bundled (one line, two lines, blank lines between)', async () => {
  const expected = {
    '000': '利通区司法局2023年政府信息公开工作年度报告',
    '001': '利通区司法局2022年政府信息公开工作年度报告',
    '002': '中卫市司法局2023年政府信息公开工作年度报告',
    '003': '红寺堡区司法局2024年政府信息公开工作年度报告',
    '004': '偃师区司法局2023年政府信息公开工作年度报告',
  } as const;
  for (const name of seedNames) assert.equal(title(await readSeed(name))?.title, expected[name], name);
});
