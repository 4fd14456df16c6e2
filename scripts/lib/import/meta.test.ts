import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectMeta, findSignature, placeAgency, preambleAgency, titleAgency } from './meta.ts';

test('agency and year come from the title; extraction spaces are dropped from the title', () => {
  const { meta, problems } = detectMeta('利通区司法局 2023 年政府信息公开工作年度报告', '', {});
  assert.deepEqual(meta, {
    title: '利通区司法局2023年政府信息公开工作年度报告',
    agencyName: '利通区司法局',
    agencyFrom: 'title',
    year: 2023,
  });
  assert.deepEqual(problems, []);
});

test('options override what the title says', () => {
  const { meta } = detectMeta('利通区司法局2023年政府信息公开工作年度报告', '', {
    agencyName: '吴忠市利通区司法局',
    year: 2024,
  });
  assert.equal(meta.agencyName, '吴忠市利通区司法局');
  assert.equal(meta.year, 2024);
});

test('a title year that disagrees with the statistics period is warned about', () => {
  const { meta, problems } = detectMeta(
    '某局2023年政府信息公开工作年度报告',
    '本报告所列数据统计期限从 2022年 1月 1日到 12月 31日。',
    {},
  );
  assert.equal(meta.year, 2023);
  assert.deepEqual(
    problems.map((p) => p.code),
    ['year-mismatch'],
  );
});

test('a report for 2020 is read like any other (its form is told from its tables)', () => {
  const { meta, problems } = detectMeta('某局2020年政府信息公开工作年度报告', '', {});
  assert.equal(meta.year, 2020);
  assert.deepEqual(problems, []);
});

test('no year and no agency are errors asking for the options', () => {
  const { problems } = detectMeta('政府信息公开工作年度报告', '', {});
  assert.deepEqual(
    problems.map((p) => p.code),
    ['no-agency', 'no-year'],
  );
  assert.match(problems[0]?.message ?? '', /--agency/);
  assert.match(problems[1]?.message ?? '', /--year/);
});

test('the agency may follow a leading year (2020年上海市政府信息公开… → 上海市, meaning its 人民政府)', () => {
  const { meta, problems } = detectMeta('2020年上海市政府信息公开工作年度报告', '', {});
  assert.deepEqual([meta.agencyName, meta.year], ['上海市人民政府', 2020]);
  assert.deepEqual(
    problems.map((p) => [p.severity, p.code]),
    [['warning', 'agency-is-place']],
  );
  assert.match(problems[0]?.message ?? '', /“上海市” alone.*上海市人民政府/);
});

test('the agency name is what stands before the title’s generic words, whatever they are', () => {
  assert.equal(titleAgency('沭阳县发展和改革局2023年政府信息公开年度报告'), '沭阳县发展和改革局');
  assert.equal(titleAgency('洪泽区人民政府2023年政府信息公开工作年度报告'), '洪泽区人民政府');
  assert.equal(titleAgency('某县卫生健康委员会关于2023年度政府信息公开工作情况的报告'), '某县卫生健康委员会');
  assert.equal(titleAgency('上海市人民政府2020年政府信息公开工作年度报告'), '上海市人民政府');
  assert.equal(titleAgency('淮安市教育局政府信息公开工作年度报告（2023年度）'), '淮安市教育局');
  assert.equal(titleAgency('2023年度政府信息公开工作年度报告'), undefined);
  assert.equal(titleAgency('政府信息公开工作年度报告'), undefined);
});

test('a place alone is its 人民政府, a zone alone its 管理委员会; an agency’s name is left as it is', () => {
  assert.equal(placeAgency('洪泽区'), '洪泽区人民政府');
  assert.equal(placeAgency('淮安市洪泽区'), '淮安市洪泽区人民政府');
  assert.equal(placeAgency('上海市浦东新区'), '上海市浦东新区人民政府');
  assert.equal(placeAgency('淮安经济技术开发区'), '淮安经济技术开发区管理委员会');
  assert.equal(placeAgency('南京江北新区'), '南京江北新区管理委员会');
  assert.equal(placeAgency('洪择区'), '洪择区人民政府');
  assert.equal(placeAgency('洪泽区人民政府'), undefined);
  assert.equal(placeAgency('利通区司法局'), undefined);
});

test('a title without the agency: it is taken from the title the preamble quotes, with a warning', () => {
  const { meta, problems } = detectMeta(
    '2023 年政府信息公开工作年度报告',
    '现发布《利通区司法局 2023年政府信息公开工作年度报告》，本报告所列数据统计期限从 2023年 1月 1日到 12月 31日。',
    {},
  );
  assert.deepEqual([meta.agencyName, meta.agencyFrom, meta.year], ['利通区司法局', 'preamble', 2023]);
  assert.deepEqual(
    problems.map((p) => p.code),
    ['agency-from-text'],
  );
  assert.match(problems[0]?.message ?? '', /does not name the agency; took “利通区司法局”/);
});

