import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParts } from './parts.ts';

const body = `根据条例，现发布本报告。

## 一、总体情况

第一段。

### （二）依申请公开

第二段。

## 二、主动公开政府信息情况

## 三、收到和处理政府信息公开

## 五、存在的主要问题及改进情况

问题。
`;

test('splits the preamble from the numbered parts, keeping printed headings and sub-headings', () => {
  const { preamble, parts } = splitParts(body);
  assert.equal(preamble, '根据条例，现发布本报告。');
  assert.deepEqual(
    parts.map((p) => [p.number, p.heading]),
    [
      [1, '一、总体情况'],
      [2, '二、主动公开政府信息情况'],
      [3, '三、收到和处理政府信息公开'],
      [5, '五、存在的主要问题及改进情况'],
    ],
  );
  assert.equal(parts[0]?.markdown, '第一段。\n\n### （二）依申请公开\n\n第二段。');
  assert.equal(parts[1]?.markdown, '');
});

test('a level-two heading that is not a numbered part stays in the text', () => {
  const { parts } = splitParts('## 一、总体情况\n\n## 附件\n\n文字');
  assert.equal(parts.length, 1);
  assert.match(parts[0]?.markdown ?? '', /## 附件/);
});
