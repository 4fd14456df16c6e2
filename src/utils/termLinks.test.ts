import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termLinker } from './termLinks.ts';

const linked = (parts: { text: string; term?: { key: string } }[]) =>
  parts.filter((p) => p.term).map((p) => `${p.text}→${p.term?.key}`);

test('a term links where the table first prints it, and is plain text after that', () => {
  const link = termLinker();
  assert.deepEqual(linked(link('结果维持')), ['结果维持→upheld']);
  assert.deepEqual(linked(link('结果维持')), []);
  assert.deepEqual(
    link('结果维持').map((p) => p.text),
    ['结果维持'],
  );
});

test('each table starts afresh', () => {
  termLinker()('结果纠正');
  assert.deepEqual(linked(termLinker()('结果纠正')), ['结果纠正→corrected']);
});

test('the label reads the same with its terms split out', () => {
  const parts = termLinker()('3.危及“三安全一稳定”');
  assert.equal(parts.map((p) => p.text).join(''), '3.危及“三安全一稳定”');
  assert.deepEqual(linked(parts), ['三安全一稳定→threeSecurities']);
});
