import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectMeta } from './meta.ts';

test('agency and year come from the title; extraction spaces are dropped from the title', () => {
  const { meta, problems } = detectMeta('利通区司法局 2023 年政府信息公开工作年度报告', '', {});
  assert.deepEqual(meta, {
    title: '利通区司法局2023年政府信息公开工作年度报告',
    agencyName: '利通区司法局',
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