test('the preamble names the agency publishing the report, or the office that compiled it for its government', () => {
  assert.equal(
    preambleAgency('要求，现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告。')?.name,
    '沭阳县发展和改革局',
  );
  assert.equal(
    preambleAgency(
      '本报告由淮安市洪泽区人民政府办公室根据《中华人民共和\n国政府信息公开条例》要求编制此报告。',
    )?.name,
    '淮安市洪泽区人民政府',
  );
  assert.equal(preambleAgency('本报告由沭阳县教育局编制。')?.name, '沭阳县教育局');
  // The regulations' own title is no report's title.
  assert.equal(preambleAgency('根据《中华人民共和国政府信息公开条例》规定编制。'), undefined);
});

test('the signature at the end: the agency and the date, on two lines or one, past page numbers', () => {
  assert.deepEqual(
    findSignature(['六、其他需要报告的事项', '无。', '沭阳县发展和改革局', '2024年1月17日', '', '- 5 -']),
    { name: '沭阳县发展和改革局', date: { year: 2024, month: 1, day: 17 }, index: 2 },
  );
  assert.deepEqual(findSignature(['无。', '淮安市洪泽区人民政府办公室  2024 年 1 月 20 日']), {
    name: '淮安市洪泽区人民政府办公室',
    date: { year: 2024, month: 1, day: 20 },
    index: 1,
  });
  assert.deepEqual(findSignature(['无。', '利通区司法局', '二〇二四年一月十七日']), {
    name: '利通区司法局',
    date: { year: 2024, month: 1, day: 17 },
    index: 1,
  });
  assert.equal(findSignature(['六、其他需要报告的事项', '本年度未收取信息处理费。']), undefined);
});

test('no title (a fragment): agency and year come from the options, with nothing to warn about', () => {
  const { meta, problems } = detectMeta(undefined, '', { agencyName: '淮安市人民政府', year: 2024 });
  assert.deepEqual(meta, { title: '', agencyName: '淮安市人民政府', agencyFrom: 'option', year: 2024 });
  assert.deepEqual(problems, []);
});

test('no title and no options: errors say what was tried and what to pass', () => {
  const { problems } = detectMeta(undefined, '', {}, { lines: ['- 4 -', '行政处罚 3985758'] });
  assert.deepEqual(
    problems.map((p) => p.code),
    ['no-agency', 'no-year'],
  );
  assert.match(problems[0]?.message ?? '', /no title.*preamble.*signature.*--agency/);
  assert.match(problems[1]?.message ?? '', /statistics period.*signature.*--year/);
});

test('a report without title or period: the agency from its signature, the year before the signature’s date', () => {
  const lines = [
    '一、总体情况',
    '……',
    '六、其他需要报告的事项',
    '无。',
    '沭阳县发展和改革局',
    '2024年1月17日',
  ];
  const { meta, problems } = detectMeta(undefined, '', {}, { lines });
  assert.deepEqual([meta.agencyName, meta.agencyFrom, meta.year], ['沭阳县发展和改革局', 'signature', 2023]);
  assert.deepEqual(
    problems.map((p) => p.code),
    ['agency-from-text', 'year-from-signature'],
  );
  assert.match(problems[1]?.message ?? '', /took 2023, the year before the signature's date 2024年1月17日/);
});

test('an --agency id stands for the agency: a title without one is no error then', () => {
  const { problems } = detectMeta('2023年政府信息公开工作年度报告', '', { agencyId: '640302-sifaju' });
  assert.deepEqual(problems, []);
});

test('a year before annual reports began (a misprint: 2003 for 2023) is an error, never a report for that year', () => {
  const { meta, problems } = detectMeta('利通区司法局2003年政府信息公开工作年度报告', '', {});
  assert.equal(meta.year, undefined);
  const p = problems.find((x) => x.code === 'year-out-of-range');
  assert.match(p?.message ?? '', /2003, is outside 2008–2100.*--year/);
  assert.equal(detectMeta('利通区司法局2023年政府信息公开工作年度报告', '', {}).meta.year, 2023);
});

test('a year in Chinese numerals (二〇二三年, 二○二三年, 二零二三年) is read as the year; the title stays as printed', () => {
  for (const printed of ['二〇二三', '二○二三', '二零二三']) {
    const title = `利通区司法局${printed}年度政府信息公开工作年度报告`;
    const { meta, problems } = detectMeta(title, '', {});
    assert.deepEqual(meta, { title, agencyName: '利通区司法局', agencyFrom: 'title', year: 2023 });
    assert.deepEqual(problems, []);
  }
  // A leading year, and a statistics period in numerals when the title has none.
  assert.equal(
    detectMeta('二〇二〇年上海市政府信息公开工作年度报告', '', {}).meta.agencyName,
    '上海市人民政府',
  );
  const { meta } = detectMeta(
    '利通区司法局政府信息公开工作年度报告',
    '本报告数据统计期限为二〇二二年一月一日至十二月三十一日。',
    {},
  );
  assert.equal(meta.year, 2022);
  // Four numerals that make no year are not one.
  assert.equal(detectMeta('利通区司法局一二三四年政府信息公开工作年度报告', '', {}).meta.year, undefined);
});

test('a name in brackets before the year (【偃师区司法局】2023年…) is the agency', () => {
  assert.equal(titleAgency('【偃师区司法局】2023年政府信息公开工作年度报告'), '偃师区司法局');
  assert.equal(titleAgency('[偃师区司法局]2023年政府信息公开工作年度报告'), '偃师区司法局');
});
