import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  findPhrase,
  htmlView,
  pagesOf,
  pdfView,
  phraseAt,
  placeAnchor,
  squashProse,
  textView,
} from './sourceView.ts';

test('text is numbered by its own lines, #L1…; a final newline ends the last line, it adds none', () => {
  const view = textView('标题\n\n一、总体情况\n');
  assert.deepEqual(
    view.lines.map((l) => [l.id, l.n, l.text]),
    [
      ['L1', 1, '标题'],
      ['L2', 2, ''],
      ['L3', 3, '一、总体情况'],
    ],
  );
  assert.equal(placeAnchor(view, { line: 3 }), 'L3');
  assert.equal(placeAnchor(view, { page: 1 }), undefined, 'text has no pages');
});

test('a web page is numbered by HTML source lines; later blocks on one source line get #L260-2, #L260-3', () => {
  const view = htmlView([
    { line: 1, text: 'var x = 1;' },
    { line: 260, text: '2020年报告' },
    { line: 260, text: '一、总体情况' },
    { line: 262, text: '行政许可\t893' },
  ]);
  assert.deepEqual(
    view.lines.map((l) => l.id),
    ['L1', 'L260', 'L260-2', 'L262'],
  );
  assert.equal(view.lines[2]?.n, 260);
  assert.equal(placeAnchor(view, { line: 260 }), 'L260', 'a recorded line: its first block');
  assert.equal(
    placeAnchor(view, { line: 261 }),
    'L262',
    'a source line without text: the next that has some',
  );
});

test('a PDF is numbered page by page, #p3-L1…; pages without text are still pages', () => {
  const view = pdfView(
    [
      { page: 1, text: '洪泽区人民政府' },
      { page: 1, text: '2023 年报告' },
      { page: 3, text: '一、本年新收\t21\t0\t21' },
    ],
    4,
  );
  assert.deepEqual(
    view.lines.map((l) => l.id),
    ['p1-L1', 'p1-L2', 'p3-L1'],
  );
  assert.deepEqual(
    pagesOf(view).map((p) => [p.id, p.lines.length]),
    [
      ['p1', 2],
      ['p2', 0],
      ['p3', 1],
      ['p4', 0],
    ],
  );
  assert.equal(placeAnchor(view, { page: 3 }), 'p3');
  assert.equal(placeAnchor(view, { page: 5 }), undefined, 'no such page');
});

test('prose is compared as the checks compare it: no spaces, no emphasis, ASCII digits', () => {
  assert.equal(squashProse('受理 **政府信息** 公开申请 １７ 件'), '受理政府信息公开申请17件');
});

test('a phrase of the prose is found on the line of its figure, even wrapped over lines', () => {
  const view = pdfView(
    [
      { page: 1, text: '2024 年，区政府办代表区政府受理政府' },
      { page: 1, text: '信息公开申请 17 件，均已答复。' },
    ],
    1,
  );
  assert.equal(findPhrase(view, '受理政府信息公开申请17件')?.id, 'p1-L2');
  assert.equal(findPhrase(view, '受理政府信息公开申请18件'), undefined);
  assert.equal(
    phraseAt(['未收到', '政府信息公开申请。'], '未收到政府信息公开申请'),
    0,
    'no figure: its start',
  );
});
