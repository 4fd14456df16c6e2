import assert from 'node:assert/strict';
import { test } from 'node:test';
import { table3Groups, table3Rows } from '../catalogue/index.ts';
import { layoutRowHeaders } from './tableLayout.ts';

const { rows, headerColumns } = layoutRowHeaders(table3Rows, table3Groups);
const byKey = new Map(rows.map((r) => [r.row.key, r.headers]));

test('table 三 needs three header columns, as the official form prints', () => {
  assert.equal(headerColumns, 3);
});

test('三、本年度办理结果 spans all 22 outcome rows, opened on （一）予以公开', () => {
  const headers = byKey.get('granted');
  assert.deepEqual(headers?.[0], { text: '三、本年度办理结果', colspan: 1, rowspan: 22, scope: 'rowgroup' });
  assert.deepEqual(headers?.[1], { text: '（一）予以公开', colspan: 2, rowspan: 1, scope: 'row' });
});

test('each outcome sub-group spans exactly its numbered reasons', () => {
  const spans = Object.fromEntries(
    rows.flatMap((r) => r.headers.filter((h) => h.scope === 'rowgroup').map((h) => [h.text, h.rowspan])),
  );
  assert.deepEqual(spans, {
    '三、本年度办理结果': 22,
    '（三）不予公开': 8,
    '（四）无法提供': 3,
    '（五）不予处理': 5,
    '（六）其他处理': 3,
  });
});

test('top-level rows span all three header columns; a reason row takes one', () => {
  assert.deepEqual(byKey.get('newReceived'), [
    { text: '一、本年新收政府信息公开申请数量', colspan: 3, rowspan: 1, scope: 'row' },
  ]);
  assert.deepEqual(byKey.get('deniedInquiry'), [
    { text: '8.属于行政查询事项', colspan: 1, rowspan: 1, scope: 'row' },
  ]);
  assert.equal(byKey.get('outcomeTotal')?.[0]?.colspan, 2);
});

test('every row header row fills exactly the header columns', () => {
  // Count the columns each row's headers occupy, including spans opened by earlier rows.
  const open: number[] = [];
  for (const { headers } of rows) {
    const carried = open.filter((n) => n > 0).length;
    const own = headers.reduce((sum, h) => sum + h.colspan, 0);
    assert.equal(carried + own, headerColumns);
    for (let i = 0; i < open.length; i++) open[i] = (open[i] ?? 0) - 1;
    for (const h of headers) if (h.rowspan > 1) open.push(h.rowspan - 1);
  }
});
