import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import type { CellSource } from '../provenance.ts';
import { pdfView } from '../sourceView.ts';
import { cellSourcesDictionary, cellSourcesJson, cellSourcesSchema } from './cellSources.ts';

const view = pdfView([{ page: 3, text: `一、本年新收\t21\t0\t21${'。'.repeat(300)}` }], 3);
const sources = new Map<string, CellSource>([
  ['table3.newReceived.natural', { how: 'label', page: 3, anchor: 'p3-L1', at: view.lines[0] }],
  ['table3.carriedOver.natural', { how: 'order', page: 3, anchor: 'p3' }],
  ['table2.rules.issued', { how: 'hand' }],
]);

test('cellSources gives each read cell its page, line and anchor, the line’s words once, hand cells not at all', () => {
  const json = cellSourcesJson(sources, 'https://example.org/agencies/x/2023/source/');
  assert.deepEqual(json.cells, {
    'table3.newReceived.natural': { how: 'label', page: 3, line: 1, anchor: 'p3-L1' },
    'table3.carriedOver.natural': { how: 'order', page: 3, anchor: 'p3' },
  });
  assert.deepEqual(Object.keys(json.lines), ['p3-L1']);
  assert.ok(json.lines['p3-L1']?.startsWith('一、本年新收\t21'));
  assert.equal(json.lines['p3-L1']?.length, 200, 'a long line is cut');
  assert.equal(json.methods.split, '按勾稽关系拆分');
  assert.doesNotThrow(() => cellSourcesSchema.parse(json));
});

test('the schema and the dictionary describe every field of cellSources', () => {
  const schema = z.toJSONSchema(cellSourcesSchema) as { properties: Record<string, unknown> };
  assert.deepEqual(Object.keys(schema.properties), ['view', 'methods', 'lines', 'cells']);
  const keys = cellSourcesDictionary().map((d) => d.key);
  for (const field of ['view', 'methods', 'lines', 'how', 'page', 'line', 'anchor'])
    assert.ok(
      keys.some((k) => k === `cellSources.${field}` || k.endsWith(`.${field}`) || k.includes(`.${field}.`)),
      field,
    );
  assert.ok(cellSourcesDictionary().every((d) => d.file && d.header === '' && d.label && d.meaning));
});
