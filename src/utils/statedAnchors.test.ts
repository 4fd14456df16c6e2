import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from './markdown.ts';
import { bodySections, statedAnchors, statedId } from './statedAnchors.ts';

const body = [
  '本报告根据《条例》编制。',
  '',
  '## 一、总体情况',
  '',
  '（一）主动公开。全年主动公开信息 1136 条。',
  '',
  '（二）依申请公开。2023年全区受理政府信息公开申请**21**件，均在法定期限答复。',
  '',
  '## 五、存在的主要问题及改进情况',
  '',
  '无。',
].join('\n');

test('a phrase the checks read is anchored at the paragraph holding its figure, as the page renders it', () => {
  const anchors = statedAnchors(body, ['受理政府信息公开申请21件', '收到申请9件']);
  assert.deepEqual([...anchors], [['受理政府信息公开申请21件', 'stated-1-1']]);
  const part1 = bodySections(body).find((s) => s.section === 1)?.markdown ?? '';
  const html = markdownToHtml(part1, (i) => (i === 1 ? statedId(1, 1) : undefined));
  assert.match(html, /<p id="stated-1-1">（二）依申请公开/);
  assert.doesNotMatch(markdownToHtml(part1), /id=/, 'no anchors unless asked');
});

test('a phrase wrapped over two paragraphs is anchored where its figure stands', () => {
  const wrapped = '## 一、总体情况\n\n全年受理政府信息公开\n\n申请21件。';
  assert.equal(
    statedAnchors(wrapped, ['受理政府信息公开申请21件']).get('受理政府信息公开申请21件'),
    'stated-1-1',
  );
});
