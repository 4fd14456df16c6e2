import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citedFormat, detectFormat, formatMarkers } from './format.ts';
import { canon } from './normalize.ts';

const table2019 =
  '信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 规范性文件 上一年项目数量 本年增/减 处理决定数量 政府集中采购 采购项目数量 采购总金额';
const table2021 =
  '信息内容 本年制发件数 本年废止件数 现行有效件数 本年处理决定数量 本年收费金额（单位：万元）';

test('labels only one form prints tell it; labels both print (规章, 处理决定数量 inside 本年处理决定数量) do not', () => {
  assert.deepEqual(formatMarkers(canon(table2021), '2019'), []);
  assert.deepEqual(formatMarkers(canon(table2019), '2021'), []);
  assert.ok(formatMarkers(canon(table2019), '2019').includes('政府集中采购'));
});

test('the form is read from the tables, whatever the year says, with a warning when they disagree', () => {
  assert.deepEqual(detectFormat(table2019, 2020), { format: '2019', problems: [] });
  assert.deepEqual(detectFormat(table2021, 2023), { format: '2021', problems: [] });
  const late = detectFormat(table2019, 2022);
  assert.equal(late.format, '2019');
  assert.deepEqual(
    late.problems.map((p) => [p.severity, p.code]),
    [['warning', 'format-year']],
  );
  const cited = detectFormat(table2021, undefined, '2019');
  assert.equal(cited.format, '2021');
  assert.deepEqual(
    cited.problems.map((p) => p.code),
    ['format-cited'],
  );
});

test('tables that tell nothing fall back on the year, saying so; tables of both forms evenly are refused', () => {
  const none = detectFormat('规章 行政许可', 2019);
  assert.equal(none.format, '2019');
  assert.deepEqual(
    none.problems.map((p) => p.code),
    ['format-from-year'],
  );
  const mixed = detectFormat('本年制发件数 本年新制作数量', 2020);
  assert.equal(mixed.format, undefined);
  assert.deepEqual(
    mixed.problems.map((p) => [p.severity, p.code]),
    [['error', 'format-mixed']],
  );
});

test('the cited document: 〔2019〕60号 or 〔2021〕30号, either bracket', () => {
  assert.equal(citedFormat('依据国办公开办函〔2019〕60号要求'), '2019');
  assert.equal(citedFormat('国办公开办函[2021]30号'), '2021');
  assert.equal(citedFormat('国办公开办函〔2019〕60号和〔2021〕30号'), undefined);
  assert.equal(citedFormat('《条例》'), undefined);
});
