import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport, setCell } from '../../../scripts/lib/testkit/reports.ts';
import { cellKeys } from '../../catalogue/index.ts';
import type { Cell } from '../../schemas/cell.ts';
import { cellLabels, compareCells, type IncomparableRow, incomparableRows, subtract } from './cellChanges.ts';
import { changeText, incomparableText, signed, stateText } from './format.ts';

/** Puts a whole cell (e.g. one not read) in place. */
function putCell(report: ReturnType<typeof makeReport>, key: string, cell: Cell) {
  const [table, row, column] = key.split('.') as [string, string, string];
  const tables = report.data as unknown as Record<string, Record<string, Record<string, Cell>>>;
  const cells = tables[table]?.[row];
  if (!cells?.[column]) throw new Error(`no cell ${key}`);
  cells[column] = cell;
}

test('two identical reports: every cell compared, nothing changed', () => {
  const result = compareCells(makeReport(2022).data, makeReport(2023).data);
  assert.equal(result.compared, 200);
  assert.deepEqual(result.changes, []);
  assert.deepEqual(result.unread, []);
  assert.deepEqual(result.incomparable, []);
});

test('changed numbers are listed in printed order with catalogue labels and this year minus last year', () => {
  const before = makeReport(2022);
  const after = makeReport(2023);
  setCell(after, 'table3', 'newReceived', 'commercial', 5);
  setCell(before, 'table2', 'licensing', 'decisions', 1200);
  setCell(after, 'table2', 'licensing', 'decisions', 3);
  setCell(before, 'table3', 'deniedStateSecret', 'natural', 2);
  setCell(before, 'table4', 'litigationDirect', 'upheld', 1);
  const { changes } = compareCells(before.data, after.data);
  assert.deepEqual(
    changes.map((c) => [c.key, c.row, c.column, c.kind, c.difference]),
    [
      ['table2.licensing.decisions', '第二十条第（五）项 行政许可', '本年处理决定数量', 'difference', -1197],
      [
        'table3.newReceived.commercial',
        '一、本年新收政府信息公开申请数量',
        '法人或其他组织·商业企业',
        'difference',
        5,
      ],
      [
        'table3.deniedStateSecret.natural',
        '三、本年度办理结果 （三）不予公开 1.属于国家秘密',
        '自然人',
        'difference',
        -2,
      ],
      ['table4.litigationDirect.upheld', '行政诉讼·未经复议直接起诉', '结果维持', 'difference', -1],
    ],
  );
  assert.deepEqual(changes.map(changeText), ['−1,197', '+5', '−2', '−1']);
});

test('未填报 is never 0: number → 未填报 and 未填报 → number are listed without a difference; blank → blank is no change', () => {
  const before = makeReport(2022);
  const after = makeReport(2023);
  setCell(before, 'table3', 'newReceived', 'natural', 4);
  setCell(after, 'table3', 'newReceived', 'natural', null);
  setCell(before, 'table3', 'granted', 'natural', null); // 未填报 → 0 is a change too: 0 is a number
  setCell(before, 'table3', 'granted', 'total', null);
  setCell(after, 'table3', 'granted', 'total', null);
  const { changes } = compareCells(before.data, after.data);
  assert.deepEqual(
    changes.map((c) => [c.key, c.kind, c.difference, stateText(c.before), stateText(c.after), changeText(c)]),
    [
      ['table3.newReceived.natural', 'nowNotReported', undefined, '4', '未填报', '本年未填报'],
      ['table3.granted.natural', 'nowReported', undefined, '未填报', '0', '上年未填报'],
    ],
  );
});

test('a cell not read in either year is not compared: listed apart, never differenced', () => {
  const before = makeReport(2022);
  const after = makeReport(2023);
  setCell(before, 'table4', 'reconsideration', 'upheld', 7);
  putCell(after, 'table4.reconsideration.upheld', { value: null, unread: 'two numbers run together' });
  putCell(before, 'table3.carriedOver.natural', { value: null, unread: 'row printed twice' });
  setCell(after, 'table3', 'carriedOver', 'natural', 3);
  const result = compareCells(before.data, after.data);
  assert.deepEqual(result.changes, []);
  assert.deepEqual(
    result.unread.map((u) => [u.key, stateText(u.before), stateText(u.after)]),
    [
      ['table3.carriedOver.natural', '未读取', '3'],
      ['table4.reconsideration.upheld', '7', '未读取'],
    ],
  );
});

