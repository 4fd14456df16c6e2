import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  table2Blocks,
  table3Columns,
  table3Rows,
  table4Columns,
  table4Groups,
} from '../../../src/catalogue/index.ts';
import type { Cell } from '../../../src/schemas/cell.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { splitFrontmatter } from '../content.ts';
import { emitCell, emitReport, type ReportOut, type TableCells } from './emit.ts';

test('cells are written as a bare number, null, or a flow mapping keeping a mark or a remark', () => {
  assert.equal(emitCell({ value: 0 }), '0');
  assert.equal(emitCell({ value: 67.522 }), '67.522');
  assert.equal(emitCell({ value: null }), 'null');
  assert.equal(emitCell({ value: null, raw: '/' }), '{ value: null, raw: "/" }');
  assert.equal(emitCell({ value: 22, note: '其中修订16件' }), '{ value: 22, note: "其中修订16件" }');
  assert.equal(emitCell({ value: 0.0000001 }), '0.0000001');
});

function table(
  rows: readonly { key: string; columns: readonly { key: string }[] }[],
  cell: (i: number) => Cell,
): TableCells {
  let i = 0;
  return Object.fromEntries(
    rows.map((r) => [r.key, Object.fromEntries(r.columns.map((c) => [c.key, cell(i++)]))]),
  );
}

test('a report file reads back, through the site’s schema, to exactly the cells written', () => {
  const cells: Cell[] = [
    { value: 3 },
    { value: null },
    { value: null, raw: '—' },
    { value: 22, note: '其中修订16件' },
    { value: 0 },
  ];
  const out: ReportOut = {
    agency: '640302-sifaju',
    year: 2023,
    format: '2021',
    title: '利通区司法局2023年"政府"信息公开工作年度报告',
    source: { file: 'sources/640302-sifaju/2023.txt', sha256: 'a'.repeat(64), kind: 'text' },
    table2: table(
      table2Blocks.flatMap((b) => b.rows.map((r) => ({ key: r.key, columns: b.columns }))),
      (i) => (i === 9 ? { value: 1.5 } : (cells[i % 4] as Cell)),
    ),
    table3: table(
      table3Rows.map((r) => ({ key: r.key, columns: table3Columns })),
      (i) => cells[i % 5] as Cell,
    ),
    table4: table(
      table4Groups.map((g) => ({ key: g.key, columns: table4Columns })),
      (i) => ({ value: i }),
    ),
  };
  const text = emitReport(out, '## 一、总体情况\n');
  const { frontmatter, body } = splitFrontmatter(text);
  const parsed = reportSchema.parse(frontmatter);
  assert.equal(body, '\n## 一、总体情况\n');
  assert.equal(parsed.title, out.title);
  assert.deepEqual(parsed.table2, out.table2);
  assert.deepEqual(parsed.table3, out.table3);
  assert.deepEqual(parsed.table4, out.table4);
  assert.match(
    text,
    /^---\nagency: 640302-sifaju\nyear: 2023\nformat: '2021'\ntitle: "利通区司法局2023年\\"政府\\"信息公开工作年度报告"\nsource:\n {2}file: /,
  );
});
