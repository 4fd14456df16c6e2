import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeReport } from '../../scripts/lib/testkit/reports.ts';
import {
  cellSource,
  cellSources,
  lineNotes,
  noteText,
  type ReadAgain,
  sourceLinks,
  whereText,
} from './provenance.ts';
import { pdfView, textView } from './sourceView.ts';

const pdf = pdfView(
  [
    { page: 3, text: '行政处罚\t4119' },
    { page: 3, text: '一、本年新收政府信息公开申请数量\t21\t0\t0\t0\t0\t0\t21' },
  ],
  4,
);
const again = (page: number, i: number, value: number | null): ReadAgain => ({
  value,
  how: 'label',
  place: { page },
  line: pdf.lines[i],
});

test('a cell typed by hand has no place; a report without `read:` is all typed by hand', () => {
  assert.deepEqual(cellSource({ how: 'hand' }, 3, pdf), { how: 'hand' });
  const sources = cellSources(makeReport().data, undefined);
  assert.equal(sources.size, 200);
  assert.ok([...sources.values()].every((s) => s.how === 'hand' && !s.anchor));
});

test('read again on its recorded page with its published number, a cell points at its own line', () => {
  const s = cellSource({ how: 'label', page: 3 }, 21, pdf, again(3, 1, 21));
  assert.equal(s.anchor, 'p3-L2');
  assert.equal(whereText(s), '第3页第2行');
});

test('read again elsewhere, or as another number, the recorded page is kept', () => {
  assert.equal(cellSource({ how: 'label', page: 3 }, 21, pdf, again(2, 1, 21)).anchor, 'p3');
  assert.equal(cellSource({ how: 'label', page: 3 }, 22, pdf, again(3, 1, 21)).anchor, 'p3');
  assert.equal(
    cellSource({ how: 'split', page: 3 }, 21, pdf, again(3, 1, 21)).anchor,
    'p3',
    'another method',
  );
  const s = cellSource({ how: 'label', page: 3 }, 21, pdf);
  assert.deepEqual([s.anchor, whereText(s)], ['p3', '第3页']);
});

test('in text, a number wrapped onto the line after its row’s recorded line is found there', () => {
  const view = textView('一、本年新收 3 0 0 0 0 0\n3\n');
  const on2: ReadAgain = { value: 3, how: 'label', place: { line: 2 }, line: view.lines[1] };
  assert.equal(cellSource({ how: 'label', line: 1 }, 3, view, on2).anchor, 'L2');
  const far: ReadAgain = { ...on2, place: { line: 9 } };
  assert.equal(cellSource({ how: 'label', line: 1 }, 3, view, far).anchor, 'L1', 'too far below: the record');
});

test('links carry the view’s address and say where they lead; notes group a line’s cells by row', () => {
  const r = makeReport();
  r.data.read = { 'table3.newReceived': { how: 'label', page: 3 } };
  r.data.table3.newReceived.natural = { value: 21 };
  const sources = cellSources(r.data, pdf, (key) =>
    key.startsWith('table3.newReceived.') ? again(3, 1, key.endsWith('natural') ? 21 : 0) : undefined,
  );
  const links = sourceLinks(sources, '/agencies/x/2023/source/');
  assert.deepEqual(links.get('table3.newReceived.natural'), {
    href: '/agencies/x/2023/source/#p3-L2',
    where: '第3页第2行',
  });
  assert.equal(links.get('table3.carriedOver.natural'), undefined, 'typed by hand: no link');
  const notes = lineNotes(r.data, sources);
  assert.deepEqual([...notes.keys()], ['p3-L2']);
  assert.equal(
    noteText(notes.get('p3-L2') ?? []),
    '表三「一、本年新收政府信息公开申请数量」自然人 21、商业企业 0、科研机构 0、社会公益组织 0、法律服务机构 0、其他 0、总计 0（按标签读取）',
  );
});