test('amounts: decimals subtract cleanly; amounts in different units are not subtracted', () => {
  assert.equal(subtract(7545, 7730.28), -185.28);
  assert.equal(signed(-185.28), '−185.28');
  assert.equal(signed(12345), '+12,345');
  const before = makeReport(2020, '000000-shili', '2019');
  const after = makeReport(2020, '000000-shili', '2019');
  putCell(before, 'table2.procurement.amount', { value: 5, unit: '万元' });
  putCell(after, 'table2.procurement.amount', { value: 50000, unit: '元' });
  const { changes } = compareCells(before.data, after.data);
  assert.deepEqual(
    changes.map((c) => [c.key, c.kind, stateText(c.before), stateText(c.after), changeText(c)]),
    [['table2.procurement.amount', 'unitChanged', '5万元', '50,000元', '单位不同，不作差']],
  );
});

test('2019 form → 2021 form: only cells with the same key in both are compared; the rest is named', () => {
  const before = makeReport(2020); // 2019 format
  const after = makeReport(2021); // 2021 format
  setCell(before, 'table2', 'penalties', 'decisions', 10);
  setCell(after, 'table2', 'penalties', 'decisions', 12);
  setCell(before, 'table3', 'otherHandling', 'natural', 3); // only the 2019 form has this row
  setCell(after, 'table3', 'otherOther', 'natural', 3); // only the 2021 form has this row
  setCell(before, 'table2', 'rules', 'newlyMade', 1); // 2019-only column
  const result = compareCells(before.data, after.data);
  const shared = [...cellKeys('2021')].filter((k) => cellKeys('2019').has(k));
  assert.equal(result.compared, shared.length);
  // Both forms share table 二's three 处理决定数量, 22 rows of table 三 (25 − the three sub-rows of
  // （六）其他处理) and all of table 四.
  assert.equal(shared.length, 3 + 22 * 7 + 15);
  assert.deepEqual(
    result.changes.map((c) => [c.key, c.column, c.difference]),
    [['table2.penalties.decisions', '本年处理决定数量', 2]],
  );
  assert.deepEqual(
    result.incomparable.map((r) => [r.table, r.row, r.onlyBefore.length, r.onlyAfter.length, r.rowOnlyIn]),
    [
      ['table2', '第二十条第（一）项 规章', 3, 3, undefined],
      ['table2', '第二十条第（一）项 行政规范性文件', 3, 3, undefined],
      ['table2', '第二十条第（五）项 行政许可', 2, 0, undefined],
      ['table2', '第二十条第（五）项 其他对外管理服务事项', 3, 0, 'before'],
      ['table2', '第二十条第（六）项 行政处罚', 2, 0, undefined],
      ['table2', '第二十条第（六）项 行政强制', 2, 0, undefined],
      ['table2', '第二十条第（八）项 行政事业性收费', 2, 1, undefined],
      ['table2', '第二十条第（九）项 政府集中采购', 2, 0, 'before'],
      // The 2019 form's one row （六）其他处理 stands where the 2021 form has its three sub-rows.
      ['table3', '三、本年度办理结果 （六）其他处理', 7, 0, 'before'],
      [
        'table3',
        '三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        0,
        7,
        'after',
      ],
      [
        'table3',
        '三、本年度办理结果 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        0,
        7,
        'after',
      ],
      ['table3', '三、本年度办理结果 （六）其他处理 3.其他', 0, 7, 'after'],
    ],
  );
  const [rules, , licensing, otherServices] = result.incomparable;
  assert.equal(
    incomparableText(rules as IncomparableRow, 2020, 2021),
    '仅2020年的格式有“本年新制作数量”“本年新公开数量”“对外公开总数量”；仅2021年的格式有“本年制发件数”“本年废止件数”“现行有效件数”',
  );
  assert.equal(
    incomparableText(licensing as IncomparableRow, 2020, 2021),
    '仅2020年的格式有“上一年项目数量”“本年增/减”',
  );
  assert.equal(incomparableText(otherServices as IncomparableRow, 2020, 2021), '仅2020年的格式有此行');
  assert.deepEqual(incomparableRows('2021', '2021'), []);
});

test('every cell of both forms has a row and a column label', () => {
  for (const format of ['2021', '2019'] as const) {
    const labels = cellLabels(format);
    assert.equal(labels.size, cellKeys(format).size);
    for (const [key, l] of labels) assert.ok(l.row && l.column, key);
  }
});
