import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statedFigures } from './prose.ts';

/** [quantity, value] pairs read from a passage, for compact assertions. */
const read = (text: string, year: number) => statedFigures(text, year).map((f) => [f.quantity, f.value]);

// Every sentence of the five seeds that states a count near the words 申请, 行政复议 or 行政诉讼,
// with the seed's own spacing and hard wraps.

test('000: "我局未收到政府信息公开申请" states 0 applications', () => {
  assert.deepEqual(read('（二）依申请公开情况。明确公开范围。2023年，我局未收到政府信息公开申请。', 2023), [
    ['applications', 0],
  ]);
});

test('000: "行政复议 7条" counts published items, not cases, and states nothing', () => {
  const text =
    '在政府门户网站主\n\n动公开政府信息 15条，其中，法治政府建设报告 1条、行政复\n\n议 7条、普法工作 1条、政策图解 2条、部门预算 1条。';
  assert.deepEqual(read(text, 2023), []);
});

test('000 and 003: legal-aid cases ("受理法律援助案件 947件") are not disclosure applications', () => {
  assert.deepEqual(
    read('吴忠市利通区 2023年共受理法律援助案件 947件，已办结 783件，案卷质量考核合格率为100%。', 2023),
    [],
  );
  assert.deepEqual(read('红寺堡区2024年共受理法律援助案件364件，已办结352件，共申报25.5万元。', 2024), []);
});

test('000: "没有产生信息公开处理费" states no table figure', () => {
  assert.deepEqual(read('按件、按量收费标准，本年度没有产生信息公开处理费。', 2023), []);
});

test('001: "未收到依申请公开申请" and "未收到政府信息公开申请,未收取信息处理费" state 0 applications', () => {
  assert.deepEqual(read('(二) 依申请公开。2022 年,我局未收到依申请公开申请。', 2022), [['applications', 0]]);
  assert.deepEqual(
    read(
      '2.根据《政府信息公开信息处理费管理办法》要求,本机关 2022 年未收到政府信息公开申请,未收取信息处理费。',
      2022,
    ),
    [['applications', 0]],
  );
});

test('001: the preamble listing the part "收到和处理政府信息公开申请情况" states nothing', () => {
  assert.deepEqual(
    read(
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况共 6 个部分组成。',
      2022,
    ),
    [],
  );
});

test("002: one natural person's application, and no reconsideration or lawsuit, across a hard wrap", () => {
  const text =
    '2023 年，收到 1 名自然人申请公开政府信息 1 件，已依法按期将我局掌握的信息答复申请\n\n人，不掌握的信息也告知其申请渠道，无因政府信息公开导致行政复议、行政诉讼案件。';
  assert.deepEqual(read(text, 2023), [
    ['applicationsNatural', 1],
    ['reconsideration', 0],
    ['litigation', 0],
  ]);
});

test('002: published 《行政复议决定书》37件 and 提案 1 件 are not cases or applications', () => {
  assert.deepEqual(
    read(
      '坚持“一案一公开”，在中卫市人民政府门户网站公开《行政复议决定书》37件，实现行政复议工作制度化。',
      2023,
    ),
    [],
  );
  assert.deepEqual(read('及时办结市政协五届二次会议第 48 号提案 1 件，并将办理情况进行公开。', 2023), []);
});

test('003: no applications, and 4 reconsideration cases arising from disclosure applications', () => {
  const text =
    '2024年，我局没有接到公民、法人及其他社会组织提交的政府信息公开申请，我局行政复议机关收到因政府信息公开申请引起的行政复议案件4件。';
  assert.deepEqual(read(text, 2024), [
    ['applications', 0],
    ['reconsideration', 4],
  ]);
});

test('004: "未受理依申请公开办理事项" after a heading line states 0 applications', () => {
  assert.deepEqual(read('（二）依申请公开\n2023年度区司法局未受理依申请公开办理事项。', 2023), [
    ['applications', 0],
  ]);
});

test('a sentence about another year or about last year is not read', () => {
  assert.deepEqual(read('2022年收到政府信息公开申请3件。', 2023), []);
  assert.deepEqual(read('收到政府信息公开申请5件，较上年增加2件。', 2023), []);
});

test('"收到政府信息公开申请 5 件" and "行政诉讼案件 2 起" are read as totals', () => {
  assert.deepEqual(read('本年共收到政府信息公开申请 5 件。因政府信息公开被提起行政诉讼案件 2 起。', 2023), [
    ['applications', 5],
    ['litigation', 2],
  ]);
});

test('applications from companies alone are not compared with a column the sentence does not name', () => {
  assert.deepEqual(read('收到 2 家商业企业申请公开政府信息 3 件。', 2023), []);
});

test('"申请人" and "因…申请引起" are not applications received', () => {
  assert.deepEqual(read('未收到政府信息公开申请人的投诉。', 2023), []);
  assert.deepEqual(read('未收到因政府信息公开申请引起的投诉。', 2023), []);
});
